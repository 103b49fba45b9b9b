// "By ring" auto-layout of an ecosystem map: each actor stays in its ring, actors of a type sit
// together, and actors are ordered round their ring to keep relations short (few crossings).
// Pure and deterministic: the same content always gives the same positions.
import type { Actor, EcosystemContent } from '../model';
import { actorTypeRank } from './types';
import { ACTOR_SIZE, codeUnitOrder } from './geometry';

/**
 * Room between the centres of two actors, along a row and between rows: the card's diagonal, so
 * two cards never overlap whatever their angle round the ring, plus a gap.
 */
const SLOT = Math.hypot(ACTOR_SIZE.width, ACTOR_SIZE.height) + 16;
const ROW = SLOT;
const SWEEPS = 4;
const TURNS = 36;

export interface RingLayout {
  /** Ring band width that gives every actor room (never narrower than the map's own). */
  ringWidth: number;
  positions: Map<string, { x: number; y: number }>;
}

export function layoutByRing(
  content: Pick<EcosystemContent, 'rings' | 'ringWidth' | 'actors' | 'relations' | 'groups' | 'customActorTypes'>,
): RingLayout {
  const ringIndex = new Map(content.rings.map((r, i) => [r.id, i]));
  const byRing = content.rings.map(() => [] as Actor[]);
  for (const actor of content.actors) byRing[ringIndex.get(actor.ringId) ?? content.rings.length - 1]?.push(actor);
  const ringWidth = widthThatFits(
    byRing.map((list) => list.length),
    content.ringWidth,
  );

  const neighbours = new Map<string, string[]>();
  for (const r of content.relations) {
    if (r.from === r.to) continue;
    neighbours.set(r.from, [...(neighbours.get(r.from) ?? []), r.to]);
    neighbours.set(r.to, [...(neighbours.get(r.to) ?? []), r.from]);
  }
  // Members of a group sit together round their ring (their group is drawn around them), then
  // actors of a type.
  const groupRank = new Map(content.groups.map((g, i) => [g.id, i + 1]));
  const typeRank = (a: Actor) => (groupRank.get(a.groupId ?? '') ?? 0) * 1000 + actorTypeRank(content, a.type);
  // Start: by type, then by name and id, so the result never depends on storage order.
  let order = byRing.map((list) =>
    [...list].sort((a, b) => typeRank(a) - typeRank(b) || codeUnitOrder(a.name, b.name) || codeUnitOrder(a.id, b.id)),
  );
  let angles = anglesOf(order);
  // Sweeps out and back in: within each type group, order actors by where their neighbours are.
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const rings = sweep % 2 === 0 ? order.keys() : [...order.keys()].reverse();
    for (const index of rings) {
      const wanted = new Map(order[index]?.map((a) => [a.id, meanAngle(neighbours.get(a.id) ?? [], angles, a.id)]));
      order = order.map((list, i) =>
        i !== index
          ? list
          : [...list].sort(
              (a, b) =>
                typeRank(a) - typeRank(b) ||
                (wanted.get(a.id) ?? 0) - (wanted.get(b.id) ?? 0) ||
                codeUnitOrder(a.id, b.id),
            ),
      );
      angles = anglesOf(order, rotations(order, angles, neighbours));
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  order.forEach((list, index) => {
    const rows = rowsFor(list.length, index, ringWidth);
    list.forEach((actor, i) => {
      // A lone core actor (the citizen, say) takes the centre of the map.
      const alone = index === 0 && list.length === 1;
      const angle = angles.get(actor.id) ?? 0;
      const radius = alone ? 0 : rowRadius(index, i % rows, rows, ringWidth);
      positions.set(actor.id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
    });
  });
  return { ringWidth, positions };
}

/** Radius of row `row` of `rows` inside ring `index`, spread evenly across the band. */
function rowRadius(index: number, row: number, rows: number, ringWidth: number): number {
  return index * ringWidth + (ringWidth * (row + 1)) / (rows + 1);
}

/** How many rows a ring of `count` actors needs so neighbours along a row do not overlap. */
function rowsFor(count: number, index: number, ringWidth: number): number {
  const maxRows = Math.max(1, Math.floor(ringWidth / ROW) - 1);
  for (let rows = 1; rows <= maxRows; rows++) {
    if (rowFits(count, index, rows, ringWidth)) return rows;
  }
  return maxRows;
}

/**
 * Actors alternate between rows, so a row holds every rows-th actor, evenly round its circle;
 * the innermost row is the tightest. Neighbours along it are a chord apart.
 */
function rowFits(count: number, index: number, rows: number, ringWidth: number): boolean {
  const perRow = Math.ceil(count / rows);
  if (perRow <= 1) return true;
  const chord = 2 * rowRadius(index, 0, rows, ringWidth) * Math.sin(Math.PI / perRow);
  return chord >= SLOT;
}

function widthThatFits(counts: readonly number[], current: number): number {
  let width = current;
  const fits = (w: number) =>
    counts.every((count, index) => (count <= 1 && index === 0) || rowFits(count, index, rowsFor(count, index, w), w));
  while (!fits(width) && width < 20_000) width = Math.min(width + 50, 20_000);
  return width;
}

/** Each actor's angle: evenly round its ring from the top, turned by the ring's rotation. */
function anglesOf(order: readonly Actor[][], turn: readonly number[] = []): Map<string, number> {
  const angles = new Map<string, number>();
  order.forEach((list, index) => {
    const step = (2 * Math.PI) / Math.max(list.length, 1);
    list.forEach((actor, i) => angles.set(actor.id, -Math.PI / 2 + (turn[index] ?? 0) + i * step));
  });
  return angles;
}

/** For each ring, the turn (of TURNS tried) that brings its actors closest to their neighbours. */
function rotations(
  order: readonly Actor[][],
  angles: ReadonlyMap<string, number>,
  neighbours: ReadonlyMap<string, string[]>,
): number[] {
  return order.map((list) => {
    const step = (2 * Math.PI) / Math.max(list.length, 1);
    const own = new Set(list.map((a) => a.id));
    let best = 0;
    let bestCost = Infinity;
    for (let k = 0; k < TURNS; k++) {
      const turn = (2 * Math.PI * k) / TURNS;
      let cost = 0;
      list.forEach((actor, i) => {
        const angle = -Math.PI / 2 + turn + i * step;
        for (const other of neighbours.get(actor.id) ?? []) {
          const theirs = angles.get(other);
          if (theirs !== undefined && !own.has(other)) cost += angularDistance(angle, theirs);
        }
      });
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = turn;
      }
    }
    return best;
  });
}

function meanAngle(ids: readonly string[], angles: ReadonlyMap<string, number>, own: string): number {
  let x = 0;
  let y = 0;
  for (const id of ids) {
    const a = angles.get(id);
    if (a === undefined) continue;
    x += Math.cos(a);
    y += Math.sin(a);
  }
  // No neighbours: keep the actor where it is.
  const angle = x === 0 && y === 0 ? (angles.get(own) ?? 0) : Math.atan2(y, x);
  // From the top, clockwise, as the ring is filled.
  return (angle + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);
}

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}
