import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpenRequests,
  isKarttaPath,
  karttaPathsFromArgv,
  readOpenedFile,
} from '../../../electron/main/open-requests';
import { openedFilesSchema, type OpenedFile } from '../../../shared/ipc/contract';

let dir: string;
const LIMIT = 64;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kartta-open-'));
  writeFileSync(path('a.kartta'), '{"a":1}');
  writeFileSync(path('B.KARTTA'), '{"b":2}');
  writeFileSync(path('notes.txt'), 'text');
  writeFileSync(path('big.kartta'), 'x'.repeat(LIMIT + 1));
  mkdirSync(path('folder.kartta'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (file: OpenedFile | undefined) =>
  file && 'data' in file ? new TextDecoder().decode(file.data) : `error:${file && 'error' in file ? file.error : '?'}`;

describe('karttaPathsFromArgv', () => {
  const cwd = resolve('/home/user/work');

  it('takes .kartta paths from a packaged app’s command line, any case', () => {
    expect(
      karttaPathsFromArgv(['/opt/Kartta/kartta', '/tmp/a.kartta', '/tmp/B.Kartta'], { defaultApp: false, cwd }),
    ).toEqual([resolve('/tmp/a.kartta'), resolve('/tmp/B.Kartta')]);
  });

  it('skips the executable, flags anywhere and other files', () => {
    const argv = [
      'C:\\Program Files\\Kartta\\Kartta.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13371337',
      '--user-data-dir=/tmp/profile.kartta',
      '-psn_0_12345',
      'report.pdf',
      'project.kartta',
      'kartta',
    ];
    expect(karttaPathsFromArgv(argv, { defaultApp: false, cwd })).toEqual([resolve(cwd, 'project.kartta')]);
  });

  it('skips the app path in dev (`electron .`), also when flags come first', () => {
    expect(karttaPathsFromArgv(['electron', '.', 'x.kartta'], { defaultApp: true, cwd })).toEqual([
      resolve(cwd, 'x.kartta'),
    ]);
    expect(
      karttaPathsFromArgv(['electron', '--inspect=0', 'out/main/index.js', '--user-data-dir=/p', '/d/y.kartta'], {
        defaultApp: true,
        cwd,
      }),
    ).toEqual([resolve('/d/y.kartta')]);
    // An app path that itself looks like a project file is still the app path.
    expect(karttaPathsFromArgv(['electron', 'app.kartta'], { defaultApp: true, cwd })).toEqual([]);
  });

  it('finds nothing on a plain launch', () => {
    expect(karttaPathsFromArgv(['/opt/Kartta/kartta'], { defaultApp: false, cwd })).toEqual([]);
    expect(karttaPathsFromArgv([], { defaultApp: false, cwd })).toEqual([]);
  });

  it('knows a .kartta name only by its extension', () => {
    expect([
      isKarttaPath('a.kartta'),
      isKarttaPath('A.KaRtTa'),
      isKarttaPath('.kartta'),
      isKarttaPath('a.kartta.txt'),
    ]).toEqual([true, true, false, false]);
  });
});

describe('readOpenedFile', () => {
  it('reads a regular file and gives its bare name, not its path', async () => {
    const file = await readOpenedFile(path('a.kartta'), LIMIT);
    expect(file).toMatchObject({ name: 'a.kartta' });
    expect(text(file)).toBe('{"a":1}');
  });

  it('refuses folders, missing files and oversized files with an error, without throwing', async () => {
    expect(await readOpenedFile(path('folder.kartta'), LIMIT)).toEqual({ name: 'folder.kartta', error: 'unreadable' });
    expect(await readOpenedFile(path('gone.kartta'), LIMIT)).toEqual({ name: 'gone.kartta', error: 'unreadable' });
    expect(await readOpenedFile(path('big.kartta'), LIMIT)).toEqual({ name: 'big.kartta', error: 'too-large' });
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without opening it (it would block)', async () => {
    execFileSync('mkfifo', [path('pipe.kartta')]);
    expect(await readOpenedFile(path('pipe.kartta'), LIMIT)).toEqual({ name: 'pipe.kartta', error: 'unreadable' });
  });
});

function setup() {
  const sent: OpenedFile[][] = [];
  let page = true;
  const requests = createOpenRequests({
    read: (p) => readOpenedFile(p, LIMIT),
    send: (files) => {
      if (!page) return false;
      sent.push(files);
      return true;
    },
  });
  return { requests, sent, closePage: () => (page = false) };
}

describe('createOpenRequests', () => {
  it('queues files until the page takes them, once, then pushes later ones', async () => {
    const { requests, sent } = setup();
    await requests.open([path('a.kartta')]);
    await requests.open([path('B.KARTTA')]);
    expect(sent).toEqual([]);
    expect(requests.take().map(text)).toEqual(['{"a":1}', '{"b":2}']);
    expect(requests.take()).toEqual([]);
    await requests.open([path('a.kartta')]);
    expect(sent.map((files) => files.map(text))).toEqual([['{"a":1}']]);
  });

  it('ignores other extensions, and refuses folders, missing and oversized .kartta files with errors', async () => {
    const { requests } = setup();
    await requests.open([path('notes.txt'), dir, path('folder.kartta'), path('gone.kartta'), path('big.kartta')]);
    expect(requests.take()).toEqual([
      { name: 'folder.kartta', error: 'unreadable' },
      { name: 'gone.kartta', error: 'unreadable' },
      { name: 'big.kartta', error: 'too-large' },
    ]);
  });

  it('keeps the order the OS sent the files in', async () => {
    const { requests } = setup();
    const reads: Promise<void>[] = [];
    for (const name of ['a.kartta', 'B.KARTTA', 'gone.kartta', 'a.kartta']) reads.push(requests.open([path(name)]));
    await Promise.all(reads);
    expect(requests.take().map(text)).toEqual(['{"a":1}', '{"b":2}', 'error:unreadable', '{"a":1}']);
  });

  it('queues again once the page is gone, until a new page takes them', async () => {
    const { requests, sent, closePage } = setup();
    requests.take();
    closePage();
    await requests.open([path('a.kartta')]); // send fails: the window is gone
    requests.detach();
    await requests.open([path('B.KARTTA')]); // detached: not even tried
    expect(sent).toEqual([]);
    expect(requests.take().map(text)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('turns a failing reader into an unreadable error', async () => {
    const requests = createOpenRequests({ read: () => Promise.reject(new Error('EACCES')), send: () => true });
    await requests.open([join('/somewhere', 'locked.kartta')]);
    expect(requests.take()).toEqual([{ name: 'locked.kartta', error: 'unreadable' }]);
  });

  it('hands over only what the contract allows: bare names, bytes or an error code', async () => {
    const { requests, sent } = setup();
    await requests.open([path('a.kartta'), path('big.kartta')]);
    const taken = { files: requests.take() };
    expect(openedFilesSchema.safeParse(taken).success).toBe(true);
    await requests.open([path('B.KARTTA'), path('gone.kartta')]);
    for (const files of sent) expect(openedFilesSchema.safeParse({ files }).success).toBe(true);
    expect(JSON.stringify(taken)).not.toContain(dir);
  });
});
