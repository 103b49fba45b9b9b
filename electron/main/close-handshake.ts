import type { BrowserWindow } from 'electron';
import { eventChannels } from '../../shared/ipc/contract';

export const CLOSE_TIMEOUT_MS = 3000;

export interface CloseHandshake {
  /** The renderer has committed its edits (app:close-ready). */
  ready(): void;
}

/**
 * Holds the first close until the renderer has flushed open editors (PITFALLS.md: the last edit
 * before quit can be lost), with a timeout so a hung or crashed page cannot keep the window open.
 */
export function installCloseHandshake(win: BrowserWindow, beforeFinalClose: () => void): CloseHandshake {
  let phase: 'open' | 'waiting' | 'closing' = 'open';
  let timer: NodeJS.Timeout | undefined;

  const closeNow = (): void => {
    if (phase === 'closing') return;
    phase = 'closing';
    clearTimeout(timer);
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (phase === 'closing') {
      beforeFinalClose();
      return;
    }
    event.preventDefault();
    if (phase === 'waiting') return;
    if (win.webContents.isCrashed()) {
      closeNow();
      return;
    }
    phase = 'waiting';
    win.webContents.send(eventChannels.beforeClose);
    timer = setTimeout(closeNow, CLOSE_TIMEOUT_MS);
  });

  return {
    ready() {
      // A close-ready with no close pending is ignored: the page cannot close the window by itself.
      if (phase === 'waiting') closeNow();
    },
  };
}
