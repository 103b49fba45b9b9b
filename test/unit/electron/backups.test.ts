import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_POLICY,
  backupFileName,
  backupsToKeep,
  listBackups,
  readBackup,
  writeBackup,
} from '../../../electron/main/backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const start = new Date('2026-11-01T08:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kartta-backups-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('writes a backup atomically into the project’s folder and reads it back', async () => {
    const name = await writeBackup(root, 'project-1', bytes('{"format":"kartta"}'), start);
    expect(name).toBe('2026-11-01T08-00-00-000Z.kartta');
    expect(await readdir(join(root, 'project-1'))).toEqual([name]);
    expect(new TextDecoder().decode(await readBackup(root, 'project-1', name))).toBe('{"format":"kartta"}');
    const [entry] = await listBackups(root);
    expect(entry).toMatchObject({ projectId: 'project-1', fileName: name, bytes: 19 });
    expect(entry.savedAt.toISOString()).toBe(start.toISOString());
  });

  it('keeps the latest 20 of a busy day, and no temp files', async () => {
    for (let i = 0; i < 30; i++) await writeBackup(root, 'p', bytes(`v${i}`), new Date(start.getTime() + i * 60_000));
    const files = (await readdir(join(root, 'p'))).sort();
    expect(files).toHaveLength(BACKUP_POLICY.keepLatest);
    expect(files[0]).toBe(backupFileName(new Date(start.getTime() + 10 * 60_000)));
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('keeps the last backup of each day for 30 days, besides the latest 20', () => {
    // Three backups a day for 45 days.
    const saved = Array.from({ length: 45 * 3 }, (_, i) => {
      const savedAt = new Date(start.getTime() + Math.floor(i / 3) * DAY + (i % 3) * HOUR);
      return { fileName: backupFileName(savedAt), savedAt };
    });
    const now = new Date(start.getTime() + 44 * DAY + 3 * HOUR);
    const keep = backupsToKeep(saved, now);
    const days = new Set([...keep].map((name) => name.slice(0, 10)));
    // The last 20 cover about 7 days; the dailies reach back 30 days (the 30-days-ago day's
    // backups were made earlier in that day than now, so they are just out) and no further.
    expect(days.size).toBe(30);
    expect([...keep].sort()[0].slice(0, 10)).toBe(new Date(now.getTime() - 29 * DAY).toISOString().slice(0, 10));
    expect(keep.has(saved.at(-1)?.fileName ?? '')).toBe(true);
    // Of a day older than the latest 20, only its last backup stays.
    const tenDaysAgo = new Date(now.getTime() - 10 * DAY).toISOString().slice(0, 10);
    expect([...keep].filter((name) => name.startsWith(tenDaysAgo))).toEqual([
      saved.filter((b) => b.fileName.startsWith(tenDaysAgo)).at(-1)?.fileName,
    ]);
  });

  it('refuses project ids and file names that could leave the backups folder, and leaves other files alone', async () => {
    await expect(writeBackup(root, '../evil', bytes('x'), start)).rejects.toThrow();
    await expect(writeBackup(root, 'a/b', bytes('x'), start)).rejects.toThrow();
    const name = await writeBackup(root, 'p', bytes('x'), start);
    await expect(readBackup(root, 'p', '../../etc/passwd')).rejects.toThrow();
    await expect(readBackup(root, '..', name)).rejects.toThrow();
    await writeFile(join(root, 'p', 'notes.txt'), 'the user’s own file');
    for (let i = 1; i < 30; i++) await writeBackup(root, 'p', bytes('x'), new Date(start.getTime() + i * 1000));
    expect(await readdir(join(root, 'p'))).toContain('notes.txt');
    expect((await listBackups(root)).every((b) => b.fileName.endsWith('.kartta'))).toBe(true);
  });
});
