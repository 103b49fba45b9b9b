import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KarttaApi } from '../../../shared/ipc/api';
import { apiChannels } from '../../../shared/ipc/api';
import { eventChannels } from '../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => void;
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
  },
}));

let api: KarttaApi;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = exposed.get('kartta') as KarttaApi;
});

const emit = (channel: string, payload?: unknown) =>
  listeners.get(channel)?.forEach((listener) => listener({ sender: 'raw-ipc-event' }, payload));

describe('preload: window.kartta', () => {
  it('exposes exactly the contract functions, under one key', () => {
    expect([...exposed.keys()]).toEqual(['kartta']);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(apiChannels), 'onBeforeClose', 'onMenuCommand', 'onOpenedFiles'].sort(),
    );
  });

  it('calls each channel with the request shape main expects', async () => {
    const data = new Uint8Array([1, 2]);
    await api.appInfo();
    await api.firstStart();
    await api.markStarted();
    await api.setLanguage('sv');
    await api.closeReady();
    await api.saveFile({ suggestedName: 'a.pdf', kind: 'pdf', data });
    await api.openFile({ kind: 'kartta' });
    await api.takeOpenedFiles();
    // Only the two ids travel, whatever else the page put in the object.
    await api.openPresenter({ projectId: 'p-1', sessionId: 's-1', url: 'https://x/' } as never);
    expect(invoke.mock.calls).toEqual([
      ['app:info', {}],
      ['app:first-start', {}],
      ['app:mark-started', {}],
      ['app:set-language', { language: 'sv' }],
      ['app:close-ready', {}],
      ['file:save', { suggestedName: 'a.pdf', kind: 'pdf', data }],
      ['file:open', { kind: 'kartta' }],
      ['file:take-opened', {}],
      ['presenter:open', { projectId: 'p-1', sessionId: 's-1' }],
    ]);
  });

  it('passes menu commands without the raw IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.onMenuCommand((...args: unknown[]) => seen.push(args));
    emit(eventChannels.menu, { command: 'undo' });
    off();
    emit(eventChannels.menu, { command: 'redo' });
    expect(seen).toEqual([[{ command: 'undo' }]]);
  });

  it('passes files the OS opened without the raw IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.onOpenedFiles((...args: unknown[]) => seen.push(args));
    const first = { files: [{ name: 'a.kartta', data: new Uint8Array([123, 125]) }] };
    emit(eventChannels.openedFiles, first);
    off();
    emit(eventChannels.openedFiles, { files: [{ name: 'b.kartta', error: 'unreadable' }] });
    expect(seen).toEqual([[first]]);
  });

  it('signals before-close with no arguments, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.onBeforeClose((...args: unknown[]) => seen.push(args));
    emit(eventChannels.beforeClose);
    off();
    emit(eventChannels.beforeClose);
    expect(seen).toEqual([[]]);
  });
});
