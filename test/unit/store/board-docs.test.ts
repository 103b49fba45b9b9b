import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  IMPORT,
  addItem,
  createUndoManager,
  docWithContent,
  readContent,
  setItemField,
  writeContent,
} from '../../../renderer/store/board-docs';
import { smallSnapshot } from './fixtures';
import { emptyCanvas } from '../../../shared/model';

describe('board documents', () => {
  it('round-trips the content of every board kind', () => {
    for (const board of smallSnapshot().boards) {
      const doc = docWithContent(board.kind, board.content);
      expect(readContent(doc, board.kind)).toEqual(board.content);
    }
  });

  it('survives encoding to a Yjs update and back (what storage does)', () => {
    const board = smallSnapshot().boards[1];
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(docWithContent(board.kind, board.content)));
    expect(readContent(copy, board.kind)).toEqual(board.content);
  });

  it('refuses to read an empty document as a board', () => {
    const doc = new Y.Doc();
    expect(() => readContent(doc, 'ecosystem')).toThrow();
  });

  it('refuses to read a document whose content breaks the schema', () => {
    const board = smallSnapshot().boards[0];
    const doc = docWithContent(board.kind, board.content);
    setItemField(doc, 'notes', 'n1', 'color', 'ultraviolet');
    expect(() => readContent(doc, 'canvas')).toThrow();
  });

  it('undoes user edits as one step per action and never undoes imported content', () => {
    const board = smallSnapshot().boards[0];
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    writeContent(doc, 'canvas', board.kind === 'canvas' ? board.content : emptyCanvas(), IMPORT);
    expect(undo.canUndo()).toBe(false);

    setItemField(doc, 'notes', 'n1', 'text', 'first edit');
    setItemField(doc, 'notes', 'n1', 'x', 50);
    undo.stopCapturing();
    addItem(doc, 'notes', 'n3', { ...readContent(doc, 'canvas').notes[0], id: 'n3', text: 'new note' });
    undo.stopCapturing();

    expect(readContent(doc, 'canvas').notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    undo.undo();
    expect(readContent(doc, 'canvas').notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    undo.undo();
    const n1 = readContent(doc, 'canvas').notes[0];
    expect([n1.text, n1.x]).toEqual(['Onko lupa tarpeen?', 10]);
    expect(undo.canUndo()).toBe(false);
    undo.redo();
    expect(readContent(doc, 'canvas').notes[0].text).toBe('first edit');
  });
});
