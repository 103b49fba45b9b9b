import { app, type IpcMainInvokeEvent } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import { ok } from '../../shared/ipc/result';
import type { IpcRegistrar } from './ipc';
import type { SettingsStore } from './settings';

export function registerAppHandlers(
  ipc: IpcRegistrar<IpcMainInvokeEvent>,
  deps: { settings: SettingsStore; setLanguage(language: Language): void; closeReady(): void },
): void {
  ipc.handle('app:info', () =>
    ok({
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
    }),
  );
  // A marker, not "the database is empty": an emptied database with backups is a reset, not a first start.
  ipc.handle('app:first-start', () => ok({ isFirstStart: deps.settings.get().startedAt === undefined }));
  ipc.handle('app:mark-started', () => {
    if (deps.settings.get().startedAt === undefined) deps.settings.update({ startedAt: new Date().toISOString() });
    return ok(null);
  });
  ipc.handle('app:set-language', ({ language }) => {
    deps.setLanguage(language);
    return ok(null);
  });
  ipc.handle('app:close-ready', () => {
    deps.closeReady();
    return ok(null);
  });
}
