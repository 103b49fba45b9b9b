import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { CLOSE_TIMEOUT_MS, installCloseHandshake } from '../../../electron/main/close-handshake';

class FakeWindow extends EventEmitter {
  destroyed = false;
  sent: string[] = [];
  crashed = false;
  webContents = { send: (channel: string) => this.sent.push(channel), isCrashed: () => this.crashed };
  isDestroyed = () => this.destroyed;
  /** Like BrowserWindow.close(): emits a cancellable 'close', and is destroyed unless prevented. */
  close = (): void => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  };
}

let win: FakeWindow;
let finalCloses: number;
beforeEach(() => {
  vi.useFakeTimers();
  win = new FakeWindow();
  finalCloses = 0;
});
afterEach(() => vi.useRealTimers());

const install = () => installCloseHandshake(win as unknown as BrowserWindow, () => finalCloses++);

describe('close handshake', () => {
  it('holds the first close and asks the renderer, then closes on close-ready', () => {
    const handshake = install();
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.sent).toEqual(['app:before-close']);
    handshake.ready();
    expect(win.destroyed).toBe(true);
    expect(finalCloses).toBe(1);
  });

  it('closes after the timeout if the renderer never answers', () => {
    install();
    win.close();
    vi.advanceTimersByTime(CLOSE_TIMEOUT_MS - 1);
    expect(win.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.destroyed).toBe(true);
    expect(CLOSE_TIMEOUT_MS).toBe(3000);
  });

  it('asks only once when close is pressed repeatedly', () => {
    install();
    win.close();
    win.close();
    expect(win.sent).toEqual(['app:before-close']);
  });

  it('ignores a close-ready that nobody asked for', () => {
    const handshake = install();
    handshake.ready();
    expect(win.destroyed).toBe(false);
  });

  it('closes at once when the page has crashed', () => {
    install();
    win.crashed = true;
    win.close();
    expect(win.destroyed).toBe(true);
    expect(win.sent).toEqual([]);
  });
});
