import type { KarttaApi } from '../../shared/ipc/api';
import type { IpcResult } from '../../shared/ipc/result';
import { PlatformError, type Platform } from './platform';

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new PlatformError(result.error.message);
  return result.value;
}

/** The desktop app: every call goes through the preload's typed window.kartta. */
export function createElectronPlatform(api: KarttaApi): Platform {
  return {
    kind: 'electron',
    appVersion: async () => (await unwrap(api.appInfo())).version,
    isFirstStart: async () => (await unwrap(api.firstStart())).isFirstStart,
    markStarted: async () => void (await unwrap(api.markStarted())),
    setLanguage: async (language) => void (await unwrap(api.setLanguage(language))),
    saveFile: async ({ suggestedName, kind, data }) => unwrap(api.saveFile({ suggestedName, kind, data })),
    openFile: async (kind) => (await unwrap(api.openFile({ kind }))).file,
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    backups: {
      write: async (projectId, data) => ({ extra: (await unwrap(api.writeBackup({ projectId, data }))).extra }),
      list: () => unwrap(api.listBackups()),
      read: async (projectId, fileName) => (await unwrap(api.readBackup({ projectId, fileName }))).data,
      extraFolder: async () => (await unwrap(api.backupFolder())).folder,
      chooseExtraFolder: async () => (await unwrap(api.chooseBackupFolder())).folder,
      clearExtraFolder: async () => void (await unwrap(api.clearBackupFolder())),
    },
    osFiles: {
      take: async () => (await unwrap(api.takeOpenedFiles())).files,
      onOpened: (listener) => api.onOpenedFiles((event) => listener(event.files)),
    },
    presenter: {
      open: async (projectId, sessionId) => void (await unwrap(api.openPresenter({ projectId, sessionId }))),
    },
    onBeforeClose: (listener) =>
      api.onBeforeClose(() => {
        // Whatever happens while committing, main must hear back or it waits for its timeout.
        void listener().finally(() => api.closeReady());
      }),
  };
}
