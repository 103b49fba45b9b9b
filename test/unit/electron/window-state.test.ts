import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  restoreWindowState,
  type Rect,
} from '../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const within = (win: Rect, area: Rect): boolean =>
  win.x >= area.x &&
  win.y >= area.y &&
  win.x + win.width <= area.x + area.width &&
  win.y + win.height <= area.y + area.height;

describe('window state', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    const state = restoreWindowState(undefined, [laptop], laptop);
    expect(state).toMatchObject({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    expect(within(state, laptop)).toBe(true);
    expect(state.x).toBe((laptop.width - DEFAULT_WINDOW_SIZE.width) / 2);
  });

  it('restores a saved place that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: true };
    expect(restoreWindowState(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('brings the window back when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    const state = restoreWindowState(saved, [laptop], laptop);
    expect(within(state, laptop)).toBe(true);
    expect(state.width).toBe(1200);
    expect(state.height).toBe(laptop.height);
  });

  it('pulls a window that hangs off the edge fully onto the display', () => {
    const saved = { x: 1000, y: -50, width: 800, height: 600, maximized: false };
    const state = restoreWindowState(saved, [laptop], laptop);
    expect(within(state, laptop)).toBe(true);
    expect(state).toMatchObject({ x: laptop.width - 800, y: 0, width: 800, height: 600 });
  });

  it('counts a sliver on screen as lost', () => {
    const saved = { x: laptop.width - 20, y: 100, width: 800, height: 600, maximized: false };
    const state = restoreWindowState(saved, [laptop], laptop);
    expect(within(state, laptop)).toBe(true);
  });

  it('shrinks a window larger than the display and keeps the minimum size', () => {
    const big = restoreWindowState({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop], laptop);
    expect(big).toMatchObject({ x: 0, y: 0, width: laptop.width, height: laptop.height });
    const tiny = restoreWindowState({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop], laptop);
    expect(tiny).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('ignores non-finite saved numbers', () => {
    const state = restoreWindowState({ x: NaN, y: 0, width: 800, height: 600, maximized: false }, [laptop], laptop);
    expect(state).toMatchObject({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('works with displays at negative coordinates', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };
    const saved = { x: -1800, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(saved, [left, laptop], laptop)).toEqual(saved);
  });
});
