import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeContract, type InvokeChannel } from '../../../shared/ipc/contract';
import { fake } from './fake-electron';

// The presenter window, wired in the whole main process against the fake electron module.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

type FakeWin = EventEmitter & {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  webContents: EventEmitter & { id: number; openHandler?: (d: { url: string }) => unknown };
  closed: boolean;
  minimized: boolean;
  focused: number;
  loadURL: ReturnType<typeof vi.fn>;
  setFullScreen: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  removeMenu: ReturnType<typeof vi.fn>;
  close(): void;
};
const windows = () => fake.windows as unknown as FakeWin[];
const mainWin = () => windows()[0] as FakeWin;
const frame = (url: string) => ({ url, parent: null });
const fromMain = () => ({ sender: { id: mainWin().webContents.id }, senderFrame: frame('app://kartta/index.html') });
const invoke = (channel: string, payload: unknown, event: unknown = fromMain()) => {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`${channel} not registered`);
  return handler(event, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};
const liveWindows = () => windows().filter((w) => !w.closed);
const presenterUrl = (p: string, s: string) =>
  `app://kartta/index.html?window=presenter#/projects/${p}/sessions/${s}/present`;

const primary = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const projector = {
  id: 7,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'kartta-presenter-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(fake.userData.dir, { recursive: true, force: true });
});

describe('presenter window (fake electron module)', () => {
  it('refuses bad payloads without opening a window', async () => {
    for (const payload of [
      { projectId: 'p', sessionId: 's', url: 'https://evil.example/' },
      { projectId: 'p', sessionId: 's#/projects/other' },
      { projectId: '../p', sessionId: 's' },
      {},
    ]) {
      expect((await invoke('presenter:open', payload)).error?.code, JSON.stringify(payload)).toBe('bad-request');
    }
    expect(windows()).toHaveLength(1);
  });

  it('refuses a foreign sender without opening a window', async () => {
    const payload = { projectId: 'p-1', sessionId: 's-1' };
    const foreign = [
      { sender: { id: 99 }, senderFrame: frame('app://kartta/index.html') },
      { sender: fromMain().sender, senderFrame: frame('https://evil.example/') },
      { sender: fromMain().sender, senderFrame: { url: 'app://kartta/x.html', parent: frame('app://kartta/') } },
    ];
    for (const event of foreign)
      expect((await invoke('presenter:open', payload, event)).error?.code).toBe('forbidden-sender');
    expect(windows()).toHaveLength(1);
  });

  it('opens one window with the main window’s hardened preferences; a normal window with one display', async () => {
    fake.displays = [primary];
    expect(await invoke('presenter:open', { projectId: 'p-1', sessionId: 's-1' })).toEqual({ ok: true, value: null });
    expect(windows()).toHaveLength(2);
    const presenter = windows()[1] as FakeWin;
    // Same factory, same object shape: every hardening setting of the main window, the preload included.
    expect(presenter.options.webPreferences).toEqual(mainWin().options.webPreferences);
    expect(presenter.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(presenter.loadURL).toHaveBeenCalledWith(presenterUrl('p-1', 's-1'));
    expect(presenter.removeMenu).toHaveBeenCalled();
    const { x, y, width, height } = presenter.options as Record<string, number>;
    expect({ x, y, width, height }).toEqual({ x: 320, y: 160, width: 1280, height: 720 });
    presenter.emit('ready-to-show');
    expect(presenter.show).toHaveBeenCalled();
    expect(presenter.setFullScreen).not.toHaveBeenCalled();
  });

  it('is guarded like every webContents: popups denied, foreign navigation prevented', () => {
    const contents = (windows()[1] as FakeWin).webContents;
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
  });

  it('gets no IPC: the sender check refuses the presenter window on every channel', async () => {
    const presenter = windows()[1] as FakeWin;
    const event = { sender: { id: presenter.webContents.id }, senderFrame: frame(presenterUrl('p-1', 's-1')) };
    expect(presenter.webContents.id).not.toBe(mainWin().webContents.id);
    const good: Partial<Record<InvokeChannel, unknown>> = { 'presenter:open': { projectId: 'p-1', sessionId: 's-2' } };
    for (const channel of Object.keys(invokeContract) as InvokeChannel[]) {
      const result = await invoke(channel, good[channel] ?? {}, event);
      expect(result.error?.code, channel).toBe('forbidden-sender');
    }
    expect(windows()).toHaveLength(2);
  });

  it('a second request focuses the open window and points it at the new session', async () => {
    const presenter = windows()[1] as FakeWin;
    presenter.minimized = true;
    const focusedBefore = presenter.focused;
    await invoke('presenter:open', { projectId: 'p-1', sessionId: 's-2' });
    expect(windows()).toHaveLength(2);
    expect(presenter.minimized).toBe(false);
    expect(presenter.focused).toBe(focusedBefore + 1);
    expect(presenter.loadURL).toHaveBeenLastCalledWith(presenterUrl('p-1', 's-2'));
  });

  it('after it is closed, the next one opens full screen on the display that is not the main window’s', async () => {
    (windows()[1] as FakeWin).close();
    fake.displays = [primary, projector];
    await invoke('presenter:open', { projectId: 'p-1', sessionId: 's-1' });
    expect(windows()).toHaveLength(3);
    const presenter = windows()[2] as FakeWin;
    const { x, y, width, height } = presenter.options as Record<string, number>;
    expect({ x, y, width, height }).toEqual(projector.bounds);
    expect(presenter.setFullScreen).not.toHaveBeenCalled();
    presenter.emit('ready-to-show');
    expect(presenter.setFullScreen).toHaveBeenCalledWith(true);
  });

  it('closes when the main window closes', async () => {
    const presenter = windows()[2] as FakeWin;
    mainWin().close(); // held by the close handshake until the page is ready
    expect(presenter.closed).toBe(false);
    await invoke('app:close-ready', {});
    expect(mainWin().closed).toBe(true);
    expect(presenter.closed).toBe(true);
    expect(liveWindows()).toEqual([]);
  });
});
