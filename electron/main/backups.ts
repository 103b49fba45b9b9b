// Automatic backups of projects, in main (issue 7): one folder per project under the backups
// folder, one .kartta file per backup named by its time, written atomically, thinned out by a
// rotation that keeps the last 20 and, for 30 days, the last of each day. Plain Node: the
// wiring to IPC and the timer live elsewhere, so this is tested against a temp folder.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const BACKUP_POLICY = { keepLatest: 20, keepDailyDays: 30 } as const;

/** Project ids come from files anyone can write: only these characters become a folder name. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** A backup's file name: its time in UTC, with '-' for ':' (Windows forbids ':' in names). */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.kartta$/;

export interface BackupEntry {
  projectId: string;
  fileName: string;
  savedAt: Date;
  bytes: number;
}

export function backupFileName(savedAt: Date): string {
  return `${savedAt.toISOString().replaceAll(':', '-').replace('.', '-')}.kartta`;
}

function savedAtOf(fileName: string): Date | null {
  const m = BACKUP_NAME.exec(fileName);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

function projectFolder(root: string, projectId: string): string {
  if (!SAFE_ID.test(projectId)) throw new Error('not a project id that can name a backup folder');
  return join(root, projectId);
}

/** Writes one backup of a project, then thins out that project's backups. Returns its file name. */
export async function writeBackup(
  root: string,
  projectId: string,
  data: Uint8Array,
  now = new Date(),
): Promise<string> {
  const folder = projectFolder(root, projectId);
  await mkdir(folder, { recursive: true });
  const fileName = backupFileName(now);
  await writeFileAtomic(join(folder, fileName), data);
  await rotateBackups(folder, now);
  return fileName;
}

/**
 * Which backups rotation keeps: the newest `keepLatest`, and the newest of each day of the last
 * `keepDailyDays` days. Pure, for tests; newest first in, names out.
 */
export function backupsToKeep(saved: readonly { fileName: string; savedAt: Date }[], now: Date): Set<string> {
  const newestFirst = [...saved].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  const keep = new Set(newestFirst.slice(0, BACKUP_POLICY.keepLatest).map((b) => b.fileName));
  const oldest = now.getTime() - BACKUP_POLICY.keepDailyDays * 24 * 60 * 60 * 1000;
  const days = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.savedAt.toISOString().slice(0, 10);
    if (backup.savedAt.getTime() < oldest || days.has(day)) continue;
    days.add(day);
    keep.add(backup.fileName);
  }
  return keep;
}

/** Deletes the backups rotation does not keep; files that are not backups are left alone. */
export async function rotateBackups(folder: string, now = new Date()): Promise<void> {
  const saved = (await readdir(folder)).flatMap((fileName) => {
    const savedAt = savedAtOf(fileName);
    return savedAt ? [{ fileName, savedAt }] : [];
  });
  const keep = backupsToKeep(saved, now);
  await Promise.all(
    saved.filter((b) => !keep.has(b.fileName)).map((b) => rm(join(folder, b.fileName), { force: true })),
  );
}

/** Every backup, newest first, for the "Restore from backup" list. */
export async function listBackups(root: string): Promise<BackupEntry[]> {
  let projects: string[];
  try {
    projects = (await readdir(root)).filter((name) => SAFE_ID.test(name));
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const projectId of projects) {
    const folder = join(root, projectId);
    for (const fileName of await readdir(folder).catch(() => [] as string[])) {
      const savedAt = savedAtOf(fileName);
      if (!savedAt) continue;
      entries.push({ projectId, fileName, savedAt, bytes: (await stat(join(folder, fileName))).size });
    }
  }
  return entries.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
}

/** One backup's bytes; only a backup's own name inside a project's folder is accepted. */
export async function readBackup(root: string, projectId: string, fileName: string): Promise<Uint8Array> {
  if (!savedAtOf(fileName)) throw new Error('not a backup file name');
  return new Uint8Array(await readFile(join(projectFolder(root, projectId), fileName)));
}
