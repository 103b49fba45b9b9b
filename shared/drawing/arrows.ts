// Lines with arrowheads for drawings made without a DOM (SVG export, the PDF report).

export interface Point {
  x: number;
  y: number;
}

/**
 * An arrowhead's size in line widths (so a strong relation has a bigger head), the editor's
 * React Flow "arrowclosed" marker at 14 × 14: 3.5 long, 2.8 to each side of the line.
 */
export const ARROW_HEAD = { length: 3.5, halfWidth: 2.8 } as const;

export interface ArrowLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strokeWidth: number;
  arrowStart: boolean;
  arrowEnd: boolean;
}

/** The three corners of the arrowhead whose tip is at the line's start or end. */
export function arrowHead(line: ArrowLine, end: 'start' | 'end'): [Point, Point, Point] {
  const tip = end === 'end' ? { x: line.x2, y: line.y2 } : { x: line.x1, y: line.y1 };
  const from = end === 'end' ? { x: line.x1, y: line.y1 } : { x: line.x2, y: line.y2 };
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const back = ARROW_HEAD.length * line.strokeWidth;
  const side = ARROW_HEAD.halfWidth * line.strokeWidth;
  const bx = tip.x - ux * back;
  const by = tip.y - uy * back;
  return [tip, { x: bx - uy * side, y: by + ux * side }, { x: bx + uy * side, y: by - ux * side }];
}

/**
 * The part of the line to stroke: it stops half an arrowhead before each tip, so the square
 * end of a thick line does not stick out beside the point of the arrow.
 */
export function trimmedLine(line: ArrowLine): { x1: number; y1: number; x2: number; y2: number } {
  const length = Math.hypot(line.x2 - line.x1, line.y2 - line.y1);
  const trim = (ARROW_HEAD.length * line.strokeWidth) / 2;
  if (length === 0 || length <= 2 * trim) return { x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 };
  const ux = (line.x2 - line.x1) / length;
  const uy = (line.y2 - line.y1) / length;
  const start = line.arrowStart ? trim : 0;
  const end = line.arrowEnd ? trim : 0;
  return {
    x1: line.x1 + ux * start,
    y1: line.y1 + uy * start,
    x2: line.x2 - ux * end,
    y2: line.y2 - uy * end,
  };
}
