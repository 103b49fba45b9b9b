import type { BackupInfo, FileKind, MenuEvent, OpenedFile } from '../../shared/ipc/contract';
import type { Language } from '../../shared/i18n';

/** What features need from the machine. Two implementations: Electron (window.kartta) and browser. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  appVersion(): Promise<string>;
  /** True until markStarted() was called once on this machine and profile. */
  isFirstStart(): Promise<boolean>;
  markStarted(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  /** Saves bytes where the user chooses. Resolves false when the user cancelled. */
  saveFile(request: {
    suggestedName: string;
    kind: FileKind;
    mimeType: string;
    data: Uint8Array;
  }): Promise<SaveOutcome>;
  /** Lets the user pick a file. Resolves null when the user cancelled. */
  openFile(kind: FileKind): Promise<{ name: string; data: Uint8Array } | null>;
  onMenuCommand(listener: (event: MenuEvent) => void): () => void;
  /** Called before the window closes, so open edits are committed. */
  onBeforeClose(listener: () => Promise<void>): () => void;
  /** Automatic backups kept by the desktop app; absent in the browser (which has only its storage). */
  readonly backups?: {
    /** Writes a backup; `extra` says whether the user's extra folder got its copy too. */
    write(projectId: string, data: Uint8Array): Promise<{ extra: 'none' | 'written' | 'failed' }>;
    list(): Promise<BackupInfo[]>;
    read(projectId: string, fileName: string): Promise<Uint8Array>;
    /** The extra folder the user chose for a second set of backups (a USB stick, a share), or null. */
    extraFolder(): Promise<string | null>;
    /** Asks for the extra folder in a native dialog; returns the folder in use afterwards. */
    chooseExtraFolder(): Promise<string | null>;
    clearExtraFolder(): Promise<void>;
  };
  /**
   * .kartta files the OS asked the desktop app to open (double-click, Open with, a second launch);
   * absent in the browser. Main reads them: the page never sees or names a path.
   */
  readonly osFiles?: {
    /** The files that came before the page was ready; only the first call gets them. */
    take(): Promise<OpenedFile[]>;
    /** Files that come later, while the app runs. Returns a function that removes the listener. */
    onOpened(listener: (files: OpenedFile[]) => void): () => void;
  };
  /**
   * The desktop app's presenter window (on another display when there is one); absent in the
   * browser, where the presenter view opens in a new tab.
   */
  readonly presenter?: {
    /** Opens it at this session, or brings the open one forward and points it there. */
    open(projectId: string, sessionId: string): Promise<void>;
  };
}

export type SaveOutcome = { saved: false } | { saved: true; fileName: string };

/** An error the platform could not recover from, with a message for the user. */
export class PlatformError extends Error {
  override name = 'PlatformError';
}
