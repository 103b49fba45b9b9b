// Turns short declarative specs (texts, which section or stage, which actor relates to which) into
// valid board content with ids, layout and authors. The sample's data files are specs; the
// benchmark generator can produce specs of any size and reuse these functions unchanged.
import type {
  Actor,
  ActorType,
  CanvasContent,
  CanvasNote,
  EcosystemContent,
  JourneyContent,
  Lane,
  NoteColor,
  Relation,
  RelationType,
  TextLanguage,
  Touchpoint,
} from '../model';
import { DEFAULT_RING_WIDTH, defaultRings } from '../model';
import { gridRects, placeNotesInRect, ringPositions, type Point } from './layout';
import { sequentialIds, type IdSource, type Rng } from './random';

/** Who may author items: participant ids of the project, by a key the specs use. */
export interface BuildContext {
  rng: Rng;
  /** Participant ids by the key used in specs (e.g. 'ulla'). */
  people: ReadonlyMap<string, string>;
  /** Share of notes without an explicit author that get a random participant as author. */
  authoredShare: number;
  /** Makes a fresh id source for each board; defaults to readable sequential ids. */
  ids?: () => IdSource;
}

export interface NoteSpec {
  text: string;
  tags?: readonly string[];
  color?: NoteColor;
  /** A key of BuildContext.people; omitted: a random participant (or none); null: no author. */
  author?: string | null;
  /** An attachment id of the project: the note's photo. */
  photo?: string;
  /** Dots on a journey note (canvases vote in rounds: see CanvasSpec.voting). */
  votes?: number;
  /** The note's own language, when not the project's (a Swedish note in the Finnish sample). */
  lang?: TextLanguage;
}
export type NoteInput = string | NoteSpec;

const asNote = (input: NoteInput): NoteSpec => (typeof input === 'string' ? { text: input } : input);

function personId(ctx: BuildContext, key: string): string {
  const id = ctx.people.get(key);
  if (id === undefined) throw new Error(`sample spec names an unknown participant "${key}"`);
  return id;
}

function authorOf(ctx: BuildContext, spec: NoteSpec): string | null {
  if (spec.author === null) return null;
  if (spec.author !== undefined) return personId(ctx, spec.author);
  if (ctx.people.size === 0 || !ctx.rng.chance(ctx.authoredShare)) return null;
  return ctx.rng.pick([...ctx.people.values()]);
}

// ---------------------------------------------------------------------------------------------
// Canvas

export interface CanvasSectionSpec {
  title: string;
  prompt: string;
  /** Colour of the section's notes unless a note says otherwise. */
  color: NoteColor;
  notes: readonly NoteInput[];
}

export interface CanvasSpec {
  templateId: string;
  /** The sections fill this grid row by row. */
  grid: { columns: number; rows: number; width: number; height: number };
  sections: readonly CanvasSectionSpec[];
  /**
   * A closed dot-voting round: every participant spends their votes on the notes carrying this
   * tag (randomly among them), as a workshop that voted and marked the winners would show.
   */
  voting?: { tag: string; votesPerParticipant: number; startedAt: string };
}

export function buildCanvas(spec: CanvasSpec, ctx: BuildContext): CanvasContent {
  const ids = ctx.ids?.() ?? sequentialIds();
  const rects = gridRects(spec.grid);
  if (spec.sections.length > rects.length) throw new Error(`canvas ${spec.templateId}: more sections than grid cells`);
  const sections = spec.sections.map((section, i) => ({
    id: ids.next('section'),
    title: section.title,
    prompt: section.prompt,
    ...(rects[i] as (typeof rects)[number]),
  }));
  const notes: CanvasNote[] = [];
  spec.sections.forEach((section, i) => {
    const rect = sections[i] as (typeof sections)[number];
    const points = placeNotesInRect(rect, section.notes.length, ctx.rng);
    section.notes.map(asNote).forEach((note, j) => {
      const point = points[j] as Point;
      notes.push({
        id: ids.next('note'),
        sectionId: rect.id,
        photoId: note.photo ?? null,
        text: note.text,
        color: note.color ?? section.color,
        x: point.x,
        y: point.y,
        tags: [...(note.tags ?? [])],
        authorId: authorOf(ctx, note),
        ...(note.lang ? { lang: note.lang } : {}),
      });
    });
  });
  if (!spec.voting) return { templateId: spec.templateId, sections, notes, rounds: [], votes: [] };
  const { tag, votesPerParticipant, startedAt } = spec.voting;
  const candidates = notes.filter((n) => n.tags.includes(tag));
  const round = { id: ids.next('round'), votesPerParticipant, anonymous: false, status: 'closed' as const, startedAt };
  const votes = [...ctx.people.values()].flatMap((voterId) =>
    Array.from({ length: votesPerParticipant }, () => ({
      id: ids.next('vote'),
      roundId: round.id,
      noteId: ctx.rng.pick(candidates).id,
      voterId,
    })),
  );
  return { templateId: spec.templateId, sections, notes, rounds: [round], votes };
}

// ---------------------------------------------------------------------------------------------
// Ecosystem map

export interface ActorSpec {
  /** How relations in the spec refer to this actor; not stored. */
  key: string;
  name: string;
  type: ActorType;
  /** Index of the ring, 0 = core. */
  ring: number;
  organisation: string;
  /** The contact's role there. */
  role?: string;
  description: string;
  tags?: readonly string[];
}

export interface RelationSpec {
  from: string;
  to: string;
  type: RelationType;
  label: string;
  /** Defaults to true; false for a two-way relation. */
  directed?: boolean;
  informal?: boolean;
  strength?: 1 | 2 | 3;
}

export interface EcosystemSpec {
  /** Core, direct, indirect… innermost first. */
  ringNames: readonly [string, string, string];
  radii: readonly number[];
  centre: Point;
  actors: readonly ActorSpec[];
  relations: readonly RelationSpec[];
}

export function buildEcosystem(spec: EcosystemSpec, ctx: BuildContext): EcosystemContent {
  const ids = ctx.ids?.() ?? sequentialIds();
  const rings = defaultRings(spec.ringNames);
  const byRing = rings.map((_, ring) => spec.actors.filter((a) => a.ring === ring));
  const stray = spec.actors.find((a) => a.ring < 0 || a.ring >= rings.length);
  if (stray) throw new Error(`actor "${stray.key}" is on ring ${stray.ring}, which does not exist`);
  const positions = ringPositions(
    byRing.map((list) => list.length),
    ctx.rng,
    { centre: spec.centre, radii: spec.radii },
  );
  const keyToId = new Map<string, string>();
  const placed = new Map<ActorSpec, Point>();
  byRing.forEach((list, ring) => list.forEach((a, i) => placed.set(a, (positions[ring] as Point[])[i] as Point)));
  const actors: Actor[] = spec.actors.map((a) => {
    if (keyToId.has(a.key)) throw new Error(`duplicate actor key "${a.key}"`);
    const id = ids.next('actor');
    keyToId.set(a.key, id);
    const point = placed.get(a) as Point;
    return {
      id,
      name: a.name,
      type: a.type,
      ringId: (rings[a.ring] as (typeof rings)[number]).id,
      description: a.description,
      organisation: a.organisation,
      groupId: null,
      role: a.role ?? '',
      tags: [...(a.tags ?? [])],
      x: point.x,
      y: point.y,
    };
  });
  const actorId = (key: string) => {
    const id = keyToId.get(key);
    if (id === undefined) throw new Error(`relation names an unknown actor "${key}"`);
    return id;
  };
  const relations: Relation[] = spec.relations.map((r) => ({
    id: ids.next('relation'),
    from: actorId(r.from),
    to: actorId(r.to),
    type: r.type,
    label: r.label,
    directed: r.directed ?? true,
    informal: r.informal ?? false,
    strength: r.strength ?? null,
  }));
  return {
    view: 'rings',
    rings,
    ringWidth: DEFAULT_RING_WIDTH,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors,
    relations,
  };
}

// ---------------------------------------------------------------------------------------------
// Journey

type Channel = Touchpoint['channels'][number];
type Score = -2 | -1 | 0 | 1 | 2;

/** One lane and its cells, one entry per stage (null or [] = empty cell). */
export type LaneSpec = (
  | { title: string; type: 'notes'; color: NoteColor; cells: readonly (readonly NoteInput[])[] }
  | { title: string; type: 'emotion'; cells: readonly (Score | null)[] }
  | { title: string; type: 'channels'; cells: readonly ({ channels: readonly Channel[]; text: string } | null)[] }
  /** Photos and screenshots: a caption and an attachment id of the project per cell. */
  | { title: string; type: 'images'; cells: readonly ({ caption: string; photo: string } | null)[] }
) & { lineBelow?: Lane['lineBelow']; tint?: NoteColor };

export interface JourneySpec {
  preset: JourneyContent['preset'];
  persona: string;
  /** The persona canvas or map actor the persona is, when the project has one. */
  personaRef?: JourneyContent['personaRef'];
  stages: readonly string[];
  /** Each stage's steps, in stage order (a missing entry: none). */
  steps?: readonly (readonly string[])[];
  lanes: readonly LaneSpec[];
}

export function buildJourney(spec: JourneySpec, ctx: BuildContext): JourneyContent {
  const ids = ctx.ids?.() ?? sequentialIds();
  const stages = spec.stages.map((title, i) => ({ id: ids.next('stage'), title, steps: [...(spec.steps?.[i] ?? [])] }));
  const lanes: Lane[] = spec.lanes.map((lane) => ({
    id: ids.next('lane'),
    title: lane.title,
    type: lane.type,
    lineBelow: lane.lineBelow ?? null,
    collapsed: false,
    color: lane.tint ?? null,
  }));
  const content: JourneyContent = {
    preset: spec.preset,
    persona: spec.persona,
    personaRef: spec.personaRef ?? null,
    state: 'as-is',
    basedOn: null,
    stages,
    lanes,
    notes: [],
    scores: [],
    touchpoints: [],
  };
  spec.lanes.forEach((lane, l) => {
    const laneId = (lanes[l] as Lane).id;
    if (lane.cells.length > stages.length) throw new Error(`lane "${lane.title}" has more cells than stages`);
    lane.cells.forEach((cell, s) => {
      const stageId = (stages[s] as (typeof stages)[number]).id;
      if (cell === null) return;
      switch (lane.type) {
        case 'notes':
          for (const [order, note] of (cell as readonly NoteInput[]).map(asNote).entries()) {
            content.notes.push({
              id: ids.next('note'),
              stageId,
              laneId,
              order,
              text: note.text,
              color: note.color ?? lane.color,
              tags: [...(note.tags ?? [])],
              authorId: null,
              photoId: note.photo ?? null,
              votes: note.votes ?? 0,
              ...(note.lang ? { lang: note.lang } : {}),
            });
          }
          break;
        case 'images': {
          const image = cell as { caption: string; photo: string };
          content.notes.push({
            id: ids.next('note'),
            stageId,
            laneId,
            order: 0,
            text: image.caption,
            color: 'grey',
            tags: [],
            authorId: null,
            photoId: image.photo,
            votes: 0,
          });
          break;
        }
        case 'emotion':
          content.scores.push({ stageId, laneId, score: cell as Score });
          break;
        case 'channels': {
          const touchpoint = cell as { channels: readonly Channel[]; text: string };
          content.touchpoints.push({ stageId, laneId, channels: [...touchpoint.channels], text: touchpoint.text });
          break;
        }
      }
    });
  });
  return content;
}
