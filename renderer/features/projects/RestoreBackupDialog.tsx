import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { useServices } from '../../app/context';
import { openProjectBytes } from '../../app/file-actions';
import { navigate } from '../../app/router';
import { currentLanguage } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';
import { ExtraBackupFolder } from './ExtraBackupFolder';

/**
 * The desktop app's automatic backups, newest first, by project: opening one imports it like a
 * file (as a copy of a project that is still here, which it can then replace).
 */
export function RestoreBackupDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const { platform, db } = services;
  const [backups, setBackups] = useState<(BackupInfo & { title: string })[] | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const list = (await platform.backups?.list()) ?? [];
      const titles = new Map((await db.projects.toArray()).map((p) => [p.id, p.title]));
      if (live) setBackups(list.map((b) => ({ ...b, title: titles.get(b.projectId) || t('projects.untitled') })));
    })().catch(() => live && setBackups([]));
    return () => {
      live = false;
    };
  }, [platform, db, t]);
  const restore = async (backup: BackupInfo) => {
    const data = await platform.backups?.read(backup.projectId, backup.fileName);
    if (!data) return;
    onClose();
    const project = await openProjectBytes(services, t, data);
    if (project) navigate({ name: 'project', projectId: project.id });
  };
  const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Dialog
      title={t('backups.title')}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      }
    >
      <p>{t('backups.help')}</p>
      {backups === null ? (
        <p>{t('app.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('backups.project')}</th>
              <th scope="col">{t('backups.savedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={`${backup.projectId}/${backup.fileName}`}>
                <td>{backup.title}</td>
                <td>{when.format(new Date(backup.savedAt))}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('backups.openNamed', {
                      title: backup.title,
                      time: when.format(new Date(backup.savedAt)),
                    })}
                    onClick={() => void restore(backup)}
                  >
                    {t('backups.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ExtraBackupFolder />
    </Dialog>
  );
}
