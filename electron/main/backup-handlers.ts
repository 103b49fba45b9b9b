import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail, ok } from '../../shared/ipc/result';
import { listBackups, readBackup, writeBackup } from './backups';
import type { IpcRegistrar } from './ipc';
import type { SettingsStore } from './settings';

/** The folder Kartta makes inside the user's extra backup folder, so it never mixes with their files. */
export const EXTRA_BACKUPS_SUBFOLDER = 'Kartta backups';

export interface BackupDeps {
  /** The app's own backups folder (in the user data folder). */
  root(): string;
  settings: SettingsStore;
  /** Asks the user for a folder; null when they cancel. */
  chooseFolder(): Promise<string | null>;
}

/**
 * backup:write, backup:list, backup:read and the extra folder. The renderer sends a project's
 * file and its id; main chooses where it goes (the user data folder's backups/, and the extra
 * folder the user picked in a dialog), so no path ever comes from the page.
 */
export function registerBackupHandlers(ipc: IpcRegistrar<IpcMainInvokeEvent>, deps: BackupDeps): void {
  const extraRoot = (): string | null => {
    const folder = deps.settings.get().extraBackupFolder;
    return folder ? join(folder, EXTRA_BACKUPS_SUBFOLDER) : null;
  };

  ipc.handle('backup:write', async ({ projectId, data }) => {
    // One time for both copies, so they carry the same name.
    const now = new Date();
    let fileName: string;
    try {
      fileName = await writeBackup(deps.root(), projectId, data, now);
    } catch (error) {
      return fail('io', `could not write a backup: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    // A stick pulled out or a share offline must not stop the backup that did get written.
    const extra = extraRoot();
    if (!extra) return ok({ fileName, extra: 'none' as const });
    try {
      await writeBackup(extra, projectId, data, now);
      return ok({ fileName, extra: 'written' as const });
    } catch {
      return ok({ fileName, extra: 'failed' as const });
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
  ipc.handle('backup:folder', async () => ok({ folder: deps.settings.get().extraBackupFolder ?? null }));
  ipc.handle('backup:choose-folder', async () => {
    const chosen = await deps.chooseFolder();
    if (chosen) deps.settings.update({ extraBackupFolder: chosen });
    return ok({ folder: deps.settings.get().extraBackupFolder ?? null });
  });
  ipc.handle('backup:clear-folder', async () => {
    deps.settings.update({ extraBackupFolder: undefined });
    return ok(null);
  });
}

/** The real dependencies: the user data folder and a native folder dialog over the window. */
export function electronBackupDeps(settings: SettingsStore, window: () => BrowserWindow | undefined): BackupDeps {
  return {
    root: () => join(app.getPath('userData'), 'backups'),
    settings,
    async chooseFolder() {
      const win = window();
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  };
}
