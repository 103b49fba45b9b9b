import type { IpcResult } from './result';
import type {
  AppInfo,
  BackupInfo,
  BackupWriteResult,
  FileKind,
  MenuEvent,
  OpenedFiles,
  OpenResult,
  SaveResult,
} from './contract';
import type { Language } from '../i18n/languages';

/**
 * The one object the preload exposes as `window.kartta`: named functions of the contract only,
 * no generic send or invoke (DESIGN.md, Electron main and preload).
 */
export interface KarttaApi {
  appInfo(): Promise<IpcResult<AppInfo>>;
  firstStart(): Promise<IpcResult<{ isFirstStart: boolean }>>;
  markStarted(): Promise<IpcResult<null>>;
  setLanguage(language: Language): Promise<IpcResult<null>>;
  closeReady(): Promise<IpcResult<null>>;
  saveFile(request: { suggestedName: string; kind: FileKind; data: Uint8Array }): Promise<IpcResult<SaveResult>>;
  openFile(request: { kind: FileKind }): Promise<IpcResult<OpenResult>>;
  /** The files the OS asked Kartta to open before the page was ready; only the first call gets them. */
  takeOpenedFiles(): Promise<IpcResult<OpenedFiles>>;
  writeBackup(request: { projectId: string; data: Uint8Array }): Promise<IpcResult<BackupWriteResult>>;
  backupFolder(): Promise<IpcResult<{ folder: string | null }>>;
  chooseBackupFolder(): Promise<IpcResult<{ folder: string | null }>>;
  clearBackupFolder(): Promise<IpcResult<null>>;
  listBackups(): Promise<IpcResult<BackupInfo[]>>;
  readBackup(request: { projectId: string; fileName: string }): Promise<IpcResult<{ data: Uint8Array }>>;
  /** Shows the session's presenter view in the one presenter window, on another display if there is one. */
  openPresenter(request: { projectId: string; sessionId: string }): Promise<IpcResult<null>>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (event: MenuEvent) => void): () => void;
  onBeforeClose(listener: () => void): () => void;
  /** Files the OS asks Kartta to open once the page has taken the early ones. */
  onOpenedFiles(listener: (event: OpenedFiles) => void): () => void;
}

/** Which channel each API function calls: the preload and the tests share this table. */
export const apiChannels = {
  appInfo: 'app:info',
  firstStart: 'app:first-start',
  markStarted: 'app:mark-started',
  setLanguage: 'app:set-language',
  closeReady: 'app:close-ready',
  saveFile: 'file:save',
  openFile: 'file:open',
  takeOpenedFiles: 'file:take-opened',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  backupFolder: 'backup:folder',
  chooseBackupFolder: 'backup:choose-folder',
  clearBackupFolder: 'backup:clear-folder',
  openPresenter: 'presenter:open',
} as const;
