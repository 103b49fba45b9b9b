import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyCanvas } from '../../../shared/model';
import { generateEcosystem } from '../../../shared/samples';
import { writeContent } from '../../../renderer/store/board-docs';
import { addNote, readCanvas } from '../../../renderer/store/canvas-doc';
import { moveActors, readEcosystem } from '../../../renderer/store/ecosystem-doc';

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
});
