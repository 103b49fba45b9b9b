import type * as Y from 'yjs';
import {
  canvasNoteSchema,
  canvasSectionSchema,
  isLocked,
  lockedNoteIds,
  newId,
  type CanvasContent,
  type CanvasNote,
  type CanvasSection,
  type NoteColor,
  type TextLanguage,
} from '../../shared/model';
import {
  LOCAL,
  LockedError,
  addItem,
  appendOrderedItem,
  moveOrderedItem,
  readContentCached,
  readItem,
  readItemField,
  removeItems,
  removeOrderedItem,
  setItemField,
  updateItem,
  updateItems,
  updateOrderedItem,
} from './board-docs';

/** Typed edits of a canvas board's document; every function is one user action (one undo step). */

export const NOTE_WIDTH = 160;
export const NOTE_HEIGHT = 100;
const GAP = 12;

export function readCanvas(doc: Y.Doc): CanvasContent {
  return readContentCached(doc, 'canvas');
}

/** The section whose rectangle holds a note's centre, or null when it lies outside all sections. */
export function sectionAt(sections: readonly CanvasSection[], x: number, y: number): string | null {
  const cx = x + NOTE_WIDTH / 2;
  const cy = y + NOTE_HEIGHT / 2;
  const hit = sections.find((s) => cx >= s.x && cx <= s.x + s.width && cy >= s.y && cy <= s.y + s.height);
  return hit?.id ?? null;
}

/**
 * The first free note-sized spot inside a section, scanning rows below its title; falls back
 * to a slight cascade from the top-left when the section is full.
 */
export function freeSpotIn(section: CanvasSection, notes: readonly CanvasNote[]): { x: number; y: number } {
  const top = section.y + 56;
  const left = section.x + GAP;
  const overlaps = (x: number, y: number) =>
    notes.some((n) => Math.abs(n.x - x) < NOTE_WIDTH && Math.abs(n.y - y) < NOTE_HEIGHT);
  for (let y = top; y + NOTE_HEIGHT <= section.y + section.height - GAP; y += NOTE_HEIGHT + GAP) {
    for (let x = left; x + NOTE_WIDTH <= section.x + section.width - GAP; x += NOTE_WIDTH + GAP) {
      if (!overlaps(x, y)) return { x, y };
    }
  }
  const inSection = notes.filter((n) => n.sectionId === section.id).length;
  return { x: left + (inSection % 8) * 8, y: top + (inSection % 8) * 8 };
}

export function addNote(doc: Y.Doc, fields: Partial<CanvasNote> & Pick<CanvasNote, 'x' | 'y'>): string {
  const id = newId();
  const sections = readCanvas(doc).sections;
  const note: CanvasNote = {
    id,
    sectionId: sectionAt(sections, fields.x, fields.y),
    text: '',
    color: 'yellow',
    tags: [],
    authorId: null,
    ...fields,
    photoId: fields.photoId ?? null,
    locked: fields.locked ?? false,
  };
  addItem(doc, 'notes', id, note);
  return id;
}

/** Adds an empty note at the next free spot of a section. */
export function addNoteToSection(doc: Y.Doc, sectionId: string, color: NoteColor = 'yellow'): string {
  const content = readCanvas(doc);
  const section = content.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId}`);
  return addNote(doc, { ...freeSpotIn(section, content.notes), sectionId, color });
}

export function noteText(doc: Y.Doc, id: string): string {
  const text = readItemField(doc, 'notes', id, 'text');
  return typeof text === 'string' ? text : '';
}

/**
 * Refuses a change that would leave a note invalid: the document is read back strictly, so one
 * bad value written would make the whole board unreadable.
 */
function checkedNotePatch(doc: Y.Doc, id: string, patch: Partial<Omit<CanvasNote, 'id'>>) {
  // One note read from the document, not the whole board: this runs on every keystroke.
  const current = readItem(doc, 'notes', id);
  if (!current || !canvasNoteSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to note ${id}`);
  }
  // Only a move needs the sections (is the note's section locked?); text and colour do not.
  if (('x' in patch || 'y' in patch || 'sectionId' in patch) && lockedNoteIds(readCanvas(doc)).has(id)) {
    throw new LockedError(`note ${id} is locked`, [id]);
  }
  return patch;
}

/** Refuses an edit that would move or delete locked items (nothing is written). */
function refuseLocked(ids: readonly string[], what: string): void {
  if (ids.length > 0) throw new LockedError(`${ids.length} locked ${what} cannot be moved or deleted`, ids);
}

export function updateNote(doc: Y.Doc, id: string, patch: Partial<Omit<CanvasNote, 'id'>>): void {
  updateItem(doc, 'notes', id, checkedNotePatch(doc, id, patch));
}

type Move = { id: string; x: number; y: number };

/**
 * Moves notes to new positions (a drag), recomputing which section each landed in. Like every
 * move and delete here, it throws LockedError and writes nothing when asked to move a locked
 * item; editors leave locked items out before they ask (docs/decisions.md, issue 9).
 */
export function moveNotes(doc: Y.Doc, moves: readonly Move[]): void {
  moveOnCanvas(doc, { notes: moves, sections: [] });
}

/**
 * Moves sections and notes as one step (a section dragged by its title bar or moved by the arrow
 * keys; notes dragged themselves). A moved section carries
 * the notes inside it, as a frame does on a wall; notes moved themselves land in whatever
 * section holds them at the sections' new places.
 */
export function moveOnCanvas(doc: Y.Doc, moves: { notes: readonly Move[]; sections: readonly Move[] }): void {
  const content = readCanvas(doc);
  const locked = lockedNoteIds(content);
  refuseLocked(
    moves.sections.filter((m) => content.sections.some((s) => s.id === m.id && isLocked(s))).map((m) => m.id),
    'sections',
  );
  refuseLocked(
    moves.notes.filter((m) => locked.has(m.id)).map((m) => m.id),
    'notes',
  );
  const movedNotes = new Set(moves.notes.map((m) => m.id));
  const sections = content.sections.map((s) => {
    const move = moves.sections.find((m) => m.id === s.id);
    return move ? { ...s, x: Math.round(move.x), y: Math.round(move.y) } : s;
  });
  const carried = content.notes.flatMap((note) => {
    const before = content.sections.find((s) => s.id === note.sectionId);
    const after = sections.find((s) => s.id === note.sectionId);
    if (movedNotes.has(note.id) || !before || !after || before === after) return [];
    return [{ key: note.id, patch: { x: note.x + after.x - before.x, y: note.y + after.y - before.y } }];
  });
  // A section carries its notes: one locked by itself keeps the section where it is.
  refuseLocked(
    carried.filter((c) => locked.has(c.key)).map((c) => c.key),
    'notes',
  );
  doc.transact(() => {
    for (const s of sections) {
      if (moves.sections.some((m) => m.id === s.id)) updateSection(doc, s.id, { x: s.x, y: s.y });
    }
    updateItems(doc, 'notes', [
      ...carried,
      ...moves.notes.map(({ id, x, y }) => ({
        key: id,
        patch: { x: Math.round(x), y: Math.round(y), sectionId: sectionAt(sections, x, y) },
      })),
    ]);
  }, LOCAL);
}

/** Moves a note into another section, at that section's next free spot. */
export function moveNoteToSection(doc: Y.Doc, id: string, sectionId: string): void {
  const content = readCanvas(doc);
  const section = content.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId}`);
  refuseLocked(lockedNoteIds(content).has(id) ? [id] : [], 'notes');
  const others = content.notes.filter((n) => n.id !== id);
  updateNote(doc, id, { ...freeSpotIn(section, others), sectionId });
}

/** Deletes notes and the votes cast on them, as one undo step (no vote may point at nothing). */
export function deleteNotes(doc: Y.Doc, ids: readonly string[]): void {
  const content = readCanvas(doc);
  const locked = lockedNoteIds(content);
  refuseLocked(
    ids.filter((id) => locked.has(id)),
    'notes',
  );
  const votes = content.votes.filter((v) => ids.includes(v.noteId)).map((v) => v.id);
  doc.transact(() => {
    removeItems(doc, 'notes', ids);
    if (votes.length > 0) removeItems(doc, 'votes', votes);
  }, LOCAL);
}

export const MIN_SECTION = { width: NOTE_WIDTH + 2 * GAP, height: NOTE_HEIGHT + 68 };
/** Far beyond any wall of a workshop room, well inside the model's coordinate limits. */
export const MAX_SECTION = 20_000;
const NEW_SECTION = { width: 400, height: 320 };

/** Adds a section to the right of the existing ones (or at the origin of an empty canvas). */
export function addSection(doc: Y.Doc, title: string): string {
  const { sections } = readCanvas(doc);
  const right = sections.reduce((max, s) => Math.max(max, s.x + s.width), -GAP - 4);
  const top = sections.length > 0 ? Math.min(...sections.map((s) => s.y)) : 0;
  const id = newId();
  const section: CanvasSection = { id, title, prompt: '', x: right + GAP + 4, y: top, ...NEW_SECTION, locked: false };
  appendOrderedItem(doc, 'sections', section);
  return id;
}

export function updateSection(doc: Y.Doc, id: string, patch: Partial<Omit<CanvasSection, 'id'>>): void {
  const clean = { ...patch };
  if (clean.width !== undefined) clean.width = clamp(Math.round(clean.width), MIN_SECTION.width, MAX_SECTION);
  if (clean.height !== undefined) clean.height = clamp(Math.round(clean.height), MIN_SECTION.height, MAX_SECTION);
  const current = readCanvas(doc).sections.find((s) => s.id === id);
  if (!current || !canvasSectionSchema.safeParse({ ...current, ...clean }).success) {
    throw new Error(`refused an invalid change to section ${id}`);
  }
  // Its title and prompt stay editable; its place and size do not.
  const moves = 'x' in clean || 'y' in clean || 'width' in clean || 'height' in clean;
  refuseLocked(moves && isLocked(current) ? [id] : [], 'sections');
  updateOrderedItem(doc, 'sections', id, clean);
}

/** Clamps a value into [min, max]; when max < min (a section smaller than a note), min wins. */
export const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** Moves a section one place earlier or later in the reading order (outline, report, Tab order). */
export function reorderSection(doc: Y.Doc, id: string, direction: -1 | 1): void {
  const index = readCanvas(doc).sections.findIndex((s) => s.id === id);
  moveOrderedItem(doc, 'sections', id, index + direction);
}

/** Removes a section; its notes stay on the canvas, outside every section. */
export function removeSection(doc: Y.Doc, id: string): void {
  const content = readCanvas(doc);
  refuseLocked(content.sections.some((s) => s.id === id && isLocked(s)) ? [id] : [], 'sections');
  const orphans = content.notes.filter((n) => n.sectionId === id);
  doc.transact(() => {
    removeOrderedItem(doc, 'sections', id);
    for (const note of orphans) setItemField(doc, 'notes', note.id, 'sectionId', null);
  }, LOCAL);
}

/**
 * Adds copies of notes (duplicate, paste) with new ids, shifted by an offset; each copy lands in
 * whatever section of this canvas holds it. Returns the new ids. One undo step.
 */
export function addNoteCopies(doc: Y.Doc, notes: readonly CanvasNote[], offset: { x: number; y: number }): string[] {
  const sections = readCanvas(doc).sections;
  const ids: string[] = [];
  doc.transact(() => {
    for (const note of notes) {
      const id = newId();
      const x = note.x + offset.x;
      const y = note.y + offset.y;
      // A copy starts unlocked: the lock belonged to the original's place in a session.
      addItem(doc, 'notes', id, { ...note, id, x, y, sectionId: sectionAt(sections, x, y), locked: false });
      ids.push(id);
    }
  }, LOCAL);
  return ids;
}

/** Applies the same change to many notes (recolour a selection), as one undo step. */
export function updateNotes(doc: Y.Doc, ids: readonly string[], patch: Partial<Omit<CanvasNote, 'id'>>): void {
  updateItems(
    doc,
    'notes',
    ids.map((key) => ({ key, patch: checkedNotePatch(doc, key, patch) })),
  );
}

/** Locks or unlocks notes, as one undo step (a note in a locked section stays locked by it). */
export function setNotesLocked(doc: Y.Doc, ids: readonly string[], locked: boolean): void {
  updateItems(
    doc,
    'notes',
    ids.map((key) => ({ key, patch: { locked } })),
  );
}

/** Locks or unlocks a section, and with it the notes inside it. */
export function setSectionLocked(doc: Y.Doc, id: string, locked: boolean): void {
  updateOrderedItem(doc, 'sections', id, { locked });
}

/**
 * Marks the language of notes' text (undefined: the project's language again), as one undo step;
 * a lock does not stop it, as it does not stop editing the text.
 */
export function setNotesLang(doc: Y.Doc, ids: readonly string[], lang: TextLanguage | undefined): void {
  updateItems(
    doc,
    'notes',
    ids.map((key) => ({ key, patch: checkedNotePatch(doc, key, { lang }) })),
  );
}
