import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { hrefFor } from '../../app/router';
import { saveProjectCopy } from '../../app/file-actions';
import type { ProjectRow } from '../../store/db';
import { ProjectDetailsForm } from './ProjectDetailsForm';
import { BoardsPanel } from '../boards/BoardsPanel';
import { SessionsSection } from '../facilitation/SessionsSection';
import { CsvExportDialog } from './CsvExportDialog';
import { openReportDialog } from '../report/report-events';

export function ProjectOverviewPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  // Read once: the form owns the fields while the user types, and writes every change through.
  const [project, setProject] = useState<ProjectRow | null | undefined>(undefined);
  const [exportingCsv, setExportingCsv] = useState(false);
  useEffect(() => {
    void services.db.projects.get(projectId).then((row) => setProject(row && !row.deletedAt ? row : null));
  }, [services.db, projectId]);

  if (project === undefined)
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  if (project === null) {
    return (
      <main id="main" className="page">
        <p>{t('overview.notFound')}</p>
        <a href={hrefFor({ name: 'projects' })}>{t('overview.back')}</a>
      </main>
    );
  }
  return (
    <main id="main" className="page">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'projects' })}>← {t('overview.back')}</a>
      </nav>
      <ProjectDetailsForm project={project} />
      <BoardsPanel projectId={project.id} />
      <SessionsSection projectId={project.id} />
      <div className="page-footer-actions">
        <button
          type="button"
          className="button button-primary"
          aria-haspopup="dialog"
          onClick={() => openReportDialog(project.id)}
        >
          {t('report.open')}
        </button>
        <button type="button" className="button" onClick={() => void saveProjectCopy(services, project.id, t)}>
          {t('overview.saveCopy')}
        </button>
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setExportingCsv(true)}>
          {t('csvExport.open')}
        </button>
      </div>
      {exportingCsv && <CsvExportDialog projectId={project.id} onClose={() => setExportingCsv(false)} />}
    </main>
  );
}
