import { BrowserWindow, screen } from 'electron';
import { eventChannels, type MenuEvent, type OpenedFile, type OpenedFiles } from '../../shared/ipc/contract';
import { installCloseHandshake, type CloseHandshake } from './close-handshake';
import type { OriginPolicy } from './origin';
import type { SettingsStore } from './settings';
import { MIN_WINDOW_SIZE, restoreWindowState } from './window-state';

export interface MainWindow {
  readonly window: BrowserWindow;
  readonly close: CloseHandshake;
  send(event: MenuEvent): void;
  /** Pushes files the OS opened to the page; false when the window is gone. */
  sendOpenedFiles(files: OpenedFile[]): boolean;
}

export interface WindowPlace {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The one place a BrowserWindow is made: the main and the presenter window get these same
 * preferences (docs/security.md), so the hardening cannot drift between them. Shown by the caller.
 */
export function createHardenedWindow(deps: { preloadPath: string; place: WindowPlace; title: string }): BrowserWindow {
  return new BrowserWindow({
    x: deps.place.x,
    y: deps.place.y,
    width: deps.place.width,
    height: deps.place.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    title: deps.title,
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}

export function createMainWindow(deps: {
  origins: OriginPolicy;
  preloadPath: string;
  settings: SettingsStore;
}): MainWindow {
  const state = restoreWindowState(
    deps.settings.get().window,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = createHardenedWindow({ preloadPath: deps.preloadPath, place: state, title: 'Kartta' });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const send = (event: MenuEvent): void => {
    if (!win.isDestroyed()) win.webContents.send(eventChannels.menu, event);
  };

  // A menu item has one accelerator; Ctrl+Y for redo is the Windows habit, so it is caught here.
  win.webContents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && (input.control || input.meta) && !input.shift && !input.alt) {
      if (input.key.toLowerCase() === 'y') {
        event.preventDefault();
        send({ command: 'redo' });
      }
    }
  });

  const close = installCloseHandshake(win, () => {
    deps.settings.update({ window: { ...win.getNormalBounds(), maximized: win.isMaximized() } });
  });

  win.loadURL(deps.origins.startUrl).catch((error: unknown) => console.error('Loading the app failed:', error));
  const sendOpenedFiles = (files: OpenedFile[]): boolean => {
    if (win.isDestroyed()) return false;
    win.webContents.send(eventChannels.openedFiles, { files } satisfies OpenedFiles);
    return true;
  };

  return { window: win, close, send, sendOpenedFiles };
}
