import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { invokeContract, openedFilesSchema, type OpenedFile } from '../../../shared/ipc/contract';
import { fake } from './fake-electron';

// The whole main process wired against a fake electron module: this checks our wiring (what is
// registered, with which options, in which order), not Electron itself, which only the
// test/electron suite on a real binary can.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://kartta/index.html', parent: null } };
const invoke = (channel: string, payload: unknown, event: unknown = trusted) => {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`${channel} not registered`);
  return handler(event, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};
const win = () =>
  fake.windows[0] as unknown as EventEmitter & { options: { webPreferences: Record<string, unknown> } } & {
    webContents: { sent: unknown[][] };
    closed: boolean;
    minimized: boolean;
    focused: number;
    loadURL: ReturnType<typeof vi.fn>;
  };

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'kartta-main-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(fake.userData.dir, { recursive: true, force: true });
});

describe('main process wiring (fake electron module)', () => {
  it('makes app:// privileged and enables the sandbox before ready', () => {
    expect(fake.calls.indexOf('ready')).toBeGreaterThan(1);
    const privileged = fake.calls.find((c) => c.startsWith('privileged:')) ?? '';
    expect(JSON.parse(privileged.slice('privileged:'.length))).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('ready'));
  });

  it('opens one hardened window on app://kartta/index.html', () => {
    expect(win().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(String(win().options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win().loadURL).toHaveBeenCalledWith('app://kartta/index.html');
  });

  it('registers a handler for every contract channel and checks the sender', async () => {
    for (const channel of Object.keys(invokeContract)) expect(fake.handlers.has(channel), channel).toBe(true);
    const foreign = { sender: { id: 2 }, senderFrame: trusted.senderFrame };
    expect((await invoke('app:info', {}, foreign)).error?.code).toBe('forbidden-sender');
    expect((await invoke('app:info', {})).value).toMatchObject({ version: '0.1.0', platform: process.platform });
  });

  it('keeps the first-start marker and the language in the settings file, and rebuilds the menu', async () => {
    expect((await invoke('app:first-start', {})).value).toEqual({ isFirstStart: true });
    await invoke('app:mark-started', {});
    expect((await invoke('app:first-start', {})).value).toEqual({ isFirstStart: false });
    const menusBefore = fake.menus.length;
    expect(JSON.stringify(fake.menus.at(-1))).toContain('Tiedosto'); // system language fi-FI
    await invoke('app:set-language', { language: 'sv' });
    expect(fake.menus.length).toBe(menusBefore + 1);
    expect(JSON.stringify(fake.menus.at(-1))).toContain('Arkiv');
    const saved = JSON.parse(readFileSync(join(fake.userData.dir, 'kartta-settings.json'), 'utf8'));
    expect(saved).toMatchObject({ language: 'sv', startedAt: expect.any(String) });
  });

  it('denies permissions except clipboard-sanitized-write and fullscreen, and all network requests', () => {
    const check = fake.handlers.get('permission-check') as unknown as (c: unknown, p: string) => boolean;
    expect(['media', 'geolocation', 'notifications', 'clipboard-read'].map((p) => check(null, p))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(check(null, 'clipboard-sanitized-write') && check(null, 'fullscreen')).toBe(true);
    const request = fake.handlers.get('permission-request') as unknown as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    request(null, 'media', (ok) => answers.push(ok));
    request(null, 'fullscreen', (ok) => answers.push(ok));
    expect(answers).toEqual([false, true]);
    const web = fake.handlers.get('web-request') as unknown as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    web({ url: 'https://example.com/x' }, (r) => expect(r.cancel).toBe(true));
  });

  it('guards every new webContents: no popups, no foreign navigation, no webviews', () => {
    const created = fake.appEvents.get('web-contents-created');
    const contents = Object.assign(new EventEmitter(), {
      openHandler: (() => null) as () => unknown,
      setWindowOpenHandler(fn: () => unknown) {
        contents.openHandler = fn;
      },
    });
    created?.({}, contents);
    expect(contents.openHandler()).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://kartta/index.html')).toBe(false);
    let webviewPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });

  it('saves through the dialog with a .bak, and opens a picked file', async () => {
    const target = join(fake.userData.dir, 'raportti');
    fake.dialog.save = target;
    const request = { suggestedName: 'raportti.pdf', kind: 'pdf', data: new Uint8Array([1]) };
    expect((await invoke('file:save', request)).value).toEqual({ saved: true, fileName: 'raportti.pdf' });
    await invoke('file:save', { ...request, data: new Uint8Array([2]) });
    expect([...readFileSync(`${target}.pdf`)]).toEqual([2]);
    expect([...readFileSync(`${target}.pdf.bak`)]).toEqual([1]);
    fake.dialog.save = '';
    expect((await invoke('file:save', request)).value).toEqual({ saved: false });
    fake.dialog.open = join(fake.userData.dir, 'p.kartta');
    writeFileSync(fake.dialog.open, '{}');
    const opened = (await invoke('file:open', { kind: 'kartta' })).value as {
      file: { name: string; data: Uint8Array };
    };
    expect(opened.file.name).toBe('p.kartta');
    expect(new TextDecoder().decode(opened.file.data)).toBe('{}');
  });

  it('serves the renderer over app:// with the CSP header, and 404s the rest', async () => {
    const { handleAppProtocol } = await import('../../../electron/main/protocol');
    const root = mkdtempSync(join(tmpdir(), 'kartta-served-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kartta</title>');
    handleAppProtocol(root);
    const serve = fake.handlers.get('protocol:app') as unknown as (r: Request) => Promise<Response>;
    const page = await serve(new Request('app://kartta/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Kartta</title>');
    expect((await serve(new Request('app://kartta/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await serve(new Request('app://kartta/missing.js'))).status).toBe(404);
    rmSync(root, { recursive: true, force: true });
  });

  it('opens .kartta files from the OS: taken once by the page, then pushed, with the window brought forward', async () => {
    const first = join(fake.userData.dir, 'Työpaja.kartta');
    const second = join(fake.userData.dir, 'later.KARTTA');
    writeFileSync(first, '{"first":1}');
    writeFileSync(second, '{"second":2}');
    let prevented = false;
    fake.appEvents.get('open-file')?.({ preventDefault: () => (prevented = true) }, first);
    expect(prevented).toBe(true); // macOS would otherwise report the open as failed
    win().minimized = true;
    // A second launch: flags, another file type, and a path relative to its own working folder.
    const argv = ['/opt/Kartta/kartta', '--original-process-start-time=1', 'notes.txt', 'later.KARTTA'];
    fake.appEvents.get('second-instance')?.({}, argv, fake.userData.dir, {});
    expect(win().minimized).toBe(false);
    expect(win().focused).toBeGreaterThan(0);

    const pushed = () =>
      win()
        .webContents.sent.filter(([channel]) => channel === 'file:opened')
        .map(([, payload]) => payload);
    const taken = await invoke('file:take-opened', {});
    expect(openedFilesSchema.safeParse(taken.value).success).toBe(true);
    const received: OpenedFile[] = [...(taken.value as { files: OpenedFile[] }).files];
    // Reads still in flight when the page took the queue come as events.
    await vi.waitFor(() => expect(received.length + pushed().length).toBe(2));
    for (const payload of pushed()) {
      expect(openedFilesSchema.safeParse(payload).success).toBe(true);
      received.push(...(payload as { files: OpenedFile[] }).files);
    }
    const text = (file: OpenedFile) => ('data' in file ? new TextDecoder().decode(file.data) : file.error);
    expect(received.map((file) => [file.name, text(file)])).toEqual([
      ['Työpaja.kartta', '{"first":1}'],
      ['later.KARTTA', '{"second":2}'],
    ]);
    expect((await invoke('file:take-opened', {})).value).toEqual({ files: [] });

    // Once taken, later files are pushed; the page can never name a path itself.
    const before = pushed().length;
    fake.appEvents.get('second-instance')?.(
      {},
      ['/opt/Kartta/kartta', join(fake.userData.dir, 'gone.kartta')],
      '/',
      {},
    );
    await vi.waitFor(() => expect(pushed()).toHaveLength(before + 1));
    expect(pushed().at(-1)).toEqual({ files: [{ name: 'gone.kartta', error: 'unreadable' }] });
    expect((await invoke('file:take-opened', { path: first })).error?.code).toBe('bad-request');
  });

  it('holds the close for the renderer, then closes on app:close-ready and saves the window place', async () => {
    win().emit('close', { preventDefault: () => undefined });
    expect(win().webContents.sent.at(-1)).toEqual(['app:before-close']);
    expect(win().closed).toBe(false);
    await invoke('app:close-ready', {});
    expect(win().closed).toBe(true);
    const saved = JSON.parse(readFileSync(join(fake.userData.dir, 'kartta-settings.json'), 'utf8'));
    expect(saved.window).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
  });
});
