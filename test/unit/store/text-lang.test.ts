// The language of an item's text (issue 12): set and cleared through the store helpers as one undo
// step each, validated, stored only when set, and kept through a save and reload of the document.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { instantiateTemplate, swot } from '../../../shared/templates';
import { instantiatePreset, journeyPreset } from '../../../shared/journey';
import { canvasNoteSchema, type TextLanguage } from '../../../shared/model';
import { asOneStep, createUndoManager, setBoardLocked, writeContent } from '../../../renderer/store/board-docs';
import {
  addNoteToSection,
  readCanvas,
  setNotesLang,
  setNotesLocked,
  updateNote,
} from '../../../renderer/store/canvas-doc';
import { addJourneyNote, readJourney, setTouchpoint, updateJourneyNote } from '../../../renderer/store/journey-doc';
import {
  addActor,
  addRelation,
  readEcosystem,
  updateActor,
  updateRelation,
} from '../../../renderer/store/ecosystem-doc';
import { emptyMapDoc } from './fixtures';

let n = 0;
const makeId = () => `lang-${++n}`;

/** The document as another window (or a reload) reads it: through a Yjs update. */
function reloaded(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function canvas() {
  const doc = new Y.Doc();
  writeContent(doc, 'canvas', instantiateTemplate(swot, 'fi', makeId));
  const undo = createUndoManager(doc);
  const sectionId = readCanvas(doc).sections[0]?.id ?? '';
  const noteId = asOneStep(undo, () => addNoteToSection(doc, sectionId));
  return { doc, undo, noteId, note: () => readCanvas(doc).notes.find((x) => x.id === noteId) };
}

describe('text language of items', () => {
  it('a canvas note: set, undone, redone and cleared, one step each, and kept through a reload', () => {
    const { doc, undo, noteId, note } = canvas();
    expect(note()).not.toHaveProperty('lang');
    asOneStep(undo, () => updateNote(doc, noteId, { text: 'Jag vill söka bygglov på svenska.' }));
    asOneStep(undo, () => setNotesLang(doc, [noteId], 'sv'));
    expect(note()?.lang).toBe('sv');
    expect(readCanvas(reloaded(doc)).notes.find((x) => x.id === noteId)?.lang).toBe('sv');
    undo.undo();
    expect(note()?.lang).toBeUndefined();
    expect(note()?.text).toBe('Jag vill söka bygglov på svenska.');
    undo.redo();
    expect(note()?.lang).toBe('sv');
    asOneStep(undo, () => setNotesLang(doc, [noteId], undefined));
    expect(note()?.lang).toBeUndefined();
    // Cleared reads as absent: the snapshot written to a file has no `lang` key.
    expect(JSON.parse(JSON.stringify(readCanvas(reloaded(doc)))).notes[0]).not.toHaveProperty('lang');
  });

  it('refuses a language Kartta does not offer, and writes nothing', () => {
    const { doc, noteId } = canvas();
    const before = Y.encodeStateVector(doc);
    expect(() => setNotesLang(doc, [noteId], 'de' as TextLanguage)).toThrow(/invalid/);
    expect(() => updateNote(doc, noteId, { lang: 'sv-FI' as TextLanguage })).toThrow(/invalid/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(canvasNoteSchema.safeParse({ ...readCanvas(doc).notes[0], lang: 'xx' }).success).toBe(false);
  });

  it('marks a locked note (a lock keeps it in place, not its words), not a note on a locked board', () => {
    const { doc, noteId, note } = canvas();
    setNotesLocked(doc, [noteId], true);
    setNotesLang(doc, [noteId], 'se');
    expect(note()?.lang).toBe('se');
    setBoardLocked(doc, true);
    expect(() => setNotesLang(doc, [noteId], 'fi')).toThrow(/locked/);
    expect(note()?.lang).toBe('se');
  });

  it('journey notes and touchpoints', () => {
    const doc = new Y.Doc();
    writeContent(doc, 'journey', instantiatePreset(journeyPreset('service-blueprint'), 'fi', makeId));
    const undo = createUndoManager(doc);
    const content = readJourney(doc);
    const stageId = content.stages[0]?.id ?? '';
    const notesLane = content.lanes.find((l) => l.type === 'notes')?.id ?? '';
    const channelsLane = content.lanes.find((l) => l.type === 'channels')?.id ?? '';
    const noteId = asOneStep(undo, () => addJourneyNote(doc, { stageId, laneId: notesLane, text: 'Hej' }));
    expect(readJourney(doc).notes.find((x) => x.id === noteId)).not.toHaveProperty('lang');
    asOneStep(undo, () => updateJourneyNote(doc, noteId, { lang: 'sv' }));
    expect(readJourney(reloaded(doc)).notes.find((x) => x.id === noteId)?.lang).toBe('sv');
    expect(() => updateJourneyNote(doc, noteId, { lang: 'no' as TextLanguage })).toThrow(/invalid/);

    const touchpoint = () => readJourney(doc).touchpoints.find((t) => t.stageId === stageId);
    asOneStep(undo, () => setTouchpoint(doc, stageId, channelsLane, { text: 'Neahttasiidu' }));
    expect(touchpoint()).not.toHaveProperty('lang');
    asOneStep(undo, () => setTouchpoint(doc, stageId, channelsLane, { lang: 'se' }));
    expect(touchpoint()?.lang).toBe('se');
    // Other edits of the cell keep its language.
    asOneStep(undo, () => setTouchpoint(doc, stageId, channelsLane, { text: 'Neahttasiidu ja telefovdna' }));
    expect(touchpoint()?.lang).toBe('se');
    undo.undo();
    undo.undo();
    expect(touchpoint()?.lang).toBeUndefined();
    expect(touchpoint()?.text).toBe('Neahttasiidu');
    expect(() => setTouchpoint(doc, stageId, channelsLane, { lang: 'fr' as TextLanguage })).toThrow();
  });

  it('actors and relation labels', () => {
    const { doc } = emptyMapDoc();
    const a = addActor(doc, { name: 'Sámediggi', type: 'agency', ringId: 'core' });
    const b = addActor(doc, { name: 'Asukkaat', type: 'citizen', ringId: 'direct' });
    const r = addRelation(doc, { from: a, to: b, type: 'service', label: 'Bálvalus' });
    expect(readEcosystem(doc).actors.find((x) => x.id === a)).not.toHaveProperty('lang');
    updateActor(doc, a, { lang: 'se' });
    updateRelation(doc, r, { lang: 'se' });
    const map = readEcosystem(reloaded(doc));
    expect(map.actors.find((x) => x.id === a)?.lang).toBe('se');
    expect(map.relations.find((x) => x.id === r)?.lang).toBe('se');
    expect(() => updateActor(doc, a, { lang: 'sme' as TextLanguage })).toThrow(/invalid/);
    expect(() => updateRelation(doc, r, { lang: 'SE' as TextLanguage })).toThrow(/invalid/);
    updateActor(doc, a, { lang: undefined });
    expect(readEcosystem(doc).actors.find((x) => x.id === a)?.lang).toBeUndefined();
  });
});
