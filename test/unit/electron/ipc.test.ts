import { describe, expect, it, vi } from 'vitest';

// ipc.ts imports the real ipcMain for the app's registrar; these tests inject a fake one instead.
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

import {
  createIpcRegistrar,
  createSenderCheck,
  type FrameLike,
  type InvokeEventLike,
} from '../../../electron/main/ipc';
import { createOriginPolicy } from '../../../electron/main/origin';
import { invokeContract, type InvokeChannel } from '../../../shared/ipc/contract';
import { ok, type IpcResult } from '../../../shared/ipc/result';

const OWN_ID = 7;
const mainFrame = (url: string): FrameLike => ({ url, parent: null });
const event = (frame: FrameLike | null, id = OWN_ID): InvokeEventLike => ({ sender: { id }, senderFrame: frame });
const goodEvent = event(mainFrame('app://kartta/index.html'));

function setup(handler: () => unknown = () => ok('handled'), devServerUrl?: string) {
  const listeners = new Map<string, (e: InvokeEventLike, payload: unknown) => Promise<unknown>>();
  const origins = createOriginPolicy(devServerUrl);
  const registrar = createIpcRegistrar<InvokeEventLike>({
    ipcMain: { handle: (channel, listener) => listeners.set(channel, listener) },
    isTrustedSender: createSenderCheck({ ownWebContentsId: () => OWN_ID, isAppUrl: origins.isAppUrl }),
  });
  const calls: unknown[] = [];
  for (const channel of Object.keys(invokeContract) as InvokeChannel[]) {
    registrar.handle(channel, (request) => {
      calls.push(request);
      return handler() as IpcResult<never>;
    });
  }
  const invoke = (channel: InvokeChannel, payload: unknown, e = goodEvent) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} was not registered`);
    return listener(e, payload) as Promise<IpcResult<unknown>>;
  };
  return { invoke, calls, listeners };
}

const goodRequests: Record<InvokeChannel, unknown> = {
  'app:info': {},
  'app:first-start': {},
  'app:mark-started': {},
  'app:set-language': { language: 'fi' },
  'app:close-ready': {},
  'file:save': { suggestedName: 'Työpaja 3.pdf', kind: 'pdf', data: new Uint8Array([37, 80, 68, 70]) },
  'file:open': { kind: 'kartta' },
  'file:take-opened': {},
  'backup:write': { projectId: 'sample-project_1', data: new Uint8Array([123, 125]) },
  'backup:list': {},
  'backup:read': { projectId: 'sample-project_1', fileName: '2026-11-26T09-52-12-345Z.kartta' },
  'backup:folder': {},
  'backup:choose-folder': {},
  'backup:clear-folder': {},
  'presenter:open': { projectId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', sessionId: 'session-1' },
};

const badRequests: Record<InvokeChannel, unknown[]> = {
  'app:info': [undefined, null, 'x', { extra: 1 }],
  'app:first-start': [undefined, { extra: true }],
  'app:mark-started': [[], { x: 1 }],
  'app:set-language': [{}, { language: 'de' }, { language: 'fi', extra: 1 }, 'fi'],
  'app:close-ready': [42, { now: true }],
  'file:save': [
    { suggestedName: '../x.pdf', kind: 'pdf', data: new Uint8Array(1) },
    { suggestedName: '/etc/passwd', kind: 'pdf', data: new Uint8Array(1) },
    { suggestedName: 'C:\\x.pdf', kind: 'pdf', data: new Uint8Array(1) },
    { suggestedName: 'a\u0001.pdf', kind: 'pdf', data: new Uint8Array(1) },
    { suggestedName: '', kind: 'pdf', data: new Uint8Array(1) },
    { suggestedName: 'x.pdf', kind: 'pdf', data: 'not bytes' },
    { suggestedName: 'x.pdf', kind: 'pdf', data: [1, 2, 3] },
    { suggestedName: 'x.pdf', kind: 'exe', data: new Uint8Array(1) },
    { suggestedName: 'x.pdf', kind: 'pdf', data: new Uint8Array(1), path: '/tmp/x.pdf' },
    { kind: 'pdf', data: new Uint8Array(1) },
  ],
  'file:open': [{}, { kind: 'exe' }, { kind: 'pdf', path: '/etc/passwd' }, null],
  // Only main knows which files the OS opened: the page cannot name one.
  'file:take-opened': [
    { path: '/etc/passwd' },
    { paths: ['C:\\Users\\x\\a.kartta'] },
    { file: 'a.kartta' },
    { extra: 1 },
    '/tmp/a.kartta',
    null,
    undefined,
  ],
  'backup:write': [
    { projectId: '../etc', data: new Uint8Array(1) },
    { projectId: 'a/b', data: new Uint8Array(1) },
    { projectId: 'p', data: 'text' },
    { projectId: 'p', data: new Uint8Array(1), folder: '/tmp' },
  ],
  'backup:list': [{ folder: '/' }, null],
  // A folder is only ever chosen in main's own dialog: a path from the page is refused.
  'backup:folder': [{ folder: '/media/usb' }, null],
  'backup:choose-folder': [{ folder: '/etc' }, { path: 'C:\\Windows' }, 'x'],
  'backup:clear-folder': [{ folder: '/media/usb' }, 1],
  'backup:read': [
    { projectId: 'p', fileName: '../../etc/passwd' },
    { projectId: 'p', fileName: 'notes.txt' },
    { projectId: '..', fileName: '2026-11-26T09-52-12-345Z.kartta' },
  ],
  // Ids only, in the id alphabet: main builds the URL, so the page cannot name one or smuggle route syntax.
  'presenter:open': [
    { projectId: 'p', sessionId: 's', url: 'https://evil.example/' },
    { url: 'app://kartta/index.html#/projects/p/sessions/s/present' },
    { projectId: 'p/../../x', sessionId: 's' },
    { projectId: 'p', sessionId: 's#/projects/q' },
    { projectId: 'p', sessionId: 's?window=main' },
    { projectId: 'p', sessionId: '%2e%2e' },
    { projectId: '', sessionId: 's' },
    { projectId: 'p', sessionId: 'x'.repeat(101) },
    { projectId: 'p' },
    { projectId: 1, sessionId: 2 },
    'app://kartta/index.html',
    null,
  ],
};

describe('IPC wrapper: sender check', () => {
  const foreign: [string, InvokeEventLike][] = [
    ['another origin', event(mainFrame('https://evil.example/index.html'))],
    ['a file:// page', event(mainFrame('file:///tmp/index.html'))],
    ['another app:// host', event(mainFrame('app://other/index.html'))],
    ['a subframe of our page', event({ url: 'app://kartta/frame.html', parent: mainFrame('app://kartta/index.html') })],
    ['another webContents', event(mainFrame('app://kartta/index.html'), OWN_ID + 1)],
    // Our origin in its own window: it reads IndexedDB itself and is given no IPC (docs/security.md).
    [
      'the presenter window',
      event(mainFrame('app://kartta/index.html?window=presenter#/projects/p/sessions/s/present'), OWN_ID + 2),
    ],
    ['a destroyed frame', event(null)],
  ];
  it.each(foreign)(
    'refuses %s with forbidden-sender on every channel, without running the handler',
    async (_name, e) => {
      const { invoke, calls } = setup();
      for (const channel of Object.keys(goodRequests) as InvokeChannel[]) {
        const result = await invoke(channel, goodRequests[channel], e);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
      expect(calls).toEqual([]);
    },
  );

  it('refuses everything while there is no window', async () => {
    const check = createSenderCheck({ ownWebContentsId: () => undefined, isAppUrl: () => true });
    expect(check(goodEvent)).toBe(false);
  });

  it('accepts the dev server origin only when one is configured', async () => {
    const devEvent = event(mainFrame('http://127.0.0.1:5173/'));
    expect((await setup(undefined).invoke('app:info', {}, devEvent)).ok).toBe(false);
    expect((await setup(undefined, 'http://127.0.0.1:5173').invoke('app:info', {}, devEvent)).ok).toBe(true);
    const otherPort = event(mainFrame('http://127.0.0.1:5174/'));
    expect((await setup(undefined, 'http://127.0.0.1:5173').invoke('app:info', {}, otherPort)).ok).toBe(false);
  });
});

describe('IPC wrapper: payloads', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it.each(Object.keys(goodRequests) as InvokeChannel[])(
    'accepts a good %s request and returns the handler result',
    async (channel) => {
      const { invoke, calls } = setup();
      expect(await invoke(channel, goodRequests[channel])).toEqual({ ok: true, value: 'handled' });
      expect(calls).toHaveLength(1);
    },
  );

  it.each(Object.keys(badRequests) as InvokeChannel[])(
    'refuses malformed %s requests with bad-request',
    async (channel) => {
      const { invoke, calls } = setup();
      for (const payload of badRequests[channel]) {
        const result = await invoke(channel, payload);
        expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
      expect(calls).toEqual([]);
    },
  );

  it('turns a throwing handler into an internal error without leaking its message', async () => {
    const { invoke } = setup(() => {
      throw new Error('secret path /home/user/x');
    });
    const result = await invoke('app:info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'app:info failed' } });
  });

  it('turns a rejected handler promise into an internal error', async () => {
    const { invoke } = setup(() => Promise.reject(new Error('boom')));
    expect(await invoke('file:open', { kind: 'pdf' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
