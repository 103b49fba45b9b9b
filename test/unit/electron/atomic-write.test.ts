import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
// Spy-able fs/promises: a real file system underneath, so the test sees the rename happen.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

import { backupPathOf, writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomic-write';
import { readFileLimited, TooLargeError } from '../../../electron/main/read-limited';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kartta-atomic-'));
  vi.mocked(fsPromises.rename).mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic write', () => {
  it('writes through a temp file in the same folder and renames it into place', async () => {
    const target = join(dir, 'report.pdf');
    await writeFileAtomic(target, bytes('%PDF-new'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-new');
    const rename = vi.mocked(fsPromises.rename);
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] ?? [];
    expect(String(from).startsWith(join(dir, '.report.pdf.'))).toBe(true);
    expect(String(from).endsWith('.tmp')).toBe(true);
    expect(to).toBe(target);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('keeps the previous version as <name>.bak when asked', async () => {
    const target = join(dir, 'project.kartta');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes('new'), { keepBackup: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(backupPathOf(target), 'utf8')).toBe('old');
    expect(backupPathOf(target)).toBe(join(dir, 'project.kartta.bak'));
  });

  it('makes no .bak for a new file', async () => {
    await writeFileAtomic(join(dir, 'new.csv'), bytes('a,b'), { keepBackup: true });
    expect(readdirSync(dir)).toEqual(['new.csv']);
  });

  it('leaves the old file and no temp file behind when the write fails', async () => {
    const target = join(dir, 'keep.kartta');
    writeFileSync(target, 'old');
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['keep.kartta']);
  });

  it('has a synchronous twin for the settings file', () => {
    const target = join(dir, 'settings.json');
    writeFileSync(target, '{"a":1}');
    writeFileAtomicSync(target, bytes('{"a":2}'), { keepBackup: true });
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.bak']);
  });
});

describe('reading a picked file', () => {
  it('returns the bytes as an exactly sized Uint8Array', async () => {
    const path = join(dir, 'a.kartta');
    writeFileSync(path, '{"format":"kartta"}');
    const data = await readFileLimited(path, 1024);
    expect(data).toBeInstanceOf(Uint8Array);
    expect(data.byteLength).toBe(data.buffer.byteLength);
    expect(new TextDecoder().decode(data)).toBe('{"format":"kartta"}');
  });

  it('refuses a file over the limit', async () => {
    const path = join(dir, 'big.kartta');
    writeFileSync(path, Buffer.alloc(2048));
    await expect(readFileLimited(path, 1024)).rejects.toBeInstanceOf(TooLargeError);
  });

  it('refuses a folder', async () => {
    await expect(readFileLimited(dir, 1024)).rejects.toThrow();
  });
});
