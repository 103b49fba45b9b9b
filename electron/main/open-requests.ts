import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { OpenedFile } from '../../shared/ipc/contract';
import { readFileLimited, TooLargeError } from './read-limited';

/**
 * .kartta files the OS asks Kartta to open: on the first launch's command line (Windows, Linux),
 * in macOS `open-file` events, and in a second launch's command line. Plain Node with injected
 * reading and sending, so it is tested without Electron; index.ts wires it to the app.
 */

export function isKarttaPath(path: string): boolean {
  return extname(path).toLowerCase() === '.kartta';
}

/**
 * The .kartta paths on a command line, made absolute against the launch's working folder.
 * argv[0] is the executable; flags (Electron's, Chromium's, ours) start with '-' and may come
 * anywhere (a second instance's argv on Windows gets Chromium switches added); when Electron runs
 * an app folder or script (`electron .`, dev and tests) the first plain argument is that app.
 */
export function karttaPathsFromArgv(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string[] {
  const plain = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  const rest = options.defaultApp ? plain.slice(1) : plain;
  return rest.filter(isKarttaPath).map((arg) => resolve(options.cwd, arg));
}

/** Reads one file the OS handed over; never throws: a failure is an error the renderer words. */
export async function readOpenedFile(path: string, limit: number): Promise<OpenedFile> {
  const name = basename(path);
  try {
    // Checked before opening: a FIFO or device named *.kartta would block or never end.
    if (!(await stat(path)).isFile()) return { name, error: 'unreadable' };
    return { name, data: await readFileLimited(path, limit) };
  } catch (error) {
    return { name, error: error instanceof TooLargeError ? 'too-large' : 'unreadable' };
  }
}

export interface OpenRequests {
  /** Reads the .kartta paths (others are ignored) and pushes or queues them; resolves when done. */
  open(paths: readonly string[]): Promise<void>;
  /** The page is ready: it gets what was queued, once, and later files are pushed to it. */
  take(): OpenedFile[];
  /** The page went away (window closed, reloaded): queue again until the next take. */
  detach(): void;
}

export function createOpenRequests(deps: {
  read(path: string): Promise<OpenedFile>;
  /** Pushes files to the page; false when there is no page to push to. */
  send(files: OpenedFile[]): boolean;
}): OpenRequests {
  let queue: OpenedFile[] = [];
  let attached = false;
  // Batches are read one after another, so files reach the page in the order the OS sent them.
  let turn: Promise<void> = Promise.resolve();

  const readSafely = (path: string): Promise<OpenedFile> =>
    deps.read(path).catch((): OpenedFile => ({ name: basename(path), error: 'unreadable' }));

  const deliver = (files: OpenedFile[]): void => {
    if (files.length === 0) return;
    if (attached && deps.send(files)) return;
    queue.push(...files);
  };

  return {
    open(paths) {
      const wanted = paths.filter(isKarttaPath);
      if (wanted.length === 0) return turn;
      turn = turn.then(async () => deliver(await Promise.all(wanted.map(readSafely))));
      return turn;
    },
    take() {
      attached = true;
      const files = queue;
      queue = [];
      return files;
    },
    detach() {
      attached = false;
    },
  };
}
