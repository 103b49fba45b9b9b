import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { restoreProject } from '../../store/projects-repo';
import type { ProjectRow } from '../../store/db';
import { formatDate } from '../../ui/format';

export function RecentlyDeleted({ projects }: { projects: ProjectRow[] }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  return (
    <details className="recently-deleted">
      <summary>{t('projects.recentlyDeleted', { count: projects.length })}</summary>
      <ul>
        {projects.map((p) => {
          const title = p.title || t('projects.untitled');
          return (
            <li key={p.id} className="deleted-row">
              <span>
                {title}{' '}
                <span className="muted">
                  · {t('projects.deletedOn', { date: formatDate(p.deletedAt ?? '', i18n.language) })}
                </span>
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={t('projects.restoreNamed', { title })}
                onClick={() => void write(restoreProject(db, p.id))}
              >
                {t('projects.restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
