import { describe, expect, it } from 'vitest';
import type { KarttaApi } from '../../../shared/ipc/api';
import type { OpenedFiles } from '../../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';

/** Just the two functions osFiles uses; the rest of the API is never called here. */
function fakeApi(taken: IpcResult<OpenedFiles>) {
  const listeners = new Set<(event: OpenedFiles) => void>();
  const api = {
    takeOpenedFiles: () => Promise.resolve(taken),
    onOpenedFiles: (listener: (event: OpenedFiles) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } as Partial<KarttaApi> as KarttaApi;
  return { api, push: (event: OpenedFiles) => listeners.forEach((listener) => listener(event)) };
}

describe('platform: files the OS opened', () => {
  it('takes the early files and passes later ones on, until unsubscribed', async () => {
    const early = { name: 'a.kartta', data: new Uint8Array([123, 125]) };
    const { api, push } = fakeApi(ok({ files: [early] }));
    const osFiles = createElectronPlatform(api).osFiles;
    expect(await osFiles?.take()).toEqual([early]);
    const seen: unknown[] = [];
    const off = osFiles?.onOpened((files) => seen.push(files));
    push({ files: [{ name: 'b.kartta', error: 'too-large' }] });
    off?.();
    push({ files: [{ name: 'c.kartta', error: 'unreadable' }] });
    expect(seen).toEqual([[{ name: 'b.kartta', error: 'too-large' }]]);
  });

  it('turns a refused take into an error the page shows', async () => {
    const { api } = fakeApi(fail('internal', 'file:take-opened failed'));
    await expect(createElectronPlatform(api).osFiles?.take()).rejects.toThrow('file:take-opened failed');
  });

  it('is absent in the browser', () => {
    expect(createBrowserPlatform('0.1.0').osFiles).toBeUndefined();
  });
});
