import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';

// The whole main process against the fake electron module: a link the page tries to open reaches
// shell.openExternal only through the confirmation, and only for https.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

type OpenHandler = (details: { url: string }) => { action: string };

/** A webContents as the guard sees it, showing `pageUrl`. */
function guardedContents(pageUrl: string) {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as OpenHandler | undefined,
    getURL: () => pageUrl,
    setWindowOpenHandler(fn: OpenHandler) {
      contents.openHandler = fn;
    },
  });
  fake.appEvents.get('web-contents-created')?.({}, contents);
  return contents;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'kartta-links-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(fake.userData.dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.messageBox.asked.length = 0;
  fake.openedExternally.length = 0;
});

describe('external links (fake electron module)', () => {
  it('denies a new window and opens an https link in the browser once the user says yes', async () => {
    const contents = guardedContents('app://kartta/index.html#/');
    fake.messageBox.response = 1;
    expect(contents.openHandler?.({ url: 'https://example.org/guide' })).toEqual({ action: 'deny' });
    await settle();
    expect(fake.messageBox.asked).toEqual([
      expect.objectContaining({
        type: 'question',
        defaultId: 0,
        cancelId: 0,
        detail: expect.stringContaining('https://example.org/guide'),
      }),
    ]);
    expect(fake.openedExternally).toEqual(['https://example.org/guide']);
  });

  it('opens nothing when the user cancels', async () => {
    const contents = guardedContents('app://kartta/index.html');
    fake.messageBox.response = 0;
    contents.openHandler?.({ url: 'https://example.org/' });
    await settle();
    expect(fake.messageBox.asked).toHaveLength(1);
    expect(fake.openedExternally).toEqual([]);
  });

  it('prevents a navigation away from the app and offers it as a link', async () => {
    const contents = guardedContents('app://kartta/index.html');
    fake.messageBox.response = 1;
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.org/x');
    await settle();
    expect(prevented).toBe(true);
    expect(fake.openedExternally).toEqual(['https://example.org/x']);
  });

  it('never asks about other schemes, and ignores pages that are not the app', async () => {
    fake.messageBox.response = 1;
    const app = guardedContents('app://kartta/index.html');
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)']) {
      expect(app.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const foreign = guardedContents('https://evil.example/');
    expect(foreign.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await settle();
    expect(fake.messageBox.asked).toEqual([]);
    expect(fake.openedExternally).toEqual([]);
  });
});
