import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyCanvas, danglingReferences } from '../../../shared/model';
import { createUndoManager, writeContent } from '../../../renderer/store/board-docs';
import { addNote, deleteNotes, readCanvas } from '../../../renderer/store/canvas-doc';
import {
  castVote,
  closeRound,
  currentRound,
  retractVote,
  startRound,
  voteTotals,
  votesLeft,
} from '../../../renderer/store/voting-doc';

function setup() {
  const doc = new Y.Doc();
  writeContent(doc, 'canvas', emptyCanvas());
  const a = addNote(doc, { x: 0, y: 0, text: 'A' });
  const b = addNote(doc, { x: 200, y: 0, text: 'B' });
  return { doc, a, b, undo: createUndoManager(doc) };
}

describe('dot voting', () => {
  it('counts votes per participant within the round limit', () => {
    const { doc, a, b } = setup();
    const round = startRound(doc, readCanvas(doc), 2, false);
    expect(castVote(doc, readCanvas(doc), a, 'aino')).toBe(true);
    expect(castVote(doc, readCanvas(doc), a, 'aino')).toBe(true);
    expect(castVote(doc, readCanvas(doc), b, 'aino')).toBe(false); // no votes left
    expect(castVote(doc, readCanvas(doc), b, 'ulla')).toBe(true);
    const content = readCanvas(doc);
    const open = currentRound(content);
    expect(open?.id).toBe(round);
    if (!open) throw new Error('no round');
    expect(votesLeft(content, open, 'aino')).toBe(0);
    expect(votesLeft(content, open, 'ulla')).toBe(1);
    expect(Object.fromEntries(voteTotals(content, round))).toEqual({ [a]: 2, [b]: 1 });
  });

  it('takes back a vote, refuses a second open round, and keeps results after closing', () => {
    const { doc, a } = setup();
    const round = startRound(doc, readCanvas(doc), 3, true);
    expect(() => startRound(doc, readCanvas(doc), 3, true)).toThrow(/already open/);
    castVote(doc, readCanvas(doc), a, null);
    castVote(doc, readCanvas(doc), a, null);
    expect(retractVote(doc, readCanvas(doc), a, null)).toBe(true);
    closeRound(doc, round);
    const content = readCanvas(doc);
    expect(castVote(doc, content, a, null)).toBe(false); // closed
    expect(currentRound(content)?.status).toBe('closed');
    expect(voteTotals(content, round).get(a)).toBe(1);
  });

  it('deleting a note deletes its votes in the same undo step, leaving no dangling vote', () => {
    const { doc, a, undo } = setup();
    startRound(doc, readCanvas(doc), 3, false);
    castVote(doc, readCanvas(doc), a, 'aino');
    undo.stopCapturing();
    deleteNotes(doc, [a]);
    const board = { id: 'b', kind: 'canvas' as const, title: '', order: 0, content: readCanvas(doc) };
    expect(board.content.votes).toEqual([]);
    expect(danglingReferences(board)).toEqual([]);
    undo.undo();
    expect(readCanvas(doc).votes).toHaveLength(1);
  });

  it('a named round refuses a vote without a voter; an anonymous round pools N votes per participant', () => {
    const { doc, a } = setup();
    const named = startRound(doc, readCanvas(doc), 1, false);
    expect(castVote(doc, readCanvas(doc), a, null)).toBe(false);
    closeRound(doc, named);
    startRound(doc, readCanvas(doc), 2, true);
    expect(castVote(doc, readCanvas(doc), a, 'aino')).toBe(false); // anonymous: no names
    for (let i = 0; i < 6; i++) expect(castVote(doc, readCanvas(doc), a, null, 3)).toBe(true);
    expect(castVote(doc, readCanvas(doc), a, null, 3)).toBe(false);
  });
});
