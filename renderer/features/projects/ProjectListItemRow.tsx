import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { useUndoableDelete } from '../../app/use-undoable-delete';
import { hrefFor } from '../../app/router';
import { deleteProject, restoreProject, type ProjectListItem } from '../../store/projects-repo';
import { saveProjectFields } from '../../store/edit-journal';
import { duplicateProject } from '../../store/snapshot-io';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { NameDialog } from '../../ui/NameDialog';
import { formatDate } from '../../ui/format';

export function ProjectListItemRow({ item }: { item: ProjectListItem }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const { project, boardCount } = item;
  const title = project.title || t('projects.untitled');

  const deleteWithUndo = useUndoableDelete();
  const remove = () => {
    setDialog(null);
    return deleteWithUndo(
      () => deleteProject(db, project.id),
      () => restoreProject(db, project.id),
      t('projects.deleted', { title }),
    );
  };

  return (
    <li className="project-row">
      <div className="project-row-main">
        <a className="project-title" href={hrefFor({ name: 'project', projectId: project.id })}>
          {title}
        </a>
        <span className="muted">
          {project.organisation || t('projects.noOrganisation')} · {t('projects.boardCount', { count: boardCount })} ·{' '}
          {t('projects.edited', { date: formatDate(project.updatedAt, i18n.language) })}
        </span>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('projects.renameNamed', { title })}
          onClick={() => setDialog('rename')}
        >
          {t('projects.rename')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('projects.duplicateNamed', { title })}
          onClick={() => void write(duplicateProject(db, project.id, t('projects.copyOf', { title })))}
        >
          {t('projects.duplicate')}
        </button>
        <button
          type="button"
          className="button button-quiet button-danger-text"
          aria-label={t('projects.deleteNamed', { title })}
          onClick={() => setDialog('delete')}
        >
          {t('projects.delete')}
        </button>
      </div>
      {dialog === 'rename' && (
        <NameDialog
          title={t('dialog.renameTitle')}
          initial={project.title}
          onCancel={() => setDialog(null)}
          onSave={(name) => {
            setDialog(null);
            void write(saveProjectFields(db, project.id, { title: name }));
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('projects.confirmDeleteTitle')}
          body={t('projects.confirmDeleteBody', { title })}
          confirmLabel={t('dialog.delete')}
          onCancel={() => setDialog(null)}
          onConfirm={() => void remove()}
        />
      )}
    </li>
  );
}
