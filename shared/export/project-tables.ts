// A project's content as three tables for open data: notes (canvases and journeys), actors and
// relations (ecosystem maps). Made from the plain snapshot, in the UI language of the labels.
import type { ProjectSnapshot } from '../model';
import { actorTypeInfo, relationTypeInfo, type BuiltInTypeNames } from '../ecosystem';

export interface TableLabels {
  headers: {
    board: string;
    place: string;
    text: string;
    colour: string;
    tags: string;
    author: string;
    votes: string;
    name: string;
    type: string;
    ring: string;
    group: string;
    organisation: string;
    role: string;
    description: string;
    from: string;
    to: string;
    label: string;
    direction: string;
    informal: string;
    strength: string;
  };
  colours: Record<string, string>;
  types: BuiltInTypeNames;
  yes: string;
  no: string;
  oneWay: string;
  twoWay: string;
}

export interface ProjectTables {
  notes: string[][];
  actors: string[][];
  relations: string[][];
}

/** With `withNames` false the author column is left out: participants' names stay private. */
export function projectTables(snapshot: ProjectSnapshot, labels: TableLabels, withNames: boolean): ProjectTables {
  const h = labels.headers;
  const people = new Map(snapshot.project.participants.map((p) => [p.id, p.name]));
  const notes: string[][] = [[h.board, h.place, h.text, h.colour, h.tags, ...(withNames ? [h.author] : []), h.votes]];
  const actors: string[][] = [
    [h.board, h.name, h.type, h.ring, h.group, h.organisation, h.role, h.description, h.tags],
  ];
  const relations: string[][] = [[h.board, h.from, h.type, h.to, h.label, h.direction, h.informal, h.strength]];
  const tags = (list: readonly string[]) => list.join(', ');
  for (const board of [...snapshot.boards].sort((a, b) => a.order - b.order)) {
    const title = board.title;
    if (board.kind === 'canvas') {
      const sections = new Map(board.content.sections.map((s) => [s.id, s.title]));
      for (const note of board.content.notes) {
        const votes = board.content.votes.filter((v) => v.noteId === note.id).length;
        notes.push([
          title,
          note.sectionId ? (sections.get(note.sectionId) ?? '') : '',
          note.text,
          labels.colours[note.color] ?? note.color,
          tags(note.tags),
          ...(withNames ? [note.authorId ? (people.get(note.authorId) ?? '') : ''] : []),
          String(votes),
        ]);
      }
    } else if (board.kind === 'journey') {
      const stages = new Map(board.content.stages.map((s) => [s.id, s.title]));
      const lanes = new Map(board.content.lanes.map((l) => [l.id, l.title]));
      for (const note of board.content.notes) {
        const place = `${stages.get(note.stageId) ?? ''} / ${lanes.get(note.laneId) ?? ''}`;
        notes.push([
          title,
          place,
          note.text,
          labels.colours[note.color] ?? note.color,
          tags(note.tags),
          // Journey notes have no author or votes.
          ...(withNames ? [''] : []),
          '',
        ]);
      }
    } else {
      const content = board.content;
      const rings = new Map(content.rings.map((r) => [r.id, r.name]));
      const groups = new Map(content.groups.map((g) => [g.id, g.name]));
      const names = new Map(content.actors.map((a) => [a.id, a.name]));
      for (const a of content.actors) {
        actors.push([
          title,
          a.name,
          actorTypeInfo(content, labels.types, a.type).name,
          rings.get(a.ringId) ?? '',
          a.groupId ? (groups.get(a.groupId) ?? '') : '',
          a.organisation,
          a.role,
          a.description,
          tags(a.tags),
        ]);
      }
      for (const r of content.relations) {
        relations.push([
          title,
          names.get(r.from) ?? '',
          relationTypeInfo(content, labels.types, r.type).name,
          names.get(r.to) ?? '',
          r.label,
          r.directed ? labels.oneWay : labels.twoWay,
          r.informal ? labels.yes : labels.no,
          r.strength === null ? '' : String(r.strength),
        ]);
      }
    }
  }
  return { notes, actors, relations };
}
