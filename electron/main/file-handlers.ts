import { basename, dirname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import type { MenuMessages } from '../../shared/i18n/menu-messages';
import { fail, ok } from '../../shared/ipc/result';
import { writeFileAtomic } from './atomic-write';
import { filtersFor, withExtension } from './file-kinds';
import type { IpcRegistrar } from './ipc';
import { readFileLimited, TooLargeError } from './read-limited';

/**
 * file:save and file:open. The renderer names a kind and a bare file name, never a path: every
 * path comes from a dialog the user answered.
 */
export function registerFileHandlers(
  ipc: IpcRegistrar<IpcMainInvokeEvent>,
  deps: { window(): BrowserWindow | undefined; messages(): MenuMessages },
): void {
  let lastFolder: string | undefined;
  const folder = (): string => lastFolder ?? app.getPath('documents');

  ipc.handle('file:save', async ({ suggestedName, kind, data }) => {
    const win = deps.window();
    if (!win) return fail('internal', 'no window');
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: join(folder(), suggestedName),
      filters: filtersFor(kind, deps.messages()),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return ok({ saved: false as const });
    const path = withExtension(choice.filePath, kind);
    try {
      await writeFileAtomic(path, data, { keepBackup: true });
    } catch (error) {
      return fail('io', `could not write ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    lastFolder = dirname(path);
    return ok({ saved: true as const, fileName: basename(path) });
  });

  ipc.handle('file:open', async ({ kind }) => {
    const win = deps.window();
    if (!win) return fail('internal', 'no window');
    const choice = await dialog.showOpenDialog(win, {
      defaultPath: folder(),
      filters: filtersFor(kind, deps.messages()),
      properties: ['openFile'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return ok({ file: null });
    try {
      const data = await readFileLimited(path, MAX_OPEN_BYTES);
      lastFolder = dirname(path);
      return ok({ file: { name: basename(path), data } });
    } catch (error) {
      if (error instanceof TooLargeError) return fail('too-large', `${basename(path)}: ${error.message}`);
      return fail('io', `could not read ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  });
}
