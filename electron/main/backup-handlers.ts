import { join } from 'node:path';
import { app, type IpcMainInvokeEvent } from 'electron';
import { fail, ok } from '../../shared/ipc/result';
import { listBackups, readBackup, writeBackup } from './backups';
import type { IpcRegistrar } from './ipc';

/**
 * backup:write, backup:list, backup:read. The renderer sends a project's file and its id; main
 * chooses where it goes (the user data folder's backups/), so no path ever comes from the page.
 */
export function registerBackupHandlers(
  ipc: IpcRegistrar<IpcMainInvokeEvent>,
  deps: { root(): string } = { root: () => join(app.getPath('userData'), 'backups') },
): void {
  ipc.handle('backup:write', async ({ projectId, data }) => {
    try {
      return ok({ fileName: await writeBackup(deps.root(), projectId, data) });
    } catch (error) {
      return fail('io', `could not write a backup: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  });
  ipc.handle('backup:list', async () =>
    ok(
      (await listBackups(deps.root())).map((b) => ({
        projectId: b.projectId,
        fileName: b.fileName,
        savedAt: b.savedAt.toISOString(),
        bytes: b.bytes,
      })),
    ),
  );
  ipc.handle('backup:read', async ({ projectId, fileName }) => {
    try {
      return ok({ data: await readBackup(deps.root(), projectId, fileName) });
    } catch (error) {
      return fail('io', `could not read the backup: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  });
}
