import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { openSettings, SETTINGS_FILE_NAME } from '../../../electron/main/settings';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kartta-settings-'));
  path = join(dir, SETTINGS_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings file', () => {
  it('starts empty when there is no file, and persists updates', () => {
    const store = openSettings(path, () => {});
    expect(store.get()).toEqual({});
    store.update({ language: 'sv', startedAt: '2026-11-26T00:00:00.000Z' });
    store.update({ window: { x: 1, y: 2, width: 800, height: 600, maximized: true } });
    expect(openSettings(path, () => {}).get()).toEqual({
      language: 'sv',
      startedAt: '2026-11-26T00:00:00.000Z',
      window: { x: 1, y: 2, width: 800, height: 600, maximized: true },
    });
  });

  it('survives a damaged file and keeps the fields that are still good', () => {
    writeFileSync(path, '{not json');
    expect(openSettings(path, () => {}).get()).toEqual({});
    writeFileSync(path, JSON.stringify({ language: 'de', startedAt: 'x', window: { x: 'left' } }));
    expect(openSettings(path, () => {}).get()).toEqual({ startedAt: 'x' });
  });

  it('reports a failed write instead of throwing', () => {
    const errors: unknown[] = [];
    const store = openSettings(join(dir, 'missing-folder', SETTINGS_FILE_NAME), (error) => errors.push(error));
    store.update({ language: 'fi' });
    expect(errors).toHaveLength(1);
    expect(store.get().language).toBe('fi');
  });

  it('writes readable JSON', () => {
    openSettings(path, () => {}).update({ language: 'fi' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ language: 'fi' });
  });
});
