// Where a relation line meets an actor's card, for drawings made from the model (map export, the
// PDF report). The editor's RelationEdge draws the same line from React Flow's measured nodes.
import type { Point } from '../drawing/arrows';
import { ACTOR_SIZE } from './geometry';

/** Units a line stops short of a card, so its arrowhead is not hidden under the card. */
const BORDER_GAP = 3;

/** Where the line from an actor's centre towards a point leaves the actor's card. */
export function cardBorderPoint(centre: Point, toward: Point): Point {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = 1 / Math.max(Math.abs(dx) / (ACTOR_SIZE.width / 2), Math.abs(dy) / (ACTOR_SIZE.height / 2));
  const gap = BORDER_GAP / Math.hypot(dx, dy);
  return { x: centre.x + dx * (scale + gap), y: centre.y + dy * (scale + gap) };
}
