import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<name>.bak` first, so one bad save never loses the last good one. */
  keepBackup?: boolean;
}

export const backupPathOf = (path: string): string => `${path}.bak`;

/** Same folder as the target, so the final rename never crosses file systems (which would not be atomic). */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Temp file, fsync, rename: a crash at any point leaves either the old file or the new one, never half of one. */
export async function writeFileAtomic(path: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup && (await exists(path))) await copyFile(path, backupPathOf(path));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The synchronous twin, for the small settings file: it is written while the app quits, when a
 * pending promise could be cut off by the process exiting.
 */
export function writeFileAtomicSync(path: string, data: Uint8Array, options: AtomicWriteOptions = {}): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < data.byteLength) written += writeSync(fd, data, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.keepBackup && existsSync(path)) copyFileSync(path, backupPathOf(path));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
