import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canvasContentSchema, emptyCanvas } from '../../../shared/model';
import { createUndoManager, writeContent } from '../../../renderer/store/board-docs';
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  addNote,
  addNoteToSection,
  addSection,
  MIN_SECTION,
  removeSection,
  reorderSection,
  updateSection,
  deleteNotes,
  freeSpotIn,
  moveNoteToSection,
  moveNotes,
  moveOnCanvas,
  noteText,
  readCanvas,
  sectionAt,
  updateNote,
} from '../../../renderer/store/canvas-doc';
import { swotDoc } from './fixtures';

describe('canvas document', () => {
  it('adds notes into a section at free, non-overlapping spots inside it', () => {
    const { doc, section } = swotDoc();
    const strengths = section('Strengths');
    const ids = Array.from({ length: 5 }, () => addNoteToSection(doc, strengths.id));
    const notes = readCanvas(doc).notes;
    expect(notes.map((x) => x.id)).toEqual(ids);
    for (const note of notes) {
      expect(note.sectionId).toBe(strengths.id);
      expect(note.x).toBeGreaterThanOrEqual(strengths.x);
      expect(note.x + NOTE_WIDTH).toBeLessThanOrEqual(strengths.x + strengths.width);
      expect(note.y + NOTE_HEIGHT).toBeLessThanOrEqual(strengths.y + strengths.height);
    }
    for (const a of notes)
      for (const b of notes)
        if (a !== b) expect(Math.abs(a.x - b.x) >= NOTE_WIDTH || Math.abs(a.y - b.y) >= NOTE_HEIGHT).toBe(true);
    expect(canvasContentSchema.safeParse(readCanvas(doc)).success).toBe(true);
  });

  it('knows which section holds a note by its centre', () => {
    const { doc, section } = swotDoc();
    const threats = section('Threats');
    const sections = readCanvas(doc).sections;
    expect(sectionAt(sections, threats.x + 10, threats.y + 10)).toBe(threats.id);
    expect(sectionAt(sections, -5000, -5000)).toBeNull();
    const id = addNote(doc, { x: threats.x + 20, y: threats.y + 60, text: 'Kilpailija' });
    expect(readCanvas(doc).notes.find((x) => x.id === id)?.sectionId).toBe(threats.id);
  });

  it('moving notes updates their section; a multi-note drag is one undo step', () => {
    const { doc, undo, section } = swotDoc();
    const a = addNoteToSection(doc, section('Strengths').id);
    const b = addNoteToSection(doc, section('Strengths').id);
    undo.stopCapturing();
    const target = section('Opportunities');
    moveNotes(doc, [
      { id: a, x: target.x + 20, y: target.y + 60 },
      { id: b, x: target.x + 200, y: target.y + 60 },
    ]);
    undo.stopCapturing();
    expect(readCanvas(doc).notes.map((x) => x.sectionId)).toEqual([target.id, target.id]);
    undo.undo();
    expect(readCanvas(doc).notes.map((x) => x.sectionId)).toEqual([section('Strengths').id, section('Strengths').id]);
  });

  it('a moved section carries its notes; notes dragged with it land by the new layout; one undo step', () => {
    const { doc, undo, section } = swotDoc();
    const strengths = section('Strengths');
    const carried = addNoteToSection(doc, strengths.id);
    const dragged = addNoteToSection(doc, strengths.id);
    const elsewhere = addNoteToSection(doc, section('Threats').id);
    undo.stopCapturing();
    const before = readCanvas(doc).notes;
    // The section goes far to the right; one of its notes is dropped back where it was.
    const at = { x: strengths.x + 3000, y: strengths.y + 40 };
    const noteBefore = (id: string) => {
      const found = before.find((x) => x.id === id);
      if (!found) throw new Error(`no note ${id}`);
      return found;
    };
    const draggedBefore = noteBefore(dragged);
    moveOnCanvas(doc, {
      sections: [{ id: strengths.id, ...at }],
      notes: [{ id: dragged, x: draggedBefore.x, y: draggedBefore.y }],
    });
    undo.stopCapturing();
    const after = readCanvas(doc);
    expect(after.sections.find((s) => s.id === strengths.id)).toMatchObject(at);
    const carriedBefore = noteBefore(carried);
    expect(after.notes.find((x) => x.id === carried)).toMatchObject({
      x: carriedBefore.x + 3000,
      y: carriedBefore.y + 40,
      sectionId: strengths.id,
    });
    // The dragged note stays where it was dropped: no longer inside the moved section.
    expect(after.notes.find((x) => x.id === dragged)).toMatchObject({ x: draggedBefore.x, sectionId: null });
    expect(after.notes.find((x) => x.id === elsewhere)).toEqual(before.find((x) => x.id === elsewhere));
    expect(canvasContentSchema.safeParse(after).success).toBe(true);
    undo.undo();
    expect(readCanvas(doc).notes).toEqual(before);
    expect(section('Strengths')).toEqual(strengths);
  });

  it('moves a note to another section at a free spot, edits and deletes it', () => {
    const { doc, undo, section } = swotDoc();
    const id = addNoteToSection(doc, section('Strengths').id);
    updateNote(doc, id, { text: 'Osaava henkilöstö', color: 'green', tags: ['henkilöstö'] });
    moveNoteToSection(doc, id, section('Weaknesses').id);
    const note = readCanvas(doc).notes[0];
    expect(note.sectionId).toBe(section('Weaknesses').id);
    expect(freeSpotIn(section('Weaknesses'), [])).toEqual({ x: note.x, y: note.y });
    expect(noteText(doc, id)).toBe('Osaava henkilöstö');
    undo.stopCapturing();
    deleteNotes(doc, [id]);
    expect(readCanvas(doc).notes).toEqual([]);
    undo.undo();
    expect(readCanvas(doc).notes.map((x) => x.text)).toEqual(['Osaava henkilöstö']);
  });

  it('refuses to add a note to a section that does not exist', () => {
    const { doc } = swotDoc();
    expect(() => addNoteToSection(doc, 'missing')).toThrow(/no section/);
  });

  it('builds a Blank canvas of user sections: add, rename, resize with a minimum, reorder, remove', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'canvas', emptyCanvas());
    const undo = createUndoManager(doc);
    const first = addSection(doc, 'Havainnot');
    const second = addSection(doc, 'Ideat');
    const [a, b] = readCanvas(doc).sections;
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    updateSection(doc, second, { title: 'Ideat ja kokeilut', prompt: 'Mitä voisimme kokeilla?', width: 10 });
    expect(readCanvas(doc).sections[1]).toMatchObject({ title: 'Ideat ja kokeilut', width: MIN_SECTION.width });
    undo.stopCapturing();
    reorderSection(doc, second, -1);
    expect(readCanvas(doc).sections.map((x) => x.id)).toEqual([second, first]);
    undo.stopCapturing();
    const noteId = addNoteToSection(doc, first);
    undo.stopCapturing();
    removeSection(doc, first);
    expect(readCanvas(doc).sections.map((x) => x.id)).toEqual([second]);
    expect(readCanvas(doc).notes.find((x) => x.id === noteId)?.sectionId).toBeNull();
    expect(canvasContentSchema.safeParse(readCanvas(doc)).success).toBe(true);
    undo.undo();
    expect(readCanvas(doc).sections.map((x) => x.id)).toEqual([second, first]);
    expect(readCanvas(doc).notes[0].sectionId).toBe(first);
  });
});
