import { open } from 'node:fs/promises';

export class TooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`file is ${size} bytes, the limit is ${limit}`);
  }
}

/** Checks the size on the open handle (not a separate stat), so a file swapped in between cannot slip past. */
export async function readFileLimited(path: string, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > limit) throw new TooLargeError(info.size, limit);
    const data = await handle.readFile();
    if (data.byteLength > limit) throw new TooLargeError(data.byteLength, limit);
    // A fresh, exactly sized buffer: IPC clones a view's whole backing store, not just the view.
    return new Uint8Array(data);
  } finally {
    await handle.close();
  }
}
