import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute } from './router';
import { ProjectListPage } from '../features/projects/ProjectListPage';
import { ProjectOverviewPage } from '../features/projects/ProjectOverviewPage';
import { ErrorBoundary } from '../ui/ErrorBoundary';

// The board editors (React Flow, elk) and the facilitation screens load when first opened, so
// the project list does not wait for them at start-up (bench figure 6).
const BoardPage = lazy(() => import('../features/boards/BoardPage').then((m) => ({ default: m.BoardPage })));
const SessionScreen = lazy(() =>
  import('../features/facilitation/SessionScreen').then((m) => ({ default: m.SessionScreen })),
);

export function Routes() {
  const route = useRoute();
  const { t } = useTranslation();
  // One boundary per screen, reset on navigation: an error in a board leaves the rest usable.
  return (
    <ErrorBoundary
      key={hrefFor(route)}
      fallback={(message) => (
        <main id="main" className="page">
          <div className="panel" role="alert">
            <h1>{t('app.screenFailed')}</h1>
            <p>{t('app.screenFailedHelp')}</p>
            <p className="muted">{message}</p>
            <a
              href={
                route.name !== 'projects' && route.name !== 'project'
                  ? hrefFor({ name: 'project', projectId: route.projectId })
                  : hrefFor({ name: 'projects' })
              }
            >
              ← {t('overview.back')}
            </a>
          </div>
        </main>
      )}
    >
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}

function Screen() {
  const route = useRoute();
  switch (route.name) {
    case 'projects':
      return <ProjectListPage />;
    case 'project':
      return <ProjectOverviewPage key={route.projectId} projectId={route.projectId} />;
    case 'board':
      return <BoardPage key={route.boardId} projectId={route.projectId} boardId={route.boardId} />;
    case 'session':
    case 'run':
    case 'present':
      return (
        <SessionScreen
          key={route.sessionId}
          view={route.name}
          projectId={route.projectId}
          sessionId={route.sessionId}
        />
      );
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <p>{t('app.loading')}</p>
    </main>
  );
}
