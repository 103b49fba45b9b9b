import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canvasContentSchema, ecosystemContentSchema, isLocked, lockedNoteIds, noteLock } from '../../../shared/model';
import {
  LockedError,
  asOneStep,
  createUndoManager,
  isBoardLocked,
  setBoardLocked,
  writeContent,
} from '../../../renderer/store/board-docs';
import {
  addNoteCopies,
  addNoteToSection,
  addSection,
  deleteNotes,
  moveNoteToSection,
  moveNotes,
  moveOnCanvas,
  readCanvas,
  removeSection,
  setNotesLocked,
  setSectionLocked,
  updateNote,
  updateNotes,
  updateSection,
} from '../../../renderer/store/canvas-doc';
import {
  addActor,
  addActorCopies,
  addRing,
  applyLayout,
  deleteActors,
  moveActors,
  readEcosystem,
  removeRing,
  setActorsLocked,
  updateActor,
} from '../../../renderer/store/ecosystem-doc';
import { castVote, startRound } from '../../../renderer/store/voting-doc';
import {
  addJourneyNote,
  addStage,
  moveJourneyNote,
  readJourney,
  removeLane,
  renameStage,
  setPersona,
  setScore,
  setTouchpoint,
  updateJourneyNote,
} from '../../../renderer/store/journey-doc';
import { instantiatePreset, journeyPreset } from '../../../shared/journey';
import { emptyMapDoc, swotDoc } from './fixtures';

/** The SWOT fixture, and a step: one user action, closed as one undo step. */
function canvas() {
  const fixture = swotDoc();
  const step = (edit: () => void) => {
    edit();
    fixture.undo.stopCapturing();
  };
  return { ...fixture, step };
}

/** Runs an edit that must be refused as locked, and checks that it wrote nothing. */
function refused(doc: Y.Doc, edit: () => unknown, ids?: string[]) {
  const before = Y.encodeStateVector(doc);
  let error: unknown;
  try {
    edit();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LockedError);
  if (ids) expect([...(error as LockedError).ids].sort()).toEqual([...ids].sort());
  expect(Y.encodeStateVector(doc)).toEqual(before);
}

describe('locks on a canvas', () => {
  it('parses older content without locks as unlocked', () => {
    // Absent stays absent (the file is not rewritten) and reads as unlocked.
    const content = canvasContentSchema.parse({ templateId: 'blank', sections: [], notes: [] });
    expect(content).not.toHaveProperty('locked');
    const { doc } = canvas();
    expect(readCanvas(doc).sections.some(isLocked)).toBe(false);
    expect(isBoardLocked(doc)).toBe(false);
  });

  it('locks and unlocks a note, each one undo step', () => {
    const { doc, undo, note, section, step } = canvas();
    const id = addNoteToSection(doc, section('Strengths').id);
    undo.stopCapturing();
    step(() => setNotesLocked(doc, [id], true));
    expect(note(id).locked).toBe(true);
    step(() => setNotesLocked(doc, [id], false));
    expect(note(id).locked).toBe(false);
    undo.undo();
    expect(note(id).locked).toBe(true);
    undo.undo();
    expect(note(id).locked).toBe(false);
    expect(canvasContentSchema.safeParse(readCanvas(doc)).success).toBe(true);
  });

  it('refuses to move, send elsewhere or delete a locked note, and writes nothing', () => {
    const { doc, note, section } = canvas();
    const strengths = section('Strengths');
    const id = addNoteToSection(doc, strengths.id);
    const free = addNoteToSection(doc, strengths.id);
    setNotesLocked(doc, [id], true);
    const at = note(id);
    refused(doc, () => moveNotes(doc, [{ id, x: at.x + 10, y: at.y }]), [id]);
    // A mixed move is refused whole: the editor leaves locked notes out before it asks.
    refused(
      doc,
      () =>
        moveNotes(doc, [
          { id: free, x: 0, y: 0 },
          { id, x: 0, y: 0 },
        ]),
      [id],
    );
    refused(doc, () => moveNoteToSection(doc, id, section('Threats').id), [id]);
    refused(doc, () => updateNote(doc, id, { x: 0 }), [id]);
    refused(doc, () => updateNotes(doc, [id], { sectionId: null }), [id]);
    refused(doc, () => deleteNotes(doc, [free, id]), [id]);
    expect(note(id)).toEqual(at);
    // Its text and colour still change: a lock guards place and existence.
    updateNote(doc, id, { text: 'Korjattu', color: 'blue' });
    expect(note(id)).toMatchObject({ text: 'Korjattu', color: 'blue', x: at.x, y: at.y });
    setNotesLocked(doc, [id], false);
    moveNotes(doc, [{ id, x: at.x + 10, y: at.y }]);
    deleteNotes(doc, [id]);
    expect(readCanvas(doc).notes.map((x) => x.id)).toEqual([free]);
  });

  it('a locked section locks its notes and refuses moves, resizes and removal', () => {
    const { doc, undo, note, section, step } = canvas();
    const strengths = section('Strengths');
    const inside = addNoteToSection(doc, strengths.id);
    undo.stopCapturing();
    step(() => setSectionLocked(doc, strengths.id, true));
    expect(section('Strengths').locked).toBe(true);
    expect(noteLock(note(inside), readCanvas(doc).sections)).toBe('section');
    expect(lockedNoteIds(readCanvas(doc))).toEqual(new Set([inside]));
    refused(doc, () => moveOnCanvas(doc, { notes: [], sections: [{ id: strengths.id, x: 900, y: 900 }] }), [
      strengths.id,
    ]);
    refused(doc, () => updateSection(doc, strengths.id, { width: 900 }), [strengths.id]);
    refused(doc, () => removeSection(doc, strengths.id), [strengths.id]);
    refused(doc, () => moveNotes(doc, [{ id: inside, x: 0, y: 0 }]), [inside]);
    refused(doc, () => deleteNotes(doc, [inside]), [inside]);
    // Its title still changes, and notes still come in (and are then locked with it).
    updateSection(doc, strengths.id, { title: 'Vahvuudet' });
    const added = addNoteToSection(doc, strengths.id);
    expect(lockedNoteIds(readCanvas(doc)).has(added)).toBe(true);
    // Unlocking the note itself does not free it from its section's lock.
    setNotesLocked(doc, [inside], false);
    expect(noteLock(note(inside), readCanvas(doc).sections)).toBe('section');
    undo.stopCapturing();
    step(() => setSectionLocked(doc, strengths.id, false));
    moveOnCanvas(doc, { notes: [], sections: [{ id: strengths.id, x: 900, y: 900 }] });
    expect(section('Vahvuudet')).toMatchObject({ x: 900, y: 900, locked: false });
    undo.stopCapturing();
    undo.undo(); // the move
    undo.undo(); // the unlock
    expect(section('Vahvuudet')).toMatchObject({ x: strengths.x, locked: true });
  });

  it('an unlocked section holding a note locked by itself stays put: it would carry the note', () => {
    const { doc, note, section } = canvas();
    const strengths = section('Strengths');
    const id = addNoteToSection(doc, strengths.id);
    setNotesLocked(doc, [id], true);
    refused(doc, () => moveOnCanvas(doc, { notes: [], sections: [{ id: strengths.id, x: 900, y: 900 }] }), [id]);
    // A resize moves no note, and removing the section leaves the note where it is.
    updateSection(doc, strengths.id, { width: 800 });
    const at = note(id);
    removeSection(doc, strengths.id);
    expect(note(id)).toMatchObject({ x: at.x, y: at.y, sectionId: null, locked: true });
  });

  it('copies of locked notes start unlocked', () => {
    const { doc, note, section } = canvas();
    const id = addNoteToSection(doc, section('Strengths').id);
    setNotesLocked(doc, [id], true);
    const [copy] = addNoteCopies(doc, [note(id)], { x: 2000, y: 2000 });
    expect(note(copy).locked).toBe(false);
  });

  it('a locked board refuses every edit but votes, and unlocking is one undo step', () => {
    const { doc, undo, section, step } = canvas();
    const strengths = section('Strengths');
    const id = addNoteToSection(doc, strengths.id);
    undo.stopCapturing();
    step(() => setBoardLocked(doc, true));
    expect(isBoardLocked(doc)).toBe(true);
    expect(readCanvas(doc).locked).toBe(true);
    refused(doc, () => addNoteToSection(doc, strengths.id));
    refused(doc, () => updateNote(doc, id, { text: 'muutos' }));
    refused(doc, () => deleteNotes(doc, [id]));
    refused(doc, () => addSection(doc, 'Uusi'));
    refused(doc, () => updateSection(doc, strengths.id, { title: 'x' }));
    refused(doc, () => setNotesLocked(doc, [id], true));
    refused(doc, () => setSectionLocked(doc, strengths.id, true));
    // Votes are still cast during a session.
    startRound(doc, readCanvas(doc), 3, true);
    expect(castVote(doc, readCanvas(doc), id, null)).toBe(true);
    expect(readCanvas(doc).votes).toHaveLength(1);
    undo.stopCapturing();
    step(() => setBoardLocked(doc, false));
    expect(isBoardLocked(doc)).toBe(false);
    undo.undo();
    expect(isBoardLocked(doc)).toBe(true);
    undo.redo();
    updateNote(doc, id, { text: 'muutos' });
    expect(readCanvas(doc).notes[0].text).toBe('muutos');
  });
});

describe('locks on an ecosystem map', () => {
  it('refuses to move or delete a locked actor; one undo step each to lock and unlock', () => {
    const { doc } = emptyMapDoc();
    const undo = createUndoManager(doc);
    const a = addActor(doc, { name: 'Asukas', type: 'citizen', ringId: 'core' });
    const b = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'direct' });
    undo.stopCapturing();
    setActorsLocked(doc, [a], true);
    undo.stopCapturing();
    const actor = () => readEcosystem(doc).actors.find((x) => x.id === a);
    const before = actor();
    refused(doc, () => moveActors(doc, [{ id: a, x: 500, y: 0 }]), [a]);
    refused(doc, () => deleteActors(doc, [a, b]), [a]);
    refused(doc, () => updateActor(doc, a, { ringId: 'indirect' }), [a]);
    updateActor(doc, a, { name: 'Asukkaat' });
    expect(actor()).toMatchObject({ x: before?.x, y: before?.y, name: 'Asukkaat' });
    undo.stopCapturing();
    undo.undo();
    undo.undo();
    expect(actor()?.locked).not.toBe(true);
    moveActors(doc, [{ id: a, x: 500, y: 0 }]);
    expect(ecosystemContentSchema.safeParse(readEcosystem(doc)).success).toBe(true);
  });

  it('a layout leaves locked actors in place; removing a ring refuses to move one', () => {
    const { doc } = emptyMapDoc();
    const a = addActor(doc, { name: 'Asukas', type: 'citizen', ringId: 'indirect' });
    const b = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'direct' });
    setActorsLocked(doc, [a], true);
    const before = readEcosystem(doc).actors;
    applyLayout(doc, {
      view: 'flow',
      positions: new Map([
        [a, { x: 1, y: 2 }],
        [b, { x: 3, y: 4 }],
      ]),
    });
    const after = readEcosystem(doc).actors;
    expect(after.find((x) => x.id === a)).toEqual(before.find((x) => x.id === a));
    expect(after.find((x) => x.id === b)).toMatchObject({ x: 3, y: 4 });
    applyLayout(doc, { view: 'rings', ringWidth: 300, positions: new Map() });
    addRing(doc, 'Neljäs');
    // Removing the core ring moves the outer rings' actors in: the locked one refuses.
    refused(doc, () => removeRing(doc, 'core'), [a]);
  });

  it('copies start unlocked; a locked map refuses edits', () => {
    const { doc } = emptyMapDoc();
    const a = addActor(doc, { name: 'Asukas', type: 'citizen', ringId: 'core' });
    setActorsLocked(doc, [a], true);
    const original = readEcosystem(doc).actors[0];
    const [copy] = addActorCopies(doc, { actors: [original], relations: [] }, { x: 40, y: 40 });
    expect(readEcosystem(doc).actors.find((x) => x.id === copy)?.locked).toBe(false);
    setBoardLocked(doc, true);
    refused(doc, () => addActor(doc, { name: 'Uusi', type: 'citizen', ringId: 'core' }));
    refused(doc, () => updateActor(doc, copy, { name: 'x' }));
    refused(doc, () => applyLayout(doc, { view: 'flow', positions: new Map() }));
    refused(doc, () => addRing(doc, 'x'));
    setBoardLocked(doc, false);
    deleteActors(doc, [copy]);
  });
});

describe('a locked journey', () => {
  it('refuses every edit but a note’s votes, and unlocking is one undo step', () => {
    const doc = new Y.Doc();
    let n = 0;
    writeContent(
      doc,
      'journey',
      instantiatePreset(journeyPreset('service-blueprint'), 'fi', () => `j${++n}`),
    );
    const undo = createUndoManager(doc);
    const { stages, lanes } = readJourney(doc);
    const notes = lanes.find((l) => l.type === 'notes');
    const emotion = lanes.find((l) => l.type === 'emotion');
    const channels = lanes.find((l) => l.type === 'channels');
    if (!notes || !emotion || !channels) throw new Error('the blueprint preset changed');
    const [first, second] = stages;
    const id = addJourneyNote(doc, { stageId: first.id, laneId: notes.id, text: 'Hakee lupaa' });
    undo.stopCapturing();
    asOneStep(undo, () => setBoardLocked(doc, true));
    expect(isBoardLocked(doc)).toBe(true);
    refused(doc, () => addJourneyNote(doc, { stageId: first.id, laneId: notes.id }));
    refused(doc, () => updateJourneyNote(doc, id, { text: 'muutos' }));
    refused(doc, () => updateJourneyNote(doc, id, { text: 'muutos', votes: 1 }));
    refused(doc, () => moveJourneyNote(doc, id, { stageId: second.id, laneId: notes.id }));
    refused(doc, () => addStage(doc, 'Uusi'));
    refused(doc, () => renameStage(doc, first.id, 'x'));
    refused(doc, () => removeLane(doc, notes.id));
    refused(doc, () => setScore(doc, first.id, emotion.id, 2));
    refused(doc, () => setTouchpoint(doc, first.id, channels.id, { text: 'verkkosivu' }));
    refused(doc, () => setPersona(doc, 'Maija'));
    // A vote is still cast during a session.
    updateJourneyNote(doc, id, { votes: 2 });
    expect(readJourney(doc).notes[0].votes).toBe(2);
    undo.stopCapturing();
    asOneStep(undo, () => setBoardLocked(doc, false));
    expect(isBoardLocked(doc)).toBe(false);
    updateJourneyNote(doc, id, { text: 'muutos' });
    expect(readJourney(doc).notes[0]).toMatchObject({ text: 'muutos', votes: 2 });
  });
});
