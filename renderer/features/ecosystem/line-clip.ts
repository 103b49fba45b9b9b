/** A rectangle in board units. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The part of the line from (ax, ay) to (bx, by) inside `rect`, as fractions [t0, t1] of its
 * length (Liang–Barsky), or null when it misses. With a dash period, t0 is moved back to the
 * last whole period before the rectangle: canvas restarts the dash pattern at each subpath's
 * start, so the dashes inside fall exactly where they fall on the whole line.
 */
export function clipLine(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  rect: Rect,
  dashPeriod = 0,
): [number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // Each edge as p·t ≤ q.
  const edges: [number, number][] = [
    [-dx, ax - rect.x0],
    [dx, rect.x1 - ax],
    [-dy, ay - rect.y0],
    [dy, rect.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  if (dashPeriod > 0 && t0 > 0) {
    const length = Math.hypot(dx, dy);
    t0 = (Math.floor((t0 * length) / dashPeriod) * dashPeriod) / length;
  }
  return [t0, t1];
}
