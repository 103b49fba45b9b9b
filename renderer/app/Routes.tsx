import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute } from './router';
import { ProjectListPage } from '../features/projects/ProjectListPage';
import { ProjectOverviewPage } from '../features/projects/ProjectOverviewPage';
import { BoardPage } from '../features/boards/BoardPage';
import { SessionScreen } from '../features/facilitation/SessionScreen';
import { ErrorBoundary } from '../ui/ErrorBoundary';

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
      <Screen />
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
