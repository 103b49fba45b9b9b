// Storage faults (issue 7): a full disk or a failing transaction never loses what the user has
// and never leaves half a write. Faults are injected as a Dexie middleware under the real
// database code (fake-indexeddb below it), failing the writes a real quota error would fail.
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { DexieYProvider } from 'y-dexie';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/projects-repo';
import { createBoard } from '../../../renderer/store/boards-repo';
import { buildSnapshot, importSnapshot, readBoard } from '../../../renderer/store/snapshot-io';
import { addNote, readCanvas } from '../../../renderer/store/canvas-doc';
import { isQuotaError } from '../../../renderer/store/save-status';
import { emptyCanvas } from '../../../shared/model';
import { dbName, smallSnapshot } from './fixtures';

/** Which writes fail, and how: set per test. */
let failWrites: ((table: string, request: DBCoreMutateRequest) => Error | null) | null = null;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function faultyDb(name: string): KarttaDB {
  const db = createDb(name);
  db.use({
    stack: 'dbcore',
    name: 'inject-faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        return {
          ...table,
          mutate(request) {
            const error = failWrites?.(tableName, request);
            return error ? Promise.reject(error) : table.mutate(request);
          },
        };
      },
    }),
  });
  return db;
}

let db: KarttaDB | undefined;
afterEach(async () => {
  failWrites = null;
  await db?.delete();
});

describe('storage faults', () => {
  it('a full disk while editing a board: the error says quota, the edit stays in the open document and in a copy made now', async () => {
    db = faultyDb(dbName('faults-quota'));
    const project = await createProject(db, 'Työpaja');
    const boardId = await createBoard(db, project.id, 'canvas', 'Seinä', emptyCanvas());
    const row = await db.boards.get(boardId);
    if (!row) throw new Error('no board');
    const provider = DexieYProvider.load(row.content);
    await provider.whenLoaded;
    const errors: unknown[] = [];
    provider.on('error', (error: unknown) => errors.push(error));

    // y-dexie stores each edit as an update row: from now on those writes fail as on a full disk.
    failWrites = (table) => (table.includes('updates') ? quotaError() : null);
    addNote(row.content, { x: 10, y: 10, text: 'Ei saa kadota' });
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(isQuotaError(errors[0]), String(errors[0])).toBe(true);

    // What the user sees is still there, and "Save a copy" (made from a snapshot) carries it.
    expect(readCanvas(row.content).notes.map((n) => n.text)).toEqual(['Ei saa kadota']);
    const snapshot = await buildSnapshot(db, project.id);
    const board = snapshot.boards.find((b) => b.id === boardId);
    expect(board?.kind === 'canvas' && board.content.notes.map((n) => n.text)).toEqual(['Ei saa kadota']);
    DexieYProvider.release(row.content);

    // The database itself is as it was: another window opening it sees no half-written edit.
    failWrites = null;
    const other = createDb(db.name);
    try {
      const stored = await other.boards.get(boardId);
      if (!stored) throw new Error('board gone');
      const content = await readBoard(stored);
      expect(content.kind === 'canvas' && content.content.notes).toEqual([]);
      expect((await other.projects.get(project.id))?.title).toBe('Työpaja');
    } finally {
      other.close();
    }
  });

  it('a transaction failing halfway through an import writes nothing', async () => {
    db = faultyDb(dbName('faults-import'));
    const before = await createProject(db, 'Ennestään');
    // The project row goes in first; the boards fail after it, inside the same transaction.
    failWrites = (table, request) => (table === 'boards' && request.type === 'add' ? quotaError() : null);
    const snapshot = smallSnapshot();
    expect(snapshot.boards.length).toBeGreaterThan(0);
    const failure = await importSnapshot(db, snapshot).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isQuotaError(failure), String(failure)).toBe(true);
    failWrites = null;
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual([before.id]);
    expect(await db.boards.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('a project write refused for quota is recognised through Dexie’s wrapping, and nothing is stored', async () => {
    db = faultyDb(dbName('faults-project'));
    failWrites = (table) => (table === 'projects' ? quotaError() : null);
    const failure = await createProject(db, 'Ei mahdu').then(
      () => null,
      (error: unknown) => error,
    );
    expect(isQuotaError(failure)).toBe(true);
    failWrites = null;
    expect(await db.projects.count()).toBe(0);
  });
});
