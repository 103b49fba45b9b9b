// Specs for generated canvases and journeys of any size, fed to the same builders the sample uses
// (builders.ts). Sections grow with their notes so a big canvas is spread out as a real one would
// be after a long workshop day, not piled on one spot.
import { channels as allChannels, noteColors } from '../model';
import type { CanvasSpec, JourneySpec, LaneSpec, NoteSpec } from './builders';
import { NOTE_SIZE, SECTION_HEADER } from './layout';
import type { Rng } from './random';
import { CANVAS_KINDS, NOTE_LANES, STAGE_NAMES, TOPICS, noteTags, noteText } from './generate-text';

/** The tag of the notes a voting round was held on. */
export const VOTED_TAG = 'äänestetty';
const GAP = 12;
const PADDING = 16;

function note(rng: Rng, voted: boolean): NoteSpec {
  const tags = noteTags(rng);
  return { text: noteText(rng), tags: voted ? [...tags, VOTED_TAG] : tags };
}

/** A canvas of one of the common templates with `notes` notes spread over its sections. */
export function canvasSpec(notes: number, rng: Rng, votingAt: string | null): CanvasSpec & { title: string } {
  const kind = rng.pick(CANVAS_KINDS);
  const perSection: NoteSpec[][] = kind.sections.map(() => []);
  // A few notes are voted on when the board had a voting round; at least one, so the round has a target.
  for (let i = 0; i < notes; i++) {
    const voted = votingAt !== null && (i === 0 || rng.chance(0.1));
    (perSection[rng.int(0, kind.sections.length - 1)] as NoteSpec[]).push(note(rng, voted));
  }
  const fullest = Math.max(2, ...perSection.map((list) => list.length));
  const slotColumns = Math.ceil(Math.sqrt(fullest * 1.5));
  const slotRows = Math.max(2, Math.ceil(fullest / slotColumns));
  const cell = {
    width: slotColumns * (NOTE_SIZE.width + GAP) - GAP + 2 * PADDING,
    height: SECTION_HEADER + PADDING + slotRows * (NOTE_SIZE.height + GAP) - GAP,
  };
  const columns = kind.sections.length <= 4 ? 2 : 3;
  const rows = Math.ceil(kind.sections.length / columns);
  return {
    title: `${kind.title}: ${rng.pick(TOPICS)}`,
    templateId: kind.templateId,
    grid: {
      columns,
      rows,
      width: columns * cell.width + 24 * (columns - 1),
      height: rows * cell.height + 24 * (rows - 1),
    },
    sections: kind.sections.map((title, i) => ({
      title,
      prompt: `${title}?`,
      color: rng.pick(noteColors),
      notes: perSection[i] as NoteSpec[],
    })),
    ...(votingAt !== null ? { voting: { tag: VOTED_TAG, votesPerParticipant: 3, startedAt: votingAt } } : {}),
  };
}

/** A customer journey or service blueprint with `notes` notes over its stages and notes lanes. */
export function journeySpec(notes: number, rng: Rng): JourneySpec & { title: string } {
  const stages = STAGE_NAMES.slice(0, rng.int(5, STAGE_NAMES.length));
  const noteLanes = NOTE_LANES.slice(0, rng.int(3, NOTE_LANES.length));
  const cells = noteLanes.map(() => stages.map((): NoteSpec[] => []));
  for (let i = 0; i < notes; i++) {
    const lane = cells[rng.int(0, noteLanes.length - 1)] as NoteSpec[][];
    (lane[rng.int(0, stages.length - 1)] as NoteSpec[]).push(note(rng, false));
  }
  const notesLane = (i: number): LaneSpec => {
    const lane = noteLanes[i] as (typeof noteLanes)[number];
    return { title: lane.title, type: 'notes', color: lane.color, cells: cells[i] as NoteSpec[][] };
  };
  const emotion: LaneSpec = {
    title: 'Tunne',
    type: 'emotion',
    cells: stages.map(() => rng.pick([-2, -1, 0, 1, 2] as const)),
  };
  const touchpoints: LaneSpec = {
    title: 'Kosketuspisteet',
    type: 'channels',
    cells: stages.map(() => ({
      channels: rng.shuffle(allChannels).slice(0, rng.int(1, 3)),
      text: rng.chance(0.5) ? 'Verkkosivut ja puhelinneuvonta' : '',
    })),
  };
  const blueprint = rng.chance(0.3);
  return {
    title: `${blueprint ? 'Palvelupiirustus' : 'Asiakaspolku'}: ${rng.pick(TOPICS)}`,
    preset: blueprint ? 'service-blueprint' : 'customer-journey',
    persona: 'Aino, 38',
    stages,
    lanes: [notesLane(0), notesLane(1), emotion, touchpoints, ...noteLanes.slice(2).map((_, i) => notesLane(i + 2))],
  };
}
