import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { findSession, useProjectRow } from './use-session';
import { SessionEditor } from './SessionEditor';
import { RunSession } from './RunSession';
import { PresenterView } from './PresenterView';

/** A workshop session's screens: the agenda editor, the run view and the presenter view. */
export function SessionScreen({
  view,
  projectId,
  sessionId,
}: {
  view: 'session' | 'run' | 'present';
  projectId: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const project = useProjectRow(projectId);
  const session = project.state === 'ready' ? findSession(project.value, sessionId) : undefined;
  if (project.state === 'loading') {
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  }
  if (project.state === 'missing' || !session) {
    return (
      <main id="main" className="page">
        <p>{t('facilitation.notFound')}</p>
        <a href={hrefFor(project.state === 'missing' ? { name: 'projects' } : { name: 'project', projectId })}>
          ← {t('overview.back')}
        </a>
      </main>
    );
  }
  if (view === 'present') return <PresenterView project={project.value} session={session} />;
  const projectTitle = project.value.title || t('projects.untitled');
  return (
    <main id="main" className="page page-wide">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'project', projectId })}>← {t('boards.backToProject', { title: projectTitle })}</a>
        {view === 'run' && (
          <>
            {' · '}
            <a href={hrefFor({ name: 'session', projectId, sessionId })}>{t('facilitation.backToAgenda')}</a>
          </>
        )}
      </nav>
      {view === 'session' ? (
        <SessionEditor project={project.value} session={session} />
      ) : (
        <RunSession project={project.value} session={session} />
      )}
    </main>
  );
}
