// The "as a flow" layout with the real elkjs, on this thread in Node (the app runs the same ELK
// in a Web Worker: renderer/features/ecosystem/flow-layout.worker.ts).
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ACTOR_SIZE } from '../../../shared/ecosystem';
import {
  BIG_FLOW_MAP,
  layoutAsFlow,
  positionsFromElk,
  toElkGraph,
  type FlowLayoutResult,
} from '../../../shared/ecosystem/flow-layout';
import type { Actor, EcosystemContent, Relation } from '../../../shared/model';
import { buildSampleProject, createRng } from '../../../shared/samples';

const elk = new ELK();
const flow = (content: Pick<EcosystemContent, 'actors' | 'relations'>) => layoutAsFlow(content, elk);

function sampleMap(): EcosystemContent {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board.content;
}

function actor(id: string): Actor {
  return {
    id,
    name: id,
    type: 'company',
    ringId: 'ring-1',
    description: '',
    organisation: '',
    groupId: null,
    role: '',
    tags: [],
    x: 0,
    y: 0,
  };
}

function relation(id: string, from: string, to: string, directed = true): Relation {
  return { id, from, to, type: 'service', label: '', directed, informal: false, strength: null };
}

/** A small map: actors by id, relations as "from>to" ("from-to" for a two-way one). */
function map(actorIds: string[], links: string[] = []): Pick<EcosystemContent, 'actors' | 'relations'> {
  return {
    actors: actorIds.map(actor),
    relations: links.map((link, i) => {
      const [from, to] = link.split(/[>-]/);
      return relation(`r${i}`, from, to, link.includes('>'));
    }),
  };
}

/** `count` actors and twice as many relations between random pairs, the same for the same seed. */
function randomMap(count: number, seed: number): Pick<EcosystemContent, 'actors' | 'relations'> {
  const rng = createRng(seed);
  const ids = Array.from({ length: count }, (_, i) => `a${i}`);
  const links = Array.from(
    { length: count * 2 },
    () => `${rng.pick(ids)}${rng.chance(0.8) ? '>' : '-'}${rng.pick(ids)}`,
  );
  return map(ids, links);
}

function at(result: FlowLayoutResult, id: string): { x: number; y: number } {
  const p = result.positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
}

/** Pairs of actor cards that overlap (centres closer than a card in both directions). */
function overlaps(positions: Map<string, { x: number; y: number }>): string[] {
  const list = [...positions];
  const found: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i];
      const [b, q] = list[j];
      if (Math.abs(p.x - q.x) < ACTOR_SIZE.width && Math.abs(p.y - q.y) < ACTOR_SIZE.height) found.push(`${a}/${b}`);
    }
  return found;
}

/** Middle of the bounding box of the cards. */
function middle(positions: Map<string, { x: number; y: number }>): { x: number; y: number } {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

function expectWellFormed(content: Pick<EcosystemContent, 'actors'>, result: FlowLayoutResult): void {
  expect(result.view).toBe('flow');
  expect([...result.positions.keys()].sort()).toEqual(content.actors.map((a) => a.id).sort());
  for (const [id, p] of result.positions) {
    expect(Number.isInteger(p.x) && Number.isInteger(p.y), `${id} at ${p.x}, ${p.y}`).toBe(true);
  }
  expect(overlaps(result.positions)).toEqual([]);
  const mid = middle(result.positions);
  expect(Math.abs(mid.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(mid.y)).toBeLessThanOrEqual(1);
}

describe('the ELK graph of a map', () => {
  it('has one card-sized node per actor and one edge per relation, without self-loops or dangling ends', () => {
    const content = map(['b', 'a', 'c'], ['a>b', 'b-c', 'c>c']);
    content.relations.push(relation('r-dangling', 'a', 'gone'));
    const graph = toElkGraph(content);
    expect(graph.children).toEqual([
      { id: 'a', ...ACTOR_SIZE },
      { id: 'b', ...ACTOR_SIZE },
      { id: 'c', ...ACTOR_SIZE },
    ]);
    // The two-way relation b-c is one edge, from → to.
    expect(graph.edges).toEqual([
      { id: 'r0', sources: ['a'], targets: ['b'] },
      { id: 'r1', sources: ['b'], targets: ['c'] },
    ]);
  });

  it('asks for a layered layout left to right with Brandes-Köpf placement and separate components', () => {
    const options = toElkGraph(map(['a'])).layoutOptions ?? {};
    expect(options).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'true',
      'elk.layered.thoroughness': '7',
    });
    const ids = Array.from({ length: BIG_FLOW_MAP + 1 }, (_, i) => `a${i}`);
    expect(toElkGraph(map(ids)).layoutOptions?.['elk.layered.thoroughness']).toBe('1');
    const overridden = toElkGraph(map(['a']), { layoutOptions: { 'elk.direction': 'DOWN' } }).layoutOptions;
    expect(overridden?.['elk.direction']).toBe('DOWN');
  });

  it('does not depend on the stored order of actors and relations', () => {
    const content = sampleMap();
    const rng = createRng(42);
    const shuffled = { actors: rng.shuffle(content.actors), relations: rng.shuffle(content.relations) };
    expect(shuffled.actors.map((a) => a.id)).not.toEqual(content.actors.map((a) => a.id));
    expect(toElkGraph(shuffled)).toEqual(toElkGraph(content));
  });
});

describe("reading ELK's result", () => {
  it('turns top-left corners into centres around (0, 0), rounded', () => {
    const positions = positionsFromElk({
      id: 'root',
      children: [
        { id: 'a', x: 12, y: 12, width: 150, height: 56 },
        { id: 'b', x: 312.4, y: 112.6, width: 150, height: 56 },
        { id: 'c', x: 162, y: 412, width: 150, height: 56 },
      ],
    });
    // Centres (87, 40), (387.4, 140.6), (237, 440); the box's middle is (237.2, 240).
    expect(positions).toEqual(
      new Map([
        ['a', { x: -150, y: -200 }],
        ['b', { x: 150, y: -99 }],
        ['c', { x: 0, y: 200 }],
      ]),
    );
    expect(positionsFromElk({ id: 'root', children: [] })).toEqual(new Map());
  });

  it('refuses a result without a position rather than stacking actors at the origin', () => {
    expect(() => positionsFromElk({ id: 'root', children: [{ id: 'a', width: 150, height: 56 }] })).toThrow(/actor a/);
  });
});

describe('the flow layout (ELK in Node)', () => {
  it('lays a chain a → b → c out left to right on one line', async () => {
    const content = map(['c', 'a', 'b'], ['b>c', 'a>b']);
    const result = await flow(content);
    expectWellFormed(content, result);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => at(result, id));
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    // Adjacent columns leave room between the cards for a relation's label.
    expect(b.x - a.x).toBeGreaterThanOrEqual(ACTOR_SIZE.width + 100);
    expect(new Set([a.y, b.y, c.y]).size).toBe(1);
  });

  it('places unconnected actors and separate groups too, clear of each other', async () => {
    const content = map(['a', 'b', 'c', 'd', 'e', 'lone1', 'lone2', 'lone3'], ['a>b', 'b>c', 'd-e']);
    const result = await flow(content);
    expectWellFormed(content, result);
    expect(at(result, 'd').x).toBeLessThan(at(result, 'e').x);
  });

  it('gives identical positions whatever the stored order', async () => {
    const content = randomMap(60, 5);
    const rng = createRng(9);
    const first = await flow(content);
    const again = await flow({ actors: rng.shuffle(content.actors), relations: rng.shuffle(content.relations) });
    expect([...again.positions].sort()).toEqual([...first.positions].sort());
    expectWellFormed(content, first);
  });

  it('arranges the sample map: every actor placed, no overlaps, centred, relations mostly left to right', async () => {
    const content = sampleMap();
    expect(content.actors).toHaveLength(37);
    const result = await flow(content);
    expectWellFormed(content, result);
    const directed = content.relations.filter((r) => r.directed && r.from !== r.to);
    const rightwards = directed.filter((r) => at(result, r.from).x < at(result, r.to).x);
    // Only relations ELK reverses to break a cycle may point left.
    expect(rightwards.length / directed.length).toBeGreaterThan(0.75);
    const reversed = { actors: [...content.actors].reverse(), relations: [...content.relations].reverse() };
    expect((await flow(reversed)).positions).toEqual(result.positions);
  });

  it('lays out an empty map as no positions', async () => {
    expect((await flow({ actors: [], relations: [] })).positions.size).toBe(0);
  });
});
