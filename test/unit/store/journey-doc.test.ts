import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journeyContentSchema, projectSnapshotSchema, type JourneyContent } from '../../../shared/model';
import { instantiatePreset, journeyPreset } from '../../../shared/journey';
import { asOneStep, createUndoManager, writeContent } from '../../../renderer/store/board-docs';
import {
  addJourneyNote,
  addLane,
  addStage,
  deleteJourneyNote,
  moveJourneyNote,
  moveLane,
  moveStage,
  readJourney,
  removeLane,
  removeStage,
  renameLane,
  renameStage,
  setLaneColor,
  setLaneLine,
  setPersona,
  setPersonaLink,
  setStageSteps,
  setScore,
  setTouchpoint,
  toggleChannel,
  updateJourneyNote,
} from '../../../renderer/store/journey-doc';
import { smallSnapshot } from './fixtures';

function blueprint() {
  const doc = new Y.Doc();
  let n = 0;
  writeContent(
    doc,
    'journey',
    instantiatePreset(journeyPreset('service-blueprint'), 'fi', () => `id${++n}`),
  );
  return { doc, undo: createUndoManager(doc) };
}

const laneId = (content: JourneyContent, title: string) => {
  const lane = content.lanes.find((l) => l.title === title);
  if (!lane) throw new Error(`no lane ${title}`);
  return lane.id;
};
const titles = (list: readonly { title: string }[]) => list.map((x) => x.title);

/** The content is valid and, put in a project, has no dangling references. */
function expectValid(content: JourneyContent) {
  expect(journeyContentSchema.safeParse(content).success).toBe(true);
  const snapshot = smallSnapshot();
  snapshot.boards = [{ id: 'j', kind: 'journey', title: 'J', order: 0, content }];
  const parsed = projectSnapshotSchema.safeParse(snapshot);
  expect(parsed.success, parsed.error?.message).toBe(true);
}

describe('journey document', () => {
  it('adds, renames, moves and removes stages, one undo step each', () => {
    const { doc, undo } = blueprint();
    const first = readJourney(doc).stages[0].id;
    const added = asOneStep(undo, () => addStage(doc, 'Muutoksenhaku'));
    const inserted = asOneStep(undo, () => addStage(doc, 'Neuvonta', 1));
    expect(titles(readJourney(doc).stages)).toEqual([
      'Tarve herää',
      'Neuvonta',
      'Tiedonhaku',
      'Hakeminen',
      'Odottaminen',
      'Päätös',
      'Käyttö',
      'Muutoksenhaku',
    ]);
    asOneStep(undo, () => renameStage(doc, first, 'Tarve'));
    asOneStep(undo, () => moveStage(doc, added, 0));
    expect(titles(readJourney(doc).stages).slice(0, 3)).toEqual(['Muutoksenhaku', 'Tarve', 'Neuvonta']);
    asOneStep(undo, () => removeStage(doc, inserted));
    expect(readJourney(doc).stages).toHaveLength(7);

    undo.undo(); // the removal
    expect(titles(readJourney(doc).stages)[2]).toBe('Neuvonta');
    undo.undo(); // the move
    expect(titles(readJourney(doc).stages).slice(-1)).toEqual(['Muutoksenhaku']);
    undo.undo(); // the rename
    expect(readJourney(doc).stages[0].title).toBe('Tarve herää');
    undo.redo();
    expect(readJourney(doc).stages[0].title).toBe('Tarve');
    expect(() => renameStage(doc, 'nope', 'x')).toThrow(/no stage/);
    expect(() => renameStage(doc, first, 'x'.repeat(501))).toThrow();
  });

  it('removing a stage removes its cells in every lane, in one step that undo brings back whole', () => {
    const { doc, undo } = blueprint();
    const content = readJourney(doc);
    const [apply, wait] = [content.stages[2].id, content.stages[3].id];
    const actions = laneId(content, 'Asiakkaan toiminnot');
    const feelings = laneId(content, 'Asiakkaan tunteet');
    const touch = laneId(content, 'Kosketuspisteet');
    asOneStep(undo, () => addJourneyNote(doc, { stageId: apply, laneId: actions, text: 'Täyttää hakemuksen' }));
    asOneStep(undo, () => addJourneyNote(doc, { stageId: wait, laneId: actions, text: 'Odottaa' }));
    asOneStep(undo, () => setScore(doc, apply, feelings, -1));
    asOneStep(undo, () => setTouchpoint(doc, apply, touch, { channels: ['web'], text: 'Lupapiste' }));
    const before = readJourney(doc);

    asOneStep(undo, () => removeStage(doc, apply));
    const after = readJourney(doc);
    expect(after.stages.map((s) => s.id)).not.toContain(apply);
    expect(after.notes.map((n) => n.text)).toEqual(['Odottaa']);
    expect(after.scores).toEqual([]);
    expect(after.touchpoints).toEqual([]);
    expectValid(after);

    undo.undo();
    expect(readJourney(doc)).toEqual(before);
  });

  it('adds, renames, moves and removes lanes (with their cells), and sets a blueprint line', () => {
    const { doc, undo } = blueprint();
    const stage = readJourney(doc).stages[0].id;
    const ideas = asOneStep(undo, () => addLane(doc, { title: 'Ideat', type: 'notes' }));
    expect(readJourney(doc).lanes.at(-1)).toEqual({
      id: ideas,
      title: 'Ideat',
      type: 'notes',
      lineBelow: null,
      collapsed: false,
      color: null,
    });
    asOneStep(undo, () => addJourneyNote(doc, { stageId: stage, laneId: ideas, text: 'Chatbot' }));
    asOneStep(undo, () => renameLane(doc, ideas, 'Ideat ja mahdollisuudet'));
    asOneStep(undo, () => moveLane(doc, ideas, 0));
    asOneStep(undo, () => setLaneLine(doc, ideas, 'visibility'));
    expect(readJourney(doc).lanes[0]).toMatchObject({ title: 'Ideat ja mahdollisuudet', lineBelow: 'visibility' });
    asOneStep(undo, () => removeLane(doc, ideas));
    expect(readJourney(doc).lanes.map((l) => l.id)).not.toContain(ideas);
    expect(readJourney(doc).notes).toEqual([]);
    undo.undo();
    expect(readJourney(doc).notes.map((n) => n.text)).toEqual(['Chatbot']);
    expect(readJourney(doc).lanes[0].id).toBe(ideas);
    expect(() => addLane(doc, { title: 'x', type: 'sketches' as 'notes' })).toThrow();
  });

  it('adds, edits, moves and deletes notes only in cells of notes lanes', () => {
    const { doc, undo } = blueprint();
    const content = readJourney(doc);
    const [s1, s2] = content.stages.map((s) => s.id);
    const actions = laneId(content, 'Asiakkaan toiminnot');
    const backstage = laneId(content, 'Taustatoiminnot');
    const feelings = laneId(content, 'Asiakkaan tunteet');
    const id = asOneStep(undo, () => addJourneyNote(doc, { stageId: s1, laneId: actions }));
    expect(readJourney(doc).notes).toEqual([
      {
        id,
        stageId: s1,
        laneId: actions,
        text: '',
        color: 'yellow',
        tags: [],
        order: 0,
        authorId: null,
        photoId: null,
        votes: 0,
      },
    ]);
    asOneStep(undo, () => updateJourneyNote(doc, id, { text: 'Soittaa neuvontaan', color: 'pink' }));
    asOneStep(undo, () => moveJourneyNote(doc, id, { stageId: s2, laneId: backstage }));
    expect(readJourney(doc).notes[0]).toMatchObject({ stageId: s2, laneId: backstage, text: 'Soittaa neuvontaan' });
    expect(() => addJourneyNote(doc, { stageId: s1, laneId: feelings })).toThrow(/not notes/);
    expect(() => moveJourneyNote(doc, id, { stageId: 'gone', laneId: actions })).toThrow(/no stage/);
    expect(() => updateJourneyNote(doc, id, { color: 'purple' as 'pink' })).toThrow(/invalid/);
    expectValid(readJourney(doc));
    asOneStep(undo, () => deleteJourneyNote(doc, id));
    expect(readJourney(doc).notes).toEqual([]);
    undo.undo();
    undo.undo();
    expect(readJourney(doc).notes[0]).toMatchObject({ stageId: s1, laneId: actions, color: 'pink' });
  });

  it('keeps notes in order within a cell: new and moved notes go to the bottom', () => {
    const { doc } = blueprint();
    const content = readJourney(doc);
    const [s1, s2] = content.stages.map((s) => s.id);
    const actions = laneId(content, 'Asiakkaan toiminnot');
    const [a, b, c] = ['Ensin', 'Sitten', 'Lopuksi'].map((text) =>
      addJourneyNote(doc, { stageId: s1, laneId: actions, text }),
    );
    const d = addJourneyNote(doc, { stageId: s2, laneId: actions, text: 'Toisessa vaiheessa' });
    const orderOf = (id: string) => readJourney(doc).notes.find((n) => n.id === id)?.order;
    expect([a, b, c].map(orderOf)).toEqual([0, 1, 2]);
    moveJourneyNote(doc, a, { stageId: s2, laneId: actions });
    expect(orderOf(d)).toBe(0);
    expect(orderOf(a)).toBe(1);
  });

  it('sets, changes and clears emotion scores, refusing what is not −2..+2', () => {
    const { doc, undo } = blueprint();
    const content = readJourney(doc);
    const [s1, s2] = content.stages.map((s) => s.id);
    const feelings = laneId(content, 'Asiakkaan tunteet');
    asOneStep(undo, () => setScore(doc, s1, feelings, 1));
    asOneStep(undo, () => setScore(doc, s2, feelings, -2));
    asOneStep(undo, () => setScore(doc, s1, feelings, 2));
    const scores = () =>
      Object.fromEntries(readJourney(doc).scores.map((s) => [s.stageId === s1 ? 's1' : 's2', s.score]));
    expect(scores()).toEqual({ s1: 2, s2: -2 });
    asOneStep(undo, () => setScore(doc, s2, feelings, null));
    expect(scores()).toEqual({ s1: 2 });
    expect(() => setScore(doc, s1, feelings, 3)).toThrow(/refused/);
    expect(() => setScore(doc, s1, feelings, 0.5)).toThrow(/refused/);
    expect(() => setScore(doc, s1, laneId(content, 'Taustatoiminnot'), 1)).toThrow(/not emotion/);
    undo.undo();
    undo.undo();
    expect(scores()).toEqual({ s1: 1, s2: -2 });
  });

  it('sets channels and text of a touchpoint; an empty one is removed', () => {
    const { doc, undo } = blueprint();
    const content = readJourney(doc);
    const s1 = content.stages[0].id;
    const touch = laneId(content, 'Kosketuspisteet');
    asOneStep(undo, () => toggleChannel(doc, s1, touch, 'phone'));
    asOneStep(undo, () => toggleChannel(doc, s1, touch, 'web'));
    asOneStep(undo, () => setTouchpoint(doc, s1, touch, { text: 'Kuntainfo' }));
    expect(readJourney(doc).touchpoints).toEqual([
      { stageId: s1, laneId: touch, channels: ['web', 'phone'], text: 'Kuntainfo' },
    ]);
    asOneStep(undo, () => setTouchpoint(doc, s1, touch, { channels: [], text: '' }));
    expect(readJourney(doc).touchpoints).toEqual([]);
    undo.undo();
    expect(readJourney(doc).touchpoints[0].channels).toEqual(['web', 'phone']);
    undo.undo();
    expect(readJourney(doc).touchpoints[0].text).toBe('');
    expect(() => setTouchpoint(doc, s1, laneId(content, 'Tukiprosessit'), { text: 'x' })).toThrow(/not channels/);
  });

  it('sets the persona', () => {
    const { doc, undo } = blueprint();
    asOneStep(undo, () => setPersona(doc, 'Aino, 67, rantasaunan rakentaja'));
    expect(readJourney(doc).persona).toBe('Aino, 67, rantasaunan rakentaja');
    undo.undo();
    expect(readJourney(doc).persona).toBe('');
  });

  it('links the persona to a board or an actor, and unlinks it, the name following the link', () => {
    const { doc, undo } = blueprint();
    asOneStep(undo, () => setPersonaLink(doc, { boardId: 'map1', actorId: 'a7' }, 'Aino'));
    expect(readJourney(doc)).toMatchObject({ persona: 'Aino', personaRef: { boardId: 'map1', actorId: 'a7' } });
    asOneStep(undo, () => setPersonaLink(doc, null));
    expect(readJourney(doc)).toMatchObject({ persona: 'Aino', personaRef: null });
    undo.undo();
    undo.undo();
    expect(readJourney(doc)).toMatchObject({ persona: '', personaRef: null });
    expect(() => setPersonaLink(doc, { boardId: '', actorId: null })).toThrow();
  });

  it("keeps a stage's steps in order without blanks, and tints a lane", () => {
    const { doc, undo } = blueprint();
    const { stages, lanes } = readJourney(doc);
    asOneStep(undo, () => setStageSteps(doc, stages[0].id, [' Etsii ohjeet ', '', 'Soittaa neuvontaan']));
    expect(readJourney(doc).stages[0].steps).toEqual(['Etsii ohjeet', 'Soittaa neuvontaan']);
    asOneStep(undo, () => setLaneColor(doc, lanes[1].id, 'blue'));
    expect(readJourney(doc).lanes[1].color).toBe('blue');
    expect(() => setLaneColor(doc, lanes[1].id, 'purple' as never)).toThrow();
    undo.undo();
    undo.undo();
    expect(readJourney(doc).stages[0].steps).toEqual([]);
    expect(readJourney(doc).lanes[1].color).toBeNull();
    expectValid(readJourney(doc));
  });

  it('gives journey notes authors, votes and photos; an image lane holds photo notes', () => {
    const { doc, undo } = blueprint();
    const stage = readJourney(doc).stages[0].id;
    const images = asOneStep(undo, () => addLane(doc, { title: 'Kuvat', type: 'images' }));
    const emotion = asOneStep(undo, () => addLane(doc, { title: 'Tunne', type: 'emotion' }));
    const photo = asOneStep(undo, () => addJourneyNote(doc, { stageId: stage, laneId: images, photoId: 'att1' }));
    asOneStep(undo, () => updateJourneyNote(doc, photo, { votes: 3, authorId: 'p1', text: 'Lupahakemus' }));
    expect(readJourney(doc).notes).toEqual([
      expect.objectContaining({ id: photo, laneId: images, photoId: 'att1', votes: 3, authorId: 'p1' }),
    ]);
    expect(() => updateJourneyNote(doc, photo, { votes: -1 })).toThrow();
    expect(() => addJourneyNote(doc, { stageId: stage, laneId: emotion })).toThrow();
    // A photo note moves between image cells only.
    const notesLane = laneId(readJourney(doc), 'Asiakkaan toiminnot');
    expect(() => moveJourneyNote(doc, photo, { stageId: stage, laneId: notesLane })).toThrow();
  });

  it('reads a journey written before lanes had lineBelow', () => {
    const doc = new Y.Doc();
    const old = smallSnapshot().boards.find((b) => b.kind === 'journey')?.content as JourneyContent;
    const lanes = old.lanes.map(({ lineBelow: _, ...rest }) => rest);
    writeContent(doc, 'journey', { ...old, lanes } as unknown as JourneyContent);
    expect(readJourney(doc).lanes.map((l) => l.lineBelow)).toEqual([null, null, null]);
  });
});
