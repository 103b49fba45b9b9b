// What the figures share in Chromium: the local origin, fresh browser contexts, importing a
// project file through the UI, waiting for a settled frame, and raw IndexedDB reads of the
// app's database (the baselines and the "stored" checks read it without the app's code).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../shared/model';

export interface Session {
  browser: Browser;
  /** e.g. http://127.0.0.1:4300: the app at /, the baseline pages at /bench/. */
  origin: string;
  /** A folder for project files. */
  dir: string;
}

export const VIEWPORT = { width: 1400, height: 900 };

export async function newPage(session: Session): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  // tsx compiles with esbuild's keepNames, which wraps named inner functions of the callbacks we
  // hand to page.evaluate in a __name() helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return { context, page: await context.newPage() };
}

export function writeProjectFile(session: Session, name: string, snapshot: ProjectSnapshot): string {
  const file = join(session.dir, `${name}.kartta`);
  writeFileSync(file, serializeKarttaFile(toKarttaFile(snapshot, 'bench')));
  return file;
}

export const projectHref = (projectId: string) => `#/projects/${encodeURIComponent(projectId)}`;
export const boardHref = (projectId: string, boardId: string) =>
  `${projectHref(projectId)}/boards/${encodeURIComponent(boardId)}`;

/** Loads the app afresh (a new document, so no board stays cached) at the given hash route. */
export async function loadApp(session: Session, page: Page, href = '#/'): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${session.origin}/${href}`);
}

/**
 * Opens a .kartta file through "Open project file…" on the project list, as a user does; resolves
 * with the milliseconds from handing over the file to the project's first board link showing.
 */
export async function importThroughUi(session: Session, page: Page, file: string, firstBoard: string): Promise<number> {
  await loadApp(session, page);
  return openFileOnProjectList(page, file, firstBoard);
}

/** importThroughUi on the project list already shown. */
export async function openFileOnProjectList(page: Page, file: string, firstBoard: string): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  const start = performance.now();
  await (await chooser).setFiles(file);
  await page.getByRole('link', { name: firstBoard, exact: true }).waitFor({ timeout: 300_000 });
  return performance.now() - start;
}

/** Resolves after the next frame has been drawn and the task after it has run. */
export const settle = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );

/** y-dexie keeps each board's Yjs updates in this table, keyed by `i`, indexed by the board id `k`. */
export const UPDATES_TABLE = '$boards.content_updates';

/**
 * Reads a board's row and all its stored Yjs updates straight from IndexedDB (no Dexie, no Yjs,
 * no rendering) and returns the milliseconds it took and the bytes read: the "open a board"
 * baseline.
 */
export function rawBoardRead(page: Page, boardId: string): Promise<{ ms: number; bytes: number; updates: number }> {
  return page.evaluate(
    ([id, table]) =>
      new Promise((done, fail) => {
        const start = performance.now();
        const open = indexedDB.open('kartta');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['boards', table], 'readonly');
          const row = tx.objectStore('boards').get(id);
          const updates = tx.objectStore(table).index('k').getAll(id);
          tx.oncomplete = () => {
            const list = updates.result as { u: Uint8Array }[];
            const bytes = list.reduce((n, u) => n + u.u.byteLength, JSON.stringify(row.result ?? null).length);
            db.close();
            done({ ms: performance.now() - start, bytes, updates: list.length });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [boardId, UPDATES_TABLE] as const,
  );
}
