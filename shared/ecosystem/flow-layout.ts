// "As a flow" auto-layout of an ecosystem map: elkjs's layered (Sugiyama) algorithm, left to
// right along the relations (who serves whom). This file only builds ELK's input and reads its
// output, so it stays pure; the renderer runs ELK itself, in a Web Worker (layout of 1,000 actors
// takes seconds: PITFALLS.md).
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { EcosystemContent } from '../model';
import { ACTOR_SIZE, codeUnitOrder } from './geometry';

/** What "Arrange as flow" applies to the map: the shape `applyLayout` in the renderer's store takes. */
export interface FlowLayoutResult {
  view: 'flow';
  /** Each actor's new centre, in board units around (0, 0). */
  positions: Map<string, { x: number; y: number }>;
}

/** The part of elkjs's `ELK` the flow layout needs; the real one, on whichever thread runs it. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface FlowLayoutOptions {
  /** ELK options laid over the defaults below (benchmarks and experiments). */
  layoutOptions?: LayoutOptions;
}

/**
 * The defaults. Brandes-Köpf node placement, not network simplex: network simplex is far slower
 * on big graphs (elkjs#179). Edges are routed as polylines because the editor draws each
 * relation as one straight line from card to card and ignores ELK's routes; polylines are the
 * nearest to that and cheaper than orthogonal routing.
 */
export const FLOW_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeRouting': 'POLYLINE',
  // A relation's label sits at the middle of its line: the gap between layers (columns) fits a
  // short label such as "Neuvonta" beside the arrowheads; within a column, cards stay far enough
  // apart for a label on a line that passes between them.
  'elk.layered.spacing.nodeNodeBetweenLayers': '140',
  'elk.spacing.nodeNode': '44',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '12',
  // Unconnected actors and separate groups are packed beside the main flow, not in its columns.
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '80',
  // A fixed seed: ELK's crossing minimisation is randomised, and the same map must give the same layout.
  'elk.randomSeed': '1',
};

/**
 * Above this many actors ELK's crossing minimisation tries less (thoroughness 1 instead of ELK's
 * 7): about half the time for 1,000-2,000 actors, for a few per cent more crossings (measured
 * while building bench/flow-layout.ts). Maps drawn by hand in a workshop stay below it.
 */
export const BIG_FLOW_MAP = 300;

const byId = (a: { id: string }, b: { id: string }) => codeUnitOrder(a.id, b.id);

/**
 * ELK's input for a map: one node per actor (the card's size), one edge per relation from → to.
 * A two-way relation is still one edge (it only orders the columns); self-loops and relations to
 * unknown actors are left out. Actors and relations are sorted by id first because ELK's result
 * depends on the order of its input, and the stored order of a Yjs map is not under our control.
 */
export function toElkGraph(
  content: Pick<EcosystemContent, 'actors' | 'relations'>,
  options: FlowLayoutOptions = {},
): ElkNode {
  const actors = [...content.actors].sort(byId);
  const known = new Set(actors.map((a) => a.id));
  const edges: ElkExtendedEdge[] = [...content.relations]
    .sort(byId)
    .filter((r) => r.from !== r.to && known.has(r.from) && known.has(r.to))
    .map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] }));
  return {
    id: 'root',
    layoutOptions: {
      ...FLOW_LAYOUT_OPTIONS,
      'elk.layered.thoroughness': actors.length > BIG_FLOW_MAP ? '1' : '7',
      ...options.layoutOptions,
    },
    children: actors.map((a) => ({ id: a.id, width: ACTOR_SIZE.width, height: ACTOR_SIZE.height })),
    edges,
  };
}

/**
 * Actor centres from ELK's result (ELK gives top-left corners), moved so the middle of the whole
 * layout is (0, 0) where the map's view is centred, and rounded to whole board units.
 */
export function positionsFromElk(result: ElkNode): Map<string, { x: number; y: number }> {
  const centres = (result.children ?? []).map((node) => {
    if (node.x === undefined || node.y === undefined) throw new Error(`ELK gave no position for actor ${node.id}`);
    return { id: node.id, x: node.x + (node.width ?? 0) / 2, y: node.y + (node.height ?? 0) / 2 };
  });
  const positions = new Map<string, { x: number; y: number }>();
  if (centres.length === 0) return positions;
  // Every card is the same size, so the middle of the centres is the middle of the cards.
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const c of centres) {
    box.left = Math.min(box.left, c.x);
    box.right = Math.max(box.right, c.x);
    box.top = Math.min(box.top, c.y);
    box.bottom = Math.max(box.bottom, c.y);
  }
  const midX = (box.left + box.right) / 2;
  const midY = (box.top + box.bottom) / 2;
  for (const c of centres) positions.set(c.id, { x: whole(c.x - midX), y: whole(c.y - midY) });
  return positions;
}

/** Rounds to a whole unit; `+ 0` turns Math.round's -0 (from -0.4, say) into 0. */
const whole = (value: number) => Math.round(value) + 0;

/** Lays a map out as a flow with the given ELK: what the worker, the main-thread fallback and the tests run. */
export async function layoutAsFlow(
  content: Pick<EcosystemContent, 'actors' | 'relations'>,
  elk: ElkEngine,
  options?: FlowLayoutOptions,
): Promise<FlowLayoutResult> {
  return { view: 'flow', positions: positionsFromElk(await elk.layout(toElkGraph(content, options))) };
}
