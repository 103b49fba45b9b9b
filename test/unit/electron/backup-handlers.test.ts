import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The handlers import the real app and dialog; these tests inject folders and a fake dialog.
vi.mock('electron', () => ({}));

import { EXTRA_BACKUPS_SUBFOLDER, registerBackupHandlers } from '../../../electron/main/backup-handlers';
import type { IpcRegistrar } from '../../../electron/main/ipc';
import { openSettings } from '../../../electron/main/settings';
import type { InvokeChannel, RequestOf } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kartta-backup-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Handler = (request: unknown) => Promise<IpcResult<unknown>>;

function setup(chosen: string | null) {
  const handlers = new Map<string, Handler>();
  const ipc = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
  } as unknown as IpcRegistrar<never>;
  const settingsPath = join(dir, 'settings.json');
  const settings = openSettings(settingsPath, (error) => {
    throw error;
  });
  const chooseFolder = vi.fn(async () => chosen);
  registerBackupHandlers(ipc, { root: () => join(dir, 'own'), settings, chooseFolder });
  const call = async <C extends InvokeChannel>(channel: C, request: RequestOf<C>) => {
    const result = await (handlers.get(channel) as Handler)(request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { call, chooseFolder, settingsPath };
}

const data = new TextEncoder().encode('{"format":"kartta"}');

describe('backup handlers: the extra backup folder', () => {
  it('writes only to the app’s own folder until the user chooses an extra one, then to both', async () => {
    const usb = join(dir, 'usb');
    const { call, settingsPath } = setup(usb);
    expect(await call('backup:write', { projectId: 'p1', data })).toMatchObject({ extra: 'none' });
    expect(await call('backup:folder', {})).toEqual({ folder: null });

    expect(await call('backup:choose-folder', {})).toEqual({ folder: usb });
    // Remembered across restarts: it is in the settings file.
    expect(JSON.parse(await readFile(settingsPath, 'utf8'))).toMatchObject({ extraBackupFolder: usb });
    const written = (await call('backup:write', { projectId: 'p1', data })) as { fileName: string; extra: string };
    expect(written.extra).toBe('written');
    const copy = join(usb, EXTRA_BACKUPS_SUBFOLDER, 'p1', written.fileName);
    expect(await readFile(copy, 'utf8')).toBe('{"format":"kartta"}');
    expect(await readdir(join(dir, 'own', 'p1'))).toHaveLength(2);

    await call('backup:clear-folder', {});
    expect(await call('backup:folder', {})).toEqual({ folder: null });
    expect(await call('backup:write', { projectId: 'p1', data })).toMatchObject({ extra: 'none' });
  });

  it('a cancelled folder dialog keeps the folder there was', async () => {
    const { call, chooseFolder } = setup(null);
    expect(await call('backup:choose-folder', {})).toEqual({ folder: null });
    expect(chooseFolder).toHaveBeenCalledTimes(1);
  });

  it('an extra folder that cannot be written (a stick pulled out) is reported, and the own backup still happens', async () => {
    // A file where the folder should be: nothing can be created inside it.
    const gone = join(dir, 'not-a-folder');
    await writeFile(gone, 'x');
    const { call } = setup(gone);
    await call('backup:choose-folder', {});
    const written = (await call('backup:write', { projectId: 'p2', data })) as { fileName: string; extra: string };
    expect(written.extra).toBe('failed');
    expect(await readdir(join(dir, 'own', 'p2'))).toEqual([written.fileName]);
  });
});
