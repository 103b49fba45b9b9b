// Where things are on an ecosystem map, in board units: rings are concentric bands around
// (0, 0), each `ringWidth` wide, innermost (the core) first; an actor's x/y is its centre.
import type { EcosystemContent } from '../model';

/** The box an actor is drawn in (the editor's node and the report's card). */
export const ACTOR_SIZE = { width: 150, height: 56 } as const;

/** Outer radius of ring `index` (0 = core). */
export const ringOuterRadius = (index: number, ringWidth: number) => (index + 1) * ringWidth;

/** Index of the ring whose band holds a point; points beyond the last ring belong to it. */
export function ringIndexAt(x: number, y: number, ringCount: number, ringWidth: number): number {
  const index = Math.floor(Math.hypot(x, y) / ringWidth);
  return Math.min(Math.max(index, 0), ringCount - 1);
}

/**
 * Where an actor dropped at (x, y) ends up, and in which ring: inside the band it was dropped in,
 * or pulled in to the outermost band when dropped beyond every ring ("snaps to its ring").
 */
export function snapToRing(
  content: Pick<EcosystemContent, 'rings' | 'ringWidth'>,
  x: number,
  y: number,
): { x: number; y: number; ringId: string } {
  const { rings, ringWidth } = content;
  const index = ringIndexAt(x, y, rings.length, ringWidth);
  const ringId = rings[index]?.id ?? '';
  const outer = ringOuterRadius(rings.length - 1, ringWidth);
  const distance = Math.hypot(x, y);
  // Keep the whole card inside the map: its centre stays half a card from the outer edge.
  const limit = outer - ACTOR_SIZE.height / 2;
  if (distance <= limit) return { x: Math.round(x), y: Math.round(y), ringId };
  const scale = limit / distance;
  return { x: Math.round(x * scale), y: Math.round(y * scale), ringId };
}

/**
 * A point inside ring `index` for a new actor: the centre of the map for the first core actor,
 * else the middle of the band at the first of a few angles where no actor is close, so new
 * actors do not pile up.
 */
export function freeSpotInRing(
  content: Pick<EcosystemContent, 'rings' | 'ringWidth' | 'actors'>,
  index: number,
): { x: number; y: number } {
  const taken = (x: number, y: number) =>
    content.actors.some((a) => Math.abs(a.x - x) < ACTOR_SIZE.width && Math.abs(a.y - y) < ACTOR_SIZE.height * 1.5);
  if (index === 0 && !taken(0, 0)) return { x: 0, y: 0 };
  const radius = (index + 0.5) * content.ringWidth;
  const tries = 24;
  for (let i = 0; i < tries; i++) {
    // Start at the top and alternate sides, as a facilitator would on a paper map.
    const step = Math.ceil(i / 2) * (i % 2 === 0 ? 1 : -1);
    const angle = -Math.PI / 2 + (step * 2 * Math.PI) / tries;
    const x = Math.round(radius * Math.cos(angle));
    const y = Math.round(radius * Math.sin(angle));
    if (!taken(x, y)) return { x, y };
  }
  // A full band: a small cascade from the top, still inside the band.
  const count = content.actors.length % 5;
  return { x: count * 14, y: Math.round(-radius + count * 10) };
}

/**
 * The part of the map to show when fitting it to the screen: every actor's card, or the rings of
 * an empty map; never smaller than a few cards, so one actor is not blown up to fill the screen.
 */
export function mapBounds(content: Pick<EcosystemContent, 'actors' | 'rings' | 'ringWidth' | 'view'>): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const MIN = { width: 6 * ACTOR_SIZE.width, height: 10 * ACTOR_SIZE.height };
  if (content.actors.length === 0) {
    const r = content.view === 'rings' ? ringOuterRadius(content.rings.length - 1, content.ringWidth) : MIN.width / 2;
    return { x: -r, y: -r, width: 2 * r, height: 2 * r };
  }
  const xs = content.actors.map((a) => a.x);
  const ys = content.actors.map((a) => a.y);
  const left = Math.min(...xs) - ACTOR_SIZE.width / 2;
  const top = Math.min(...ys) - ACTOR_SIZE.height / 2;
  const width = Math.max(...xs) + ACTOR_SIZE.width / 2 - left;
  const height = Math.max(...ys) + ACTOR_SIZE.height / 2 - top;
  const grow = { x: Math.max(0, MIN.width - width) / 2, y: Math.max(0, MIN.height - height) / 2 };
  return { x: left - grow.x, y: top - grow.y, width: width + 2 * grow.x, height: height + 2 * grow.y };
}

/** Room around a group's members, and above them for the group's name. */
export const GROUP_PADDING = 14;
export const GROUP_LABEL = 24;

/** The box drawn around each group with members: its members' cards, padded, with room for its name. */
export function groupBoxes(
  content: Pick<EcosystemContent, 'groups' | 'actors'>,
): { id: string; name: string; x: number; y: number; width: number; height: number }[] {
  return content.groups.flatMap((group) => {
    const members = content.actors.filter((a) => a.groupId === group.id);
    if (members.length === 0) return [];
    const left = Math.min(...members.map((a) => a.x)) - ACTOR_SIZE.width / 2 - GROUP_PADDING;
    const right = Math.max(...members.map((a) => a.x)) + ACTOR_SIZE.width / 2 + GROUP_PADDING;
    const top = Math.min(...members.map((a) => a.y)) - ACTOR_SIZE.height / 2 - GROUP_PADDING - GROUP_LABEL;
    const bottom = Math.max(...members.map((a) => a.y)) + ACTOR_SIZE.height / 2 + GROUP_PADDING;
    return [{ id: group.id, name: group.name, x: left, y: top, width: right - left, height: bottom - top }];
  });
}

/**
 * Code-unit order, not localeCompare: layouts must come out the same on every machine and in
 * every UI language (localeCompare follows the system's collation).
 */
export const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
