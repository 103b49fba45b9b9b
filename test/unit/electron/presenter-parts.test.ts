import { describe, expect, it, vi } from 'vitest';

// presenter-window.ts imports electron for the window itself; these tests use only its pure parts.
vi.mock('electron', () => ({ BrowserWindow: vi.fn(), screen: {} }));

import type { KarttaApi } from '../../../shared/ipc/api';
import { fail, ok } from '../../../shared/ipc/result';
import { presenterPlacement } from '../../../electron/main/presenter-placement';
import { presenterUrl } from '../../../electron/main/presenter-window';
import { parseRoute } from '../../../renderer/app/router';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform';
import { createPresenterPlatform, isPresenterWindowSearch } from '../../../renderer/platform/presenter-platform';

const display = (id: number, x: number, width = 1920, height = 1080) => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});

describe('presenterPlacement', () => {
  it('goes full screen on the first display that is not the main window’s', () => {
    const displays = [display(1, 0), display(2, 1920, 1280, 720), display(3, 3200)];
    expect(presenterPlacement(displays, 1)).toEqual({ place: displays[1]?.bounds, fullScreen: true });
    expect(presenterPlacement(displays, 2)).toEqual({ place: displays[0]?.bounds, fullScreen: true });
  });

  it('with one display, a normal window centred on it, never larger than it', () => {
    expect(presenterPlacement([display(1, 0)], 1)).toEqual({
      place: { x: 320, y: 160, width: 1280, height: 720 },
      fullScreen: false,
    });
    expect(presenterPlacement([display(1, 100, 1024, 600)], 1).place).toEqual({
      x: 100,
      y: 0,
      width: 1024,
      height: 560,
    });
  });
});

describe('presenterUrl', () => {
  it('is the present route on the app’s start page, marked as the presenter window', () => {
    const url = presenterUrl('app://kartta/index.html', { projectId: 'p-1', sessionId: 'session_2' });
    expect(url).toBe('app://kartta/index.html?window=presenter#/projects/p-1/sessions/session_2/present');
    const parsed = new URL(url);
    expect(parseRoute(parsed.hash)).toEqual({ name: 'present', projectId: 'p-1', sessionId: 'session_2' });
    expect(isPresenterWindowSearch(parsed.search)).toBe(true);
  });

  it('follows the dev server in development, replacing any query or hash of the start URL', () => {
    const url = presenterUrl('http://localhost:5173/?x=1#/projects', { projectId: 'p', sessionId: 's' });
    expect(url).toBe('http://localhost:5173/?window=presenter#/projects/p/sessions/s/present');
  });
});

describe('platform: presenter capability', () => {
  it('the desktop platform opens it through openPresenter and reports main’s refusal', async () => {
    const openPresenter = vi.fn<KarttaApi['openPresenter']>(async () => ok(null));
    const platform = createElectronPlatform({ openPresenter } as Partial<KarttaApi> as KarttaApi);
    await platform.presenter?.open('p-1', 's-1');
    expect(openPresenter).toHaveBeenCalledWith({ projectId: 'p-1', sessionId: 's-1' });
    openPresenter.mockResolvedValueOnce(fail('bad-request', 'presenter:open: sessionId: invalid'));
    await expect(platform.presenter?.open('p-1', 'bad id')).rejects.toThrow('presenter:open');
  });

  it('the browser and the presenter window have none (a new tab; and no second presenter)', () => {
    expect(createBrowserPlatform('1').presenter).toBeUndefined();
    expect(createPresenterPlatform('1').presenter).toBeUndefined();
  });

  it('the presenter window’s platform calls main for nothing and never seeds the sample', async () => {
    const platform = createPresenterPlatform('1.2.3');
    expect(platform.kind).toBe('electron');
    expect(await platform.isFirstStart()).toBe(false);
    expect(platform.backups).toBeUndefined();
    expect(platform.osFiles).toBeUndefined();
    await expect(platform.openFile('kartta')).rejects.toThrow('presenter window');
    expect(isPresenterWindowSearch('')).toBe(false);
    expect(isPresenterWindowSearch('?window=main')).toBe(false);
  });
});
