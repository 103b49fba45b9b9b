import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { journalBoard } from '../../../renderer/store/board-journal';
import { IMPORT, LOCAL, readContent, setItemField, writeContent } from '../../../renderer/store/board-docs';
import { generateEcosystem } from '../../../shared/samples';
import { MemoryStorage } from './fixtures';

// The journal hears updates in Yjs's v2 format (what y-dexie listens to) and keeps them in v1.
describe('the board journal', () => {
  let db: KarttaDB | undefined;
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    db?.close();
    await db?.delete();
  });

  it('keeps local edits only, in a form that restores them on a copy of the board', () => {
    db = createDb(`journal-${Math.random()}`);
    const doc = new Y.Doc();
    writeContent(doc, 'ecosystem', generateEcosystem(6, 6, 2), IMPORT);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const stop = journalBoard(db, 'b1', doc);
    const [first, second] = readContent(doc, 'ecosystem').actors;
    setItemField(doc, 'actors', first.id, 'name', 'Kept');
    doc.transact(() => setItemField(doc, 'actors', second.id, 'name', 'Also kept'), LOCAL);
    stop();
    const journal = localStorage.getItem('kartta.journal.board.b1');
    expect(journal).toBeTruthy();
    const bytes = Uint8Array.from(atob(journal ?? ''), (c) => c.charCodeAt(0));
    Y.applyUpdate(copy, bytes);
    expect(readContent(copy, 'ecosystem')).toEqual(readContent(doc, 'ecosystem'));
  });

  it('leaves content from a file or from storage out', () => {
    db = createDb(`journal-${Math.random()}`);
    const doc = new Y.Doc();
    const stop = journalBoard(db, 'b2', doc);
    writeContent(doc, 'ecosystem', generateEcosystem(3, 3, 2), IMPORT);
    stop();
    expect(localStorage.getItem('kartta.journal.board.b2')).toBeNull();
  });
});
