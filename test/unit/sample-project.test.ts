// The committed sample (resources/samples) must be exactly what the seeded builder makes, must open
// in the app (restore), and must keep the size DESIGN.md asks for.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actorTypes,
  danglingReferences,
  relationTypes,
  restore,
  type Board,
  type BoardOf,
  type ProjectSnapshot,
} from '../../shared/model';
import { buildSampleFileText, buildSampleProject, NOTE_SIZE, SAMPLE_FILE_NAME } from '../../shared/samples';

const committedPath = fileURLToPath(new URL(`../../resources/samples/${SAMPLE_FILE_NAME}`, import.meta.url));
const REGENERATE = `resources/samples/${SAMPLE_FILE_NAME} is out of date with shared/samples: run \`npm run sample\` and commit the result.`;

const sample = buildSampleProject();
const boardsOf = <K extends Board['kind']>(snapshot: ProjectSnapshot, kind: K) =>
  snapshot.boards.filter((b): b is BoardOf<K> => b.kind === kind);
const filledCells = (board: BoardOf<'journey'>) =>
  new Set(
    [...board.content.notes, ...board.content.scores, ...board.content.touchpoints].map(
      (c) => `${c.stageId}|${c.laneId}`,
    ),
  ).size;
/** Every item id of a board, in one list, to check they are unique within the board. */
const itemIds = (board: Board): string[] => {
  switch (board.kind) {
    case 'canvas':
      return [...board.content.sections, ...board.content.notes].map((i) => i.id);
    case 'ecosystem':
      return [...board.content.rings, ...board.content.actors, ...board.content.relations].map((i) => i.id);
    case 'journey':
      return [...board.content.stages, ...board.content.lanes, ...board.content.notes].map((i) => i.id);
  }
};
/** All text a user typed in the snapshot, for the language checks. */
const allText = JSON.stringify(sample);

describe('sample project', () => {
  it('matches the committed file byte for byte', () => {
    let committed: string;
    try {
      committed = readFileSync(committedPath, 'utf8');
    } catch {
      expect.fail(`${committedPath} is missing. ${REGENERATE}`);
    }
    if (committed !== buildSampleFileText()) expect.fail(REGENERATE);
  });

  it('is deterministic: two builds give the same output', () => {
    expect(buildSampleFileText()).toBe(buildSampleFileText());
    expect(buildSampleProject()).toEqual(sample);
  });

  it('opens through restore() without losing anything', () => {
    const text = buildSampleFileText();
    const result = restore(text);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.file).toEqual(JSON.parse(text));
    expect(result.file.snapshot).toEqual(sample);
  });

  it('has the size DESIGN.md asks for', () => {
    const canvases = boardsOf(sample, 'canvas');
    expect(canvases.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...canvases.map((c) => c.content.notes.length))).toBeGreaterThanOrEqual(25);
    const maps = boardsOf(sample, 'ecosystem');
    expect(maps.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...maps.map((m) => m.content.actors.length))).toBeGreaterThanOrEqual(30);
    expect(Math.max(...maps.map((m) => m.content.relations.length))).toBeGreaterThanOrEqual(40);
    const journeys = boardsOf(sample, 'journey');
    expect(journeys.map((j) => j.content.preset).sort()).toEqual(['customer-journey', 'service-blueprint']);
    for (const journey of journeys) expect(filledCells(journey)).toBeGreaterThanOrEqual(20);
    const participants = sample.project.participants;
    expect(participants.length).toBeGreaterThanOrEqual(6);
    expect(participants.length).toBeLessThanOrEqual(8);
    expect(sample.project.facilitators).toHaveLength(2);
  });

  it('uses every actor type and relation type, and has two-way relations', () => {
    const map = boardsOf(sample, 'ecosystem')[0] as BoardOf<'ecosystem'>;
    expect(new Set(map.content.actors.map((a) => a.type))).toEqual(new Set(actorTypes));
    expect(new Set(map.content.relations.map((r) => r.type))).toEqual(new Set(relationTypes));
    expect(map.content.relations.some((r) => !r.directed)).toBe(true);
    expect(map.content.rings).toHaveLength(3);
  });

  it('has no dangling or duplicate references', () => {
    for (const board of sample.boards) {
      expect(danglingReferences(board), board.id).toEqual([]);
      const ids = itemIds(board);
      expect(new Set(ids).size, `duplicate item id in ${board.id}`).toBe(ids.length);
    }
    const boardIds = sample.boards.map((b) => b.id);
    expect(new Set(boardIds).size).toBe(boardIds.length);
    const participantIds = new Set(sample.project.participants.map((p) => p.id));
    expect(participantIds.size).toBe(sample.project.participants.length);
    for (const canvas of boardsOf(sample, 'canvas')) {
      for (const note of canvas.content.notes) {
        expect(note.sectionId, `${canvas.id}/${note.id} lies outside every section`).not.toBeNull();
        if (note.authorId !== null) expect(participantIds.has(note.authorId), note.id).toBe(true);
      }
    }
  });

  it('orders boards of each kind from 0', () => {
    for (const kind of ['canvas', 'ecosystem', 'journey'] as const) {
      const orders = boardsOf(sample, kind).map((b) => b.order);
      expect(orders).toEqual(orders.map((_, i) => i));
    }
  });

  it('lays canvas notes wholly inside their section', () => {
    for (const canvas of boardsOf(sample, 'canvas')) {
      const sections = new Map(canvas.content.sections.map((s) => [s.id, s]));
      for (const note of canvas.content.notes) {
        const s = sections.get(note.sectionId ?? '');
        expect(s, note.id).toBeDefined();
        if (!s) continue;
        expect(note.x).toBeGreaterThanOrEqual(s.x);
        expect(note.y).toBeGreaterThanOrEqual(s.y);
        expect(note.x + NOTE_SIZE.width).toBeLessThanOrEqual(s.x + s.width);
        expect(note.y + NOTE_SIZE.height).toBeLessThanOrEqual(s.y + s.height);
      }
    }
  });

  it('lays ecosystem actors on rings growing outwards', () => {
    const map = boardsOf(sample, 'ecosystem')[0] as BoardOf<'ecosystem'>;
    const xs = map.content.actors.map((a) => a.x);
    const ys = map.content.actors.map((a) => a.y);
    const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    const radii = map.content.rings.map((ring) => {
      const onRing = map.content.actors.filter((a) => a.ringId === ring.id);
      expect(onRing.length, ring.name).toBeGreaterThan(0);
      return onRing.map((a) => Math.hypot(a.x - centre.x, a.y - centre.y));
    });
    for (let i = 1; i < radii.length; i++) {
      expect(Math.min(...(radii[i] as number[]))).toBeGreaterThan(Math.max(...(radii[i - 1] as number[])));
    }
  });

  it('puts each journey cell in a lane of the right type', () => {
    for (const journey of boardsOf(sample, 'journey')) {
      const laneType = new Map(journey.content.lanes.map((l) => [l.id, l.type]));
      // Notes sit in notes lanes; an image lane's items are notes with a photo.
      for (const n of journey.content.notes) {
        expect(laneType.get(n.laneId)).toBe(n.photoId && laneType.get(n.laneId) === 'images' ? 'images' : 'notes');
      }
      for (const s of journey.content.scores) expect(laneType.get(s.laneId)).toBe('emotion');
      for (const t of journey.content.touchpoints) expect(laneType.get(t.laneId)).toBe('channels');
      const single = [...journey.content.scores, ...journey.content.touchpoints].map((c) => `${c.stageId}|${c.laneId}`);
      expect(new Set(single).size).toBe(single.length);
    }
  });

  it('is mostly Finnish with some Swedish', () => {
    expect(allText).toMatch(/ä/);
    expect(allText).toMatch(/ö/);
    expect(allText).toContain('på svenska');
    expect(allText).toContain('bygglov');
    expect(allText).not.toMatch(/lorem|ipsum/i);
  });
});
