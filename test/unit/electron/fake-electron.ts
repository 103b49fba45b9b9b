import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { vi } from 'vitest';

const primaryBounds = { x: 0, y: 0, width: 1920, height: 1080 };
const primaryWorkArea = { x: 0, y: 0, width: 1920, height: 1040 };

/** What the fake electron module recorded; main-wiring.test.ts reads it. */
export const fake = (() => {
  const userData = { dir: '' };
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const windows: FakeWindowLike[] = [];
  type FakeWindowLike = {
    options: Record<string, unknown>;
    webContents: Record<string, unknown> & { sent: unknown[][] };
  };
  return {
    userData,
    appEvents,
    handlers,
    windows,
    calls: [] as string[],
    menus: [] as unknown[],
    dialog: { save: '', open: '' },
    /** The button index showMessageBox answers with, and the questions it was asked. */
    messageBox: { response: 0, asked: [] as unknown[] },
    openedExternally: [] as string[],
    /** What screen.getAllDisplays() answers; the first is the primary display. */
    displays: [{ id: 1, bounds: primaryBounds, workArea: primaryWorkArea }] as FakeDisplay[],
  };
})();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

/** A stand-in for the electron module, just enough for electron/main to start against it. */
export function createFakeElectron(): Record<string, unknown> {
  let nextWebContentsId = 1;
  class WebContents extends EventEmitter {
    // Unique per window, as in Electron: the IPC sender check tells windows apart by it.
    id = nextWebContentsId++;
    openHandler: ((details: { url: string }) => unknown) | undefined;
    setWindowOpenHandler = (fn: (details: { url: string }) => unknown) => (this.openHandler = fn);
    getURL = () => '';
    sent: unknown[][] = [];
    send = (...args: unknown[]) => this.sent.push(args);
    isCrashed = () => false;
  }
  class BrowserWindow extends EventEmitter {
    webContents = new WebContents();
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.windows.push(this as never);
      // Electron's app-wide hook fires for every new webContents; security.ts guards them there.
      fake.appEvents.get('web-contents-created')?.({}, this.webContents);
    }
    loadURL = vi.fn(() => Promise.resolve());
    maximize = vi.fn();
    isDestroyed = () => this.closed;
    isMaximized = () => false;
    minimized = false;
    focused = 0;
    isMinimized = () => this.minimized;
    restore = () => (this.minimized = false);
    show = vi.fn();
    focus = () => this.focused++;
    getNormalBounds = () => ({ x: 10, y: 20, width: 900, height: 700 });
    getBounds = () => ({ x: Number(this.options.x), y: Number(this.options.y), width: 900, height: 700 });
    removeMenu = vi.fn();
    setFullScreen = vi.fn();
    close = () => {
      if (this.closed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.closed = true;
      this.emit('closed');
    };
  }
  const contains = (area: Rect, x: number, y: number) =>
    x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;
  return {
    app: {
      isPackaged: false,
      commandLine: { getSwitchValue: () => '' },
      setPath: vi.fn(),
      enableSandbox: () => fake.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: (...args: unknown[]) => void) => fake.appEvents.set(name, fn),
      whenReady: () => Promise.resolve().then(() => fake.calls.push('ready')),
      getPath: (name: string) => (name === 'userData' ? fake.userData.dir : join(fake.userData.dir, name)),
      getPreferredSystemLanguages: () => ['fi-FI', 'en-US'],
      getVersion: () => '0.1.0',
      quit: vi.fn(),
      setAppUserModelId: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => fake.calls.push(`privileged:${JSON.stringify(schemes)}`),
      handle: (scheme: string, fn: unknown) => fake.handlers.set(`protocol:${scheme}`, fn as never),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: unknown) => fake.handlers.set('permission-request', fn as never),
        setPermissionCheckHandler: (fn: unknown) => fake.handlers.set('permission-check', fn as never),
        webRequest: { onBeforeRequest: (_f: unknown, fn: unknown) => fake.handlers.set('web-request', fn as never) },
      },
    },
    ipcMain: { handle: (channel: string, fn: never) => fake.handlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => fake.menus.push(m) },
    screen: {
      getAllDisplays: () => fake.displays,
      getPrimaryDisplay: () => fake.displays[0],
      // The display holding the rectangle's centre (Electron picks the one it overlaps most).
      getDisplayMatching: (rect: Rect) =>
        fake.displays.find((d) => contains(d.bounds, rect.x + rect.width / 2, rect.y + rect.height / 2)) ??
        fake.displays[0],
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: !fake.dialog.save, filePath: fake.dialog.save }),
      showOpenDialog: async () => ({
        canceled: !fake.dialog.open,
        filePaths: fake.dialog.open ? [fake.dialog.open] : [],
      }),
      showMessageBox: async (...args: unknown[]) => {
        fake.messageBox.asked.push(args.at(-1));
        return { response: fake.messageBox.response, checkboxChecked: false };
      },
    },
    shell: {
      openExternal: async (url: string) => {
        fake.openedExternally.push(url);
      },
    },
    BrowserWindow,
  };
}
