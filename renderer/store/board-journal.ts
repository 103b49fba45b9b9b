import * as Y from 'yjs';
import { DexieYProvider } from 'y-dexie';
import { LOCAL } from './board-docs';
import { fromBase64, toBase64 } from './base64';
import type { KarttaDB } from './db';
import { journalledIds } from './journal-keys';

/**
 * A write-ahead journal for board edits. y-dexie stores each Yjs update in its own background
 * transaction, and a reload or a closed window aborts the ones still running, so the last
 * keystrokes could be lost (PITFALLS.md; an E2E test that typed and reloaded lost them). Every
 * local update is also merged into localStorage at once, and cleared when IndexedDB has
 * committed everything written before it; at start, what is left is applied again.
 */
const PREFIX = 'kartta.journal.board.';
/** y-dexie's own table of updates for `boards.content` (we only ever read from it, to wait). */
const UPDATES_TABLE = '$boards.content_updates';
/** localStorage holds a few MB; a journal beyond this is dropped rather than risking a quota error. */
const MAX_JOURNAL_CHARS = 1_000_000;
const REPLAY = Symbol('kartta-journal-replay');

/**
 * Waits until IndexedDB has committed every write started before this call to the project and
 * board tables and y-dexie's updates (a readonly transaction waits for earlier readwrite ones
 * over the same tables).
 */
export function afterEarlierWrites(db: KarttaDB): Promise<void> {
  return db.transaction('r', [db.projects, db.boards, db.table(UPDATES_TABLE)], () => undefined);
}

/** Journals the local edits of one open board document; returns the function that stops it. */
export function journalBoard(db: KarttaDB, boardId: string, doc: Y.Doc): () => void {
  const key = PREFIX + boardId;
  let pending: Uint8Array[] = [];
  let generation = 0;
  // Told in format v2, which y-dexie has encoded anyway: listening to v1 updates would encode every
  // transaction a second time, the load of a whole board too (~100 ms at 2,000 actors: issue 10).
  // The journal itself stays in v1.
  const onUpdate = (updateV2: Uint8Array, origin: unknown) => {
    // User edits, and undo/redo of them (the undo manager is their origin).
    if (origin !== LOCAL && !(origin instanceof Y.UndoManager)) return;
    const update = Y.convertUpdateFormatV2ToV1(updateV2);
    pending.push(update);
    const mine = ++generation;
    try {
      const text = toBase64(pending.length > 1 ? Y.mergeUpdates(pending) : update);
      if (text.length <= MAX_JOURNAL_CHARS) localStorage.setItem(key, text);
    } catch {
      // A full localStorage must not block editing; the journal is a safety net only.
    }
    // A macrotask later, so y-dexie's write for this update has been started first.
    setTimeout(() => {
      void afterEarlierWrites(db).then(() => {
        if (generation !== mine) return;
        pending = [];
        localStorage.removeItem(key);
      });
    }, 0);
  };
  doc.on('updateV2', onUpdate);
  return () => doc.off('updateV2', onUpdate);
}

/** At start: applies journalled edits that never reached IndexedDB. Returns how many boards. */
export async function replayBoardJournals(db: KarttaDB): Promise<number> {
  let replayed = 0;
  for (const boardId of journalledIds(PREFIX)) {
    const key = PREFIX + boardId;
    const row = await db.boards.get(boardId);
    const text = localStorage.getItem(key) ?? '';
    if (row && text.length <= MAX_JOURNAL_CHARS) {
      const provider = DexieYProvider.load(row.content);
      try {
        await provider.whenLoaded;
        // Our own bytes, bounded in size; Yjs skips what the stored document already has.
        Y.applyUpdate(row.content, fromBase64(text), REPLAY);
        replayed++;
      } catch {
        // A damaged journal is dropped: the stored document stays as it was.
      } finally {
        DexieYProvider.release(row.content);
      }
    }
    await afterEarlierWrites(db);
    localStorage.removeItem(key);
  }
  return replayed;
}
