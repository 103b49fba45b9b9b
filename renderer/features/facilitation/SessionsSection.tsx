import { useTranslation } from 'react-i18next';
import { computeSchedule, formatHoursMinutes, newSession } from '../../../shared/facilitation';
import { newId, sessionsOf } from '../../../shared/model';
import { hrefFor, navigate } from '../../app/router';
import { useProjectRow, useSessionEdit } from './use-session';
import { formatSessionWhen } from './format';

/** The project page's way in: the project's workshop sessions, and a new one. */
export function SessionsSection({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const project = useProjectRow(projectId);
  const edit = useSessionEdit(projectId);
  const sessions = project.state === 'ready' ? sessionsOf(project.value) : [];
  const create = async () => {
    const session = newSession(newId(), t('facilitation.newSessionTitle', { n: sessions.length + 1 }));
    await edit({ type: 'add-session', session });
    navigate({ name: 'session', projectId, sessionId: session.id });
  };
  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('facilitation.sessions')}</h2>
      {sessions.length === 0 ? (
        <p className="muted">{t('facilitation.noSessions')}</p>
      ) : (
        <ul className="plain-list session-list">
          {sessions.map((s) => {
            const schedule = computeSchedule(s);
            return (
              <li key={s.id}>
                <a href={hrefFor({ name: 'session', projectId, sessionId: s.id })}>
                  {s.title || t('facilitation.untitledSession')}
                </a>{' '}
                <span className="muted">
                  {[
                    formatSessionWhen(s, i18n.language),
                    t('facilitation.blockCount', { count: s.blocks.length }),
                    formatHoursMinutes(schedule.plannedMinutes),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button button-small" onClick={() => void create()}>
        {t('facilitation.newSession')}
      </button>
    </section>
  );
}
