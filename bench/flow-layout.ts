// `npx tsx bench/flow-layout.ts [actors]`: how long elkjs's layered layout ("Arrange as flow")
// takes in Node for maps of 100, 500, 1,000 and 2,000 actors (or just [actors]) with twice as
// many relations. The app runs the same ELK in a Web Worker, so this is the wait, not a freeze.
// Prints numbers and asserts nothing; never part of npm test.
import ELK from 'elkjs/lib/elk.bundled.js';
import { BIG_FLOW_MAP, layoutAsFlow } from '../shared/ecosystem/flow-layout';
import type { Actor, EcosystemContent, Relation } from '../shared/model';
import { createRng } from '../shared/samples';

type MapContent = Pick<EcosystemContent, 'actors' | 'relations'>;

const SIZES = process.argv[2] ? [Number(process.argv[2])] : [100, 500, 1000, 2000];

function actors(count: number): Actor[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `actor-${i + 1}`,
    name: `Toimija ${i + 1}`,
    type: 'company',
    ringId: 'ring-1',
    description: '',
    organisation: '',
    groupId: null,
    role: '',
    tags: [],
    x: 0,
    y: 0,
  }));
}

function relations(count: number, pickPair: () => [number, number]): Relation[] {
  return Array.from({ length: count }, (_, i) => {
    const [from, to] = pickPair();
    return {
      id: `relation-${i + 1}`,
      from: `actor-${from + 1}`,
      to: `actor-${to + 1}`,
      type: 'service',
      label: '',
      directed: true,
      informal: false,
      strength: null,
    };
  });
}

/** Relations between any two actors: long edges across many layers, the worst case for ELK. */
function randomPairs(count: number, seed: number): MapContent {
  const rng = createRng(seed);
  return {
    actors: actors(count),
    relations: relations(count * 2, () => [rng.int(0, count - 1), rng.int(0, count - 1)]),
  };
}

/**
 * Closer to a real ecosystem: groups of ten actors that mostly deal with each other (70 %),
 * a few hubs everyone deals with (20 %, one per 50 actors: the municipality, the agency), and
 * the odd relation across the map (10 %).
 */
function clustered(count: number, seed: number): MapContent {
  const rng = createRng(seed);
  const hubs = Math.max(1, Math.round(count / 50));
  return {
    actors: actors(count),
    relations: relations(count * 2, () => {
      const from = rng.int(0, count - 1);
      const roll = rng.next();
      if (roll < 0.7) return [from, Math.min(count - 1, Math.floor(from / 10) * 10 + rng.int(0, 9))];
      if (roll < 0.9) return [from, rng.int(0, hubs - 1)];
      return [from, rng.int(0, count - 1)];
    }),
  };
}

function extent(positions: ReadonlyMap<string, { x: number; y: number }>): string {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return `${Math.max(...xs) - Math.min(...xs)} × ${Math.max(...ys) - Math.min(...ys)}`;
}

async function main(): Promise<void> {
  const elk = new ELK();
  // Warm up the JIT on a small map so the first row is not mostly compilation.
  await layoutAsFlow(clustered(50, 1), elk);
  console.log(`elkjs layered, Node ${process.version}; thoroughness 7 up to ${BIG_FLOW_MAP} actors, then 1`);
  console.log('actors  relations  graph         layout ms  extent (board units)');
  for (const size of SIZES) {
    for (const [name, build] of [
      ['random pairs', randomPairs],
      ['clustered', clustered],
    ] as const) {
      const content = build(size, 7);
      const start = performance.now();
      const { positions } = await layoutAsFlow(content, elk);
      const ms = Math.round(performance.now() - start);
      console.log(
        `${String(size).padStart(6)}  ${String(content.relations.length).padStart(9)}  ${name.padEnd(12)}  ${String(ms).padStart(9)}  ${extent(positions)}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
