import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeKarttaFile, toKarttaFile } from '../../shared/model';
import { useServices } from './context';
import type { Platform } from '../platform/platform';
import type { KarttaDB } from '../store/db';
import { buildFileSnapshot } from '../store/snapshot-io';
import { forgetTouched, touchedProjects } from '../store/touched-projects';

/** How often changed projects are backed up in the desktop app (and once more on close). */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Backs up every project touched in this session whose content differs from its last backup in this session,
 * through the platform (main writes the file, atomically, with rotation). Returns the ids backed
 * up. A failure is reported and the project stays touched, so the next round tries again.
 */
export interface AutoBackup {
  backUpChanged(): Promise<string[]>;
}

export function createAutoBackup(deps: {
  db: KarttaDB;
  platform: Platform;
  onError: (error: unknown) => void;
  /** The backup was made, but the user's extra folder could not take its copy. */
  onExtraFailed?: () => void;
}): AutoBackup {
  const last = new Map<string, string>();
  let running: Promise<string[]> | null = null;
  const run = async (): Promise<string[]> => {
    const { backups } = deps.platform;
    if (!backups) return [];
    const done: string[] = [];
    for (const projectId of touchedProjects()) {
      try {
        const project = await deps.db.projects.get(projectId);
        if (!project || project.deletedAt) {
          forgetTouched(projectId);
          continue;
        }
        const snapshot = await buildFileSnapshot(deps.db, projectId);
        // Compared without the save time, which differs on every write.
        const content = JSON.stringify(snapshot);
        if (last.get(projectId) === content) {
          forgetTouched(projectId);
          continue;
        }
        const text = serializeKarttaFile(toKarttaFile(snapshot, await deps.platform.appVersion()));
        const { extra } = await backups.write(projectId, new TextEncoder().encode(text));
        if (extra === 'failed') deps.onExtraFailed?.();
        last.set(projectId, content);
        forgetTouched(projectId);
        done.push(projectId);
      } catch (error) {
        deps.onError(error);
      }
    }
    return done;
  };
  return {
    // One round at a time: a slow round and the close-time round never write the same file twice.
    backUpChanged: () => (running ??= run().finally(() => (running = null))),
  };
}

/** In the desktop app: backs up changed projects every few minutes; null where there are no backups. */
export function useAutoBackup(): AutoBackup | null {
  const { db, platform, notices } = useServices();
  const { t } = useTranslation();
  const backup = useMemo(
    () =>
      platform.backups
        ? createAutoBackup({
            db,
            platform,
            onError: (error) =>
              notices.show({
                tone: 'warning',
                message: t('files.backupFailed', { reason: error instanceof Error ? error.message : String(error) }),
              }),
            onExtraFailed: () => notices.show({ tone: 'warning', message: t('backups.extraFailed') }),
          })
        : null,
    [db, platform, notices, t],
  );
  useEffect(() => {
    if (!backup) return;
    const timer = setInterval(() => void backup.backUpChanged(), BACKUP_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [backup]);
  return backup;
}
