// An ecosystem map's text: its text alternative, and the actors and relations as tables.
import { actorTypeInfo, relationTypeInfo } from '../../ecosystem/types';
import type { Actor, BoardOf, EcosystemContent } from '../../model';
import { content, label, type BuildContext } from '../build-context';
import { typeNames } from '../figures';
import type { MapAltFacts } from '../labels';
import type { Block, Run, TableCell } from '../tree';

/** How many core actors the text alternative names before "and N others". */
const CORE_NAMES = 6;

/** Actors in reading order, as the outline and the map's drawing list them: ring by ring, then by name. */
function readingOrder(map: EcosystemContent): Actor[] {
  const ringIndex = new Map(map.rings.map((r, i) => [r.id, i]));
  return [...map.actors].sort(
    (a, b) => (ringIndex.get(a.ringId) ?? 0) - (ringIndex.get(b.ringId) ?? 0) || a.name.localeCompare(b.name),
  );
}

export function ecosystemAlt(ctx: BuildContext, map: EcosystemContent): string {
  const rings =
    map.view === 'rings'
      ? map.rings.map((ring) => ({ name: ring.name, actors: map.actors.filter((a) => a.ringId === ring.id).length }))
      : [];
  const first = map.rings[0];
  const coreActors = first ? readingOrder(map).filter((a) => a.ringId === first.id) : [];
  const facts: MapAltFacts = {
    actors: map.actors.length,
    relations: map.relations.length,
    rings,
    core:
      first && map.view === 'rings' && coreActors.length > 0
        ? {
            ring: first.name,
            names: coreActors.slice(0, CORE_NAMES).map((a) => a.name),
            more: Math.max(0, coreActors.length - CORE_NAMES),
          }
        : null,
  };
  return ctx.labels.mapAlt(facts);
}

const cell = (...paragraphs: Run[][]): TableCell => ({ paragraphs: paragraphs.filter((p) => p.length > 0) });

export function ecosystemListing(
  ctx: BuildContext,
  board: BoardOf<'ecosystem'>,
  id: (name: string) => string,
): Block[] {
  const map = board.content;
  const { labels } = ctx;
  const names = typeNames(ctx);
  const rings = new Map(map.rings.map((r) => [r.id, r.name]));
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const actorName = (actorId: string): Run =>
    content(ctx, actors.get(actorId)?.name ?? '', undefined, actors.get(actorId)?.lang);
  // Built-in type names are the report's words; a map's own types were named by its users.
  const actorType = (type: string): Run => {
    const info = actorTypeInfo(map, names, type);
    return info.custom ? content(ctx, info.name) : label(ctx, info.name);
  };
  const relationType = (type: string): Run => {
    const info = relationTypeInfo(map, names, type);
    return info.custom ? content(ctx, info.name) : label(ctx, info.name);
  };
  const blocks: Block[] = [
    { kind: 'heading', id: id('actors'), level: 2, runs: [label(ctx, labels.actors)], outline: true },
  ];
  if (map.actors.length === 0) {
    blocks.push({ kind: 'paragraph', id: id('no-actors'), style: 'muted', runs: [label(ctx, labels.noActors)] });
  } else {
    const c = labels.actorColumns;
    blocks.push({
      kind: 'table',
      id: id('actors-table'),
      caption: [],
      columns: [
        { header: [label(ctx, c.name)], weight: 3 },
        { header: [label(ctx, c.type)], weight: 2 },
        { header: [label(ctx, c.ring)], weight: 1.6 },
        { header: [label(ctx, c.organisation)], weight: 3 },
      ],
      rows: readingOrder(map).map((actor) => [
        cell([content(ctx, actor.name, undefined, actor.lang)]),
        cell([actorType(actor.type)]),
        cell([content(ctx, rings.get(actor.ringId) ?? '')]),
        cell([content(ctx, actor.organisation)], actor.role ? [content(ctx, actor.role, 'italic')] : []),
      ]),
    });
  }
  blocks.push({ kind: 'heading', id: id('relations'), level: 2, runs: [label(ctx, labels.relations)], outline: true });
  if (map.relations.length === 0) {
    blocks.push({ kind: 'paragraph', id: id('no-relations'), style: 'muted', runs: [label(ctx, labels.noRelations)] });
    return blocks;
  }
  const c = labels.relationColumns;
  blocks.push({
    kind: 'table',
    id: id('relations-table'),
    caption: [],
    columns: [
      { header: [label(ctx, c.from)], weight: 2.6 },
      { header: [label(ctx, c.type)], weight: 2 },
      { header: [label(ctx, c.to)], weight: 2.6 },
      { header: [label(ctx, c.label)], weight: 3 },
    ],
    rows: map.relations.map((relation) => {
      const marks = [!relation.directed ? labels.twoWay : '', relation.informal ? labels.informal : ''].filter(Boolean);
      return [
        cell([actorName(relation.from)]),
        cell([relationType(relation.type)], marks.length > 0 ? [label(ctx, marks.join(', '), 'italic')] : []),
        cell([actorName(relation.to)]),
        cell(relation.label ? [content(ctx, relation.label, undefined, relation.lang)] : []),
      ];
    }),
  });
  return blocks;
}
