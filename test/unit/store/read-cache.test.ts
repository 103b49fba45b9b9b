import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyCanvas } from '../../../shared/model';
import { generateEcosystem } from '../../../shared/samples';
import {
  LOCAL,
  createUndoManager,
  readContent,
  readContentCached,
  removeItems,
  setItemField,
  writeContent,
} from '../../../renderer/store/board-docs';
import { addNote, readCanvas } from '../../../renderer/store/canvas-doc';
import { deleteActors, moveActors, readEcosystem } from '../../../renderer/store/ecosystem-doc';

// readCanvas and readEcosystem keep their last read until the document's next transaction
// (issue 10: a drop no longer parses the whole board before it writes).
describe('the read of a board document', () => {
  it('is shared until the document changes, then read afresh', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'canvas', emptyCanvas());
    const first = readCanvas(doc);
    expect(readCanvas(doc)).toBe(first);
    const id = addNote(doc, { x: 10, y: 20 });
    const after = readCanvas(doc);
    expect(after).not.toBe(first);
    expect(after.notes.map((n) => n.id)).toEqual([id]);
  });

  it('sees a change made inside a transaction, and any remote update', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'ecosystem', generateEcosystem(5, 5, 1));
    const actor = readEcosystem(doc).actors[0];
    // moveActors reads inside its own work; the read after it must show the move.
    moveActors(doc, [{ id: actor.id, x: actor.x + 1, y: actor.y + 1 }]);
    const moved = readEcosystem(doc).actors.find((a) => a.id === actor.id);
    expect([moved?.x, moved?.y]).not.toEqual([actor.x, actor.y]);
    doc.transact(() => {
      readEcosystem(doc);
      moveActors(doc, [{ id: actor.id, x: 0, y: 0 }]);
    });
    expect(readEcosystem(doc).actors.find((a) => a.id === actor.id)?.x).toBe(0);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = readEcosystem(other);
    moveActors(doc, [{ id: actor.id, x: 40, y: 0 }]);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readEcosystem(other)).not.toBe(before);
    expect(readEcosystem(other).actors.find((a) => a.id === actor.id)?.x).toBe(
      readEcosystem(doc).actors.find((a) => a.id === actor.id)?.x,
    );
  });

  it('validates only what changed, and always equals a full read', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'ecosystem', generateEcosystem(40, 80, 3));
    const undo = createUndoManager(doc);
    const first = readEcosystem(doc);
    const [a, b, c] = first.actors;
    moveActors(doc, [{ id: a.id, x: a.x + 300, y: a.y }]);
    const moved = readEcosystem(doc);
    expect(moved).toEqual(readContent(doc, 'ecosystem'));
    // Untouched actors and relations keep their objects; the moved one is new.
    expect(moved.actors.find((x) => x.id === b.id)).toBe(b);
    expect(moved.relations[0]).toBe(first.relations[0]);
    expect(moved.actors.find((x) => x.id === a.id)).not.toBe(a);

    // A field removed, several items changed in one transaction, a deletion, undo and redo.
    doc.transact(() => {
      setItemField(doc, 'actors', b.id, 'name', 'Renamed');
      setItemField(doc, 'relations', first.relations[1].id, 'label', 'new label');
    }, LOCAL);
    expect(readEcosystem(doc)).toEqual(readContent(doc, 'ecosystem'));
    undo.stopCapturing();
    deleteActors(doc, [c.id]);
    expect(readEcosystem(doc)).toEqual(readContent(doc, 'ecosystem'));
    undo.undo();
    expect(readEcosystem(doc).actors.some((x) => x.id === c.id)).toBe(true);
    expect(readEcosystem(doc)).toEqual(readContent(doc, 'ecosystem'));
    undo.redo();
    expect(readEcosystem(doc)).toEqual(readContent(doc, 'ecosystem'));
    removeItems(doc, 'relations', [first.relations[2].id]);
    expect(readEcosystem(doc)).toEqual(readContent(doc, 'ecosystem'));

    // A remote update (another window, storage) changes an item this document has read.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    readEcosystem(other);
    setItemField(doc, 'actors', b.id, 'organisation', 'Elsewhere');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readEcosystem(other).actors.find((x) => x.id === b.id)?.organisation).toBe('Elsewhere');
    expect(readEcosystem(other)).toEqual(readContent(other, 'ecosystem'));
  });

  it('throws as a full read does when a changed item breaks the schema', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'canvas', emptyCanvas());
    const id = addNote(doc, { x: 10, y: 20 });
    readCanvas(doc);
    setItemField(doc, 'notes', id, 'color', 'ultraviolet');
    expect(() => readContent(doc, 'canvas')).toThrow(/damaged/);
    expect(() => readContentCached(doc, 'canvas')).toThrow(/damaged/);
    setItemField(doc, 'notes', id, 'color', 'blue');
    expect(readCanvas(doc).notes[0]?.color).toBe('blue');
  });
});
