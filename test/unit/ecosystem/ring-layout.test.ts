import { describe, expect, it } from 'vitest';
import { ACTOR_SIZE, freeSpotInRing, layoutByRing, ringIndexAt, snapToRing } from '../../../shared/ecosystem';
import { actorTypes, type Actor, type EcosystemContent, type Relation } from '../../../shared/model';
import { buildSampleProject } from '../../../shared/samples';

const rings = [
  { id: 'core', name: 'Ydin' },
  { id: 'direct', name: 'Suorat' },
  { id: 'indirect', name: 'Välilliset' },
];

function sampleMap(): EcosystemContent {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board.content;
}

/** A seeded map of `count` actors spread over three rings with 2× relations. */
function bigMap(count: number): EcosystemContent {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const actors: Actor[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    name: `Toimija ${i}`,
    type: actorTypes[i % actorTypes.length],
    ringId: rings[i < 5 ? 0 : i < count / 4 ? 1 : 2].id,
    description: '',
    organisation: '',
    groupId: null,
    role: '',
    tags: [],
    x: 0,
    y: 0,
  }));
  const relations: Relation[] = Array.from({ length: count * 2 }, (_, i) => ({
    id: `r${i}`,
    from: `a${Math.floor(random() * count)}`,
    to: `a${Math.floor(random() * count)}`,
    type: 'service',
    label: '',
    directed: true,
    informal: false,
    strength: null,
  }));
  return {
    rings,
    view: 'rings',
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors,
    relations,
  };
}

function totalEdgeLength(content: EcosystemContent, positions: Map<string, { x: number; y: number }>): number {
  return content.relations.reduce((sum, r) => {
    const a = positions.get(r.from);
    const b = positions.get(r.to);
    return a && b ? sum + Math.hypot(a.x - b.x, a.y - b.y) : sum;
  }, 0);
}

function overlapping(content: EcosystemContent, positions: Map<string, { x: number; y: number }>): number {
  const points = content.actors.map((a) => positions.get(a.id) ?? { x: NaN, y: NaN });
  let count = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (
        Math.abs(points[i].x - points[j].x) < ACTOR_SIZE.width &&
        Math.abs(points[i].y - points[j].y) < ACTOR_SIZE.height
      )
        count++;
  return count;
}

describe('ring geometry', () => {
  it('finds the ring band of a point; beyond the last ring is the last ring', () => {
    expect(ringIndexAt(0, 0, 3, 300)).toBe(0);
    expect(ringIndexAt(299, 0, 3, 300)).toBe(0);
    expect(ringIndexAt(0, -301, 3, 300)).toBe(1);
    expect(ringIndexAt(500, 500, 3, 300)).toBe(2);
    expect(ringIndexAt(5000, 0, 3, 300)).toBe(2);
  });

  it('snaps an actor to the ring it is dropped in, and pulls one dropped outside the map back in', () => {
    const map = { rings, ringWidth: 300, groups: [] };
    expect(snapToRing(map, 400, 0)).toEqual({ x: 400, y: 0, ringId: 'direct' });
    const outside = snapToRing(map, 3000, 4000);
    expect(outside.ringId).toBe('indirect');
    expect(Math.hypot(outside.x, outside.y)).toBeLessThanOrEqual(900 - ACTOR_SIZE.height / 2 + 1);
    expect(outside.x / outside.y).toBeCloseTo(3 / 4, 2);
  });

  it('puts the first core actor at the centre and later ones at free spots in their ring', () => {
    const map: EcosystemContent = {
      rings,
      view: 'rings',
      ringWidth: 300,
      groups: [],
      customActorTypes: [],
      customRelationTypes: [],
      actors: [],
      relations: [],
    };
    expect(freeSpotInRing(map, 0)).toEqual({ x: 0, y: 0 });
    const spots: { x: number; y: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const spot = freeSpotInRing(map, 1);
      spots.push(spot);
      expect(ringIndexAt(spot.x, spot.y, 3, 300)).toBe(1);
      map.actors.push({ ...bigMap(1).actors[0], id: `n${i}`, ringId: 'direct', ...spot });
    }
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(6);
  });
});

describe('layout by ring', () => {
  it('keeps every actor in its ring, groups types together, and overlaps none (the sample map)', () => {
    const map = sampleMap();
    const { ringWidth, positions } = layoutByRing(map);
    expect(positions.size).toBe(map.actors.length);
    const ringOf = new Map(map.rings.map((r, i) => [r.id, i]));
    for (const actor of map.actors) {
      const p = positions.get(actor.id);
      if (!p) throw new Error(`no position for ${actor.name}`);
      expect(ringIndexAt(p.x, p.y, map.rings.length, ringWidth), actor.name).toBe(ringOf.get(actor.ringId));
    }
    expect(overlapping(map, positions)).toBe(0);
    // Round each ring from the top, the types come in runs: each type forms one run per ring.
    for (const ring of map.rings) {
      const around = map.actors
        .filter((a) => a.ringId === ring.id)
        .map((a) => {
          const p = positions.get(a.id) ?? { x: 0, y: 0 };
          return { type: a.type, angle: (Math.atan2(p.y, p.x) + 2.5 * Math.PI) % (2 * Math.PI) };
        })
        .sort((a, b) => a.angle - b.angle)
        .map((a) => a.type);
      const runs = around.filter((type, i) => type !== around[(i + around.length - 1) % around.length]).length;
      expect(runs, ring.name).toBeLessThanOrEqual(Math.max(1, new Set(around).size));
    }
  });

  it('is deterministic whatever the stored order, and shortens relations against an alphabetical order', () => {
    const map = sampleMap();
    const first = layoutByRing(map);
    const shuffled = { ...map, actors: [...map.actors].reverse(), relations: [...map.relations].reverse() };
    expect(layoutByRing(shuffled).positions).toEqual(first.positions);
    // Baseline: the same rings and rows, actors alphabetical round each ring.
    const alphabetical = layoutByRing({ ...map, relations: [] });
    expect(totalEdgeLength(map, first.positions)).toBeLessThan(totalEdgeLength(map, alphabetical.positions));
  });

  it('widens the rings so 2,000 actors in three rings do not overlap', () => {
    const map = bigMap(2000);
    const { ringWidth, positions } = layoutByRing(map);
    expect(ringWidth).toBeGreaterThan(300);
    expect(positions.size).toBe(2000);
    expect(overlapping(map, positions)).toBe(0);
  });
});
