import { screen, type BrowserWindow } from 'electron';
import { PRESENTER_QUERY, presenterHash } from '../../shared/ipc/presenter';
import type { OriginPolicy } from './origin';
import { presenterPlacement } from './presenter-placement';
import { createHardenedWindow } from './window';

export interface PresenterTarget {
  projectId: string;
  sessionId: string;
}

/** The presenter window's URL on the app's own start page (app://kartta/index.html, or the dev server). */
export function presenterUrl(startUrl: string, target: PresenterTarget): string {
  const url = new URL(startUrl);
  url.search = `?${PRESENTER_QUERY.key}=${PRESENTER_QUERY.value}`;
  url.hash = presenterHash(target.projectId, target.sessionId);
  return url.href;
}

export interface PresenterWindows {
  /** Opens the presenter window at a session, or brings the open one forward and points it there. */
  open(target: PresenterTarget): void;
  /** Closes it, if open (the main window closed). */
  close(): void;
}

/**
 * At most one presenter window. It is made by the same factory as the main window (same web
 * preferences; the app-wide guard in security.ts covers it as every webContents), loads only the
 * URL main builds from the ids, and gets no IPC: the sender check accepts the main window alone.
 */
export function createPresenterWindows(deps: {
  origins: OriginPolicy;
  preloadPath: string;
  mainWindow(): BrowserWindow | undefined;
}): PresenterWindows {
  let current: BrowserWindow | undefined;
  const live = (): BrowserWindow | undefined => (current && !current.isDestroyed() ? current : undefined);
  const load = (win: BrowserWindow, target: PresenterTarget): void => {
    const url = presenterUrl(deps.origins.startUrl, target);
    win.loadURL(url).catch((error: unknown) => console.error('Loading the presenter view failed:', error));
  };

  return {
    open(target) {
      const existing = live();
      if (existing) {
        if (existing.isMinimized()) existing.restore();
        load(existing, target);
        existing.show();
        existing.focus();
        return;
      }
      const main = deps.mainWindow();
      const mainDisplay = main ? screen.getDisplayMatching(main.getBounds()) : screen.getPrimaryDisplay();
      const { place, fullScreen } = presenterPlacement(screen.getAllDisplays(), mainDisplay.id);
      const win = createHardenedWindow({ preloadPath: deps.preloadPath, place, title: 'Kartta' });
      // A projector shows the view only; the application menu acts on the main window anyway.
      win.removeMenu();
      win.once('ready-to-show', () => {
        win.show();
        // After showing, on its display: full screen set before that may land on the primary one.
        if (fullScreen) win.setFullScreen(true);
      });
      win.on('closed', () => {
        if (current === win) current = undefined;
      });
      current = win;
      load(win, target);
    },
    close() {
      live()?.close();
    },
  };
}
