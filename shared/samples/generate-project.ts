// Seeded projects of sizes S, M and L for benchmarks and scale tests (issue 10). L is the size a
// long regional co-design project reaches: 50 boards, one ecosystem map of 2,000 actors and 4,000
// relations, canvases and journeys with 5,000 notes between them, photos on some notes. S and M
// are the same project scaled down. Everything is a pure function of the size and the seed.
import type { Attachment, Board, BoardKind, BoardOf, CanvasNote, JourneyNote, ProjectSnapshot } from '../model';
import { buildCanvas, buildJourney, type BuildContext } from './builders';
import { canvasSpec, journeySpec } from './generate-boards';
import { generateEcosystem } from './generate-map';
import { generatePhoto } from './generate-photo';
import { participants } from './generate-text';
import { createRng, uuidIds, type Rng } from './random';

export type ProjectSize = 'S' | 'M' | 'L';

export interface ProjectSizeSpec {
  /** All boards: one ecosystem map, the rest canvases (60 %) and journeys. */
  boards: number;
  actors: number;
  relations: number;
  /** Notes on all canvases and journeys together. */
  notes: number;
  /** Notes that carry a photo (one attachment each). */
  photos: number;
  participants: number;
}

export const PROJECT_SIZES: Readonly<Record<ProjectSize, ProjectSizeSpec>> = {
  S: { boards: 5, actors: 100, relations: 200, notes: 250, photos: 2, participants: 12 },
  M: { boards: 15, actors: 500, relations: 1000, notes: 1250, photos: 6, participants: 30 },
  L: { boards: 50, actors: 2000, relations: 4000, notes: 5000, photos: 20, participants: 100 },
};

/** Fixed times, so a generated project is the same on every run. */
const CREATED_AT = '2026-02-02T08:00:00.000Z';
const UPDATED_AT = '2026-06-12T15:30:00.000Z';
const VOTED_AT = '2026-03-10T12:00:00.000Z';
const PHOTO_SIZE = { width: 200, height: 150 };

/** Splits `total` into whole parts in proportion to `weights` (largest remainders), summing to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = (order[k % order.length] as (typeof order)[number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

function context(rng: Rng, name: string, people: ReadonlyMap<string, string>): BuildContext {
  return { rng: rng.fork(name), people, authoredShare: 0.6, ids: () => uuidIds(rng.fork(`${name}/ids`)) };
}

function projectOverview(size: ProjectSize, rng: Rng, ids: ReturnType<typeof uuidIds>): ProjectSnapshot['project'] {
  return {
    id: ids.next('project'),
    title: `Alueellinen palvelumuotoiluhanke (${size})`,
    organisation: 'Pohjanmaan hyvinvointialue',
    goal: 'Yhteinen kuva alueen palveluista: asukkaiden polut, toimijaverkosto ja kehittämisideat.',
    startDate: '2026-02-02',
    endDate: '2026-06-12',
    facilitators: ['Leena Koivisto', 'Juha Nieminen'],
    participants: participants(PROJECT_SIZES[size].participants, rng.fork('people'), () => ids.next('participant')),
    createdAt: CREATED_AT,
    updatedAt: UPDATED_AT,
  };
}

/** Puts photos on `count` notes picked at random, one attachment each. */
function attachPhotos(boards: readonly Board[], count: number, rng: Rng): Attachment[] {
  const notes = boards.flatMap((b): (CanvasNote | JourneyNote)[] =>
    b.kind === 'canvas' || b.kind === 'journey' ? b.content.notes : [],
  );
  const ids = uuidIds(rng.fork('photo-ids'));
  return rng
    .shuffle(notes.map((_, i) => i))
    .slice(0, count)
    .map((index, n) => {
      const photo = generatePhoto(
        ids.next('photo'),
        PHOTO_SIZE.width,
        PHOTO_SIZE.height,
        rng.fork(`photo-${n}`),
        `Valokuva työpajan seinältä ${n + 1}`,
      );
      (notes[index] as CanvasNote | JourneyNote).photoId = photo.id;
      return photo;
    });
}

/** A project of the given size; the same size and seed give the same project, byte for byte. */
export function generateProject(size: ProjectSize, seed = 1): ProjectSnapshot {
  const spec = PROJECT_SIZES[size];
  const rng = createRng(seed);
  const ids = uuidIds(rng.fork('ids'));
  const project = projectOverview(size, rng, ids);
  const people = new Map(project.participants.map((p) => [p.id, p.id]));

  const rest = spec.boards - 1;
  const canvases = Math.round(rest * 0.6);
  // Canvases hold more notes than journeys on average; sizes vary as real boards do.
  const weightRng = rng.fork('weights');
  const weights = Array.from({ length: rest }, (_, i) => (i < canvases ? 1.5 : 1) * weightRng.float(0.3, 1.7));
  const notes = apportion(spec.notes, weights);

  const order = new Map<BoardKind, number>();
  const board = <K extends BoardKind>(kind: K, title: string, content: BoardOf<K>['content']): Board => {
    const n = order.get(kind) ?? 0;
    order.set(kind, n + 1);
    return { id: ids.next('board'), kind, title, order: n, content } as Board;
  };
  const boards: Board[] = [
    board('ecosystem', 'Alueen palveluekosysteemi', generateEcosystem(spec.actors, spec.relations, seed)),
  ];
  notes.forEach((count, i) => {
    const ctx = context(rng, `board-${i}`, people);
    if (i < canvases) {
      const votingAt = ctx.rng.chance(0.3) ? VOTED_AT : null;
      const canvas = canvasSpec(count, ctx.rng, votingAt);
      boards.push(board('canvas', `${i + 1}. ${canvas.title}`, buildCanvas(canvas, ctx)));
    } else {
      const journey = journeySpec(count, ctx.rng);
      boards.push(board('journey', `${i + 1}. ${journey.title}`, buildJourney(journey, ctx)));
    }
  });
  const attachments = attachPhotos(boards, spec.photos, rng.fork('photos'));
  return { project, boards, attachments };
}

/** A project with a single canvas of `notes` notes (the "open a big board" benchmark). */
export function generateCanvasProject(notes: number, seed = 1): ProjectSnapshot {
  const rng = createRng(seed);
  // Its own id stream: with the same seed, its ids must not collide with generateProject's.
  const ids = uuidIds(rng.fork('canvas-project-ids'));
  const project = { ...projectOverview('S', rng, ids), title: `Iso kangas (${notes} muistilappua)` };
  const ctx = context(rng, 'canvas', new Map(project.participants.map((p) => [p.id, p.id])));
  const spec = canvasSpec(notes, ctx.rng, null);
  const title = `Kangas, ${notes} muistilappua`;
  return {
    project,
    boards: [{ id: ids.next('board'), kind: 'canvas', title, order: 0, content: buildCanvas(spec, ctx) }],
    attachments: [],
  };
}
