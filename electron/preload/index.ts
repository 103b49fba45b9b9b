import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiChannels, type KarttaApi } from '../../shared/ipc/api';
// Type-only: importing the contract's values would pull zod into the preload, which must stay one small file.
import type { eventChannels, MenuEvent, OpenedFiles } from '../../shared/ipc/contract';

const menuChannel: (typeof eventChannels)['menu'] = 'menu:command';
const beforeCloseChannel: (typeof eventChannels)['beforeClose'] = 'app:before-close';
const openedFilesChannel: (typeof eventChannels)['openedFiles'] = 'file:opened';

type Result<K extends keyof KarttaApi> = ReturnType<KarttaApi[K]>;

/** The page gets named functions only; main validates every request against the contract. */
const api: KarttaApi = {
  appInfo: () => ipcRenderer.invoke(apiChannels.appInfo, {}) as Result<'appInfo'>,
  firstStart: () => ipcRenderer.invoke(apiChannels.firstStart, {}) as Result<'firstStart'>,
  markStarted: () => ipcRenderer.invoke(apiChannels.markStarted, {}) as Result<'markStarted'>,
  setLanguage: (language) => ipcRenderer.invoke(apiChannels.setLanguage, { language }) as Result<'setLanguage'>,
  closeReady: () => ipcRenderer.invoke(apiChannels.closeReady, {}) as Result<'closeReady'>,
  saveFile: (request) => ipcRenderer.invoke(apiChannels.saveFile, request) as Result<'saveFile'>,
  openFile: (request) => ipcRenderer.invoke(apiChannels.openFile, request) as Result<'openFile'>,
  takeOpenedFiles: () => ipcRenderer.invoke(apiChannels.takeOpenedFiles, {}) as Result<'takeOpenedFiles'>,
  writeBackup: (request) => ipcRenderer.invoke(apiChannels.writeBackup, request) as Result<'writeBackup'>,
  listBackups: () => ipcRenderer.invoke(apiChannels.listBackups, {}) as Result<'listBackups'>,
  readBackup: (request) => ipcRenderer.invoke(apiChannels.readBackup, request) as Result<'readBackup'>,
  backupFolder: () => ipcRenderer.invoke(apiChannels.backupFolder, {}) as Result<'backupFolder'>,
  chooseBackupFolder: () => ipcRenderer.invoke(apiChannels.chooseBackupFolder, {}) as Result<'chooseBackupFolder'>,
  clearBackupFolder: () => ipcRenderer.invoke(apiChannels.clearBackupFolder, {}) as Result<'clearBackupFolder'>,
  openPresenter: ({ projectId, sessionId }) =>
    ipcRenderer.invoke(apiChannels.openPresenter, { projectId, sessionId }) as Result<'openPresenter'>,
  onMenuCommand(listener) {
    // The raw IpcRendererEvent (with its sender) never reaches the page: only the payload does.
    const wrapped = (_event: IpcRendererEvent, payload: MenuEvent): void => listener(payload);
    ipcRenderer.on(menuChannel, wrapped);
    return () => {
      ipcRenderer.removeListener(menuChannel, wrapped);
    };
  },
  onBeforeClose(listener) {
    const wrapped = (): void => listener();
    ipcRenderer.on(beforeCloseChannel, wrapped);
    return () => {
      ipcRenderer.removeListener(beforeCloseChannel, wrapped);
    };
  },
  onOpenedFiles(listener) {
    const wrapped = (_event: IpcRendererEvent, payload: OpenedFiles): void => listener(payload);
    ipcRenderer.on(openedFilesChannel, wrapped);
    return () => {
      ipcRenderer.removeListener(openedFilesChannel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('kartta', api);
