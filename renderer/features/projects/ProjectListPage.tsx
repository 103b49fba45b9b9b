import { useState } from 'react';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { navigate } from '../../app/router';
import { openProjectFile } from '../../app/file-actions';
import { createProject, listDeletedProjects, listProjects, type ProjectSort } from '../../store/projects-repo';
import { ProjectListItemRow } from './ProjectListItemRow';
import { RecentlyDeleted } from './RecentlyDeleted';

const sorts: ProjectSort[] = ['updated', 'title', 'created'];

export function ProjectListPage() {
  const { t } = useTranslation();
  const services = useServices();
  const write = useWrite();
  const [query, setQuery] = useState('');
  const [restoring, setRestoring] = useState(false);
  const [sort, setSort] = useState<ProjectSort>('updated');
  const items = useLiveQuery(() => listProjects(services.db, query, sort), [services.db, query, sort]);
  const deleted = useLiveQuery(() => listDeletedProjects(services.db), [services.db]);

  const newProject = async () => {
    const project = await write(createProject(services.db, t('projects.untitled')));
    if (project) navigate({ name: 'project', projectId: project.id });
  };

  return (
    <main id="main" className="page">
      {restoring && <RestoreBackupDialog onClose={() => setRestoring(false)} />}
      <div className="page-heading">
        <h1>{t('projects.heading')}</h1>
        <div className="toolbar">
          <button
            type="button"
            className="button"
            onClick={() =>
              void openProjectFile(services, t).then((p) => p && navigate({ name: 'project', projectId: p.id }))
            }
          >
            {t('projects.open')}
          </button>
          {services.platform.backups && (
            <button type="button" className="button" aria-haspopup="dialog" onClick={() => setRestoring(true)}>
              {t('backups.button')}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => void newProject()}>
            {t('projects.new')}
          </button>
        </div>
      </div>
      <div className="filters">
        <label className="field field-grow">
          <span className="field-label">{t('projects.search')}</span>
          <input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('projects.sortLabel')}</span>
          <select className="select" value={sort} onChange={(e) => setSort(e.target.value as ProjectSort)}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`projects.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {items === undefined ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty-state">{query ? t('projects.noMatches', { query }) : t('projects.empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('projects.heading')}>
          {items.map((item) => (
            <ProjectListItemRow key={item.project.id} item={item} />
          ))}
        </ul>
      )}
      {deleted && deleted.length > 0 && <RecentlyDeleted projects={deleted} />}
    </main>
  );
}
