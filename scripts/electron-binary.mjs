// Finds an Electron executable without ever requiring the `electron` package: Electron 45 downloads
// its binary on first require, which cannot work offline and must not happen behind the user's back.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * The Electron executable to run: $ELECTRON_PATH if it names a file, else the binary a completed
 * `electron` install left at node_modules/electron/dist/<path.txt>. Null when there is none.
 * @param {string} [root]
 * @returns {string | null}
 */
export function findElectronBinary(root = projectRoot) {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) return isFile(fromEnv) ? resolve(fromEnv) : null;
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!isFile(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', relative);
  return isFile(binary) ? binary : null;
}
