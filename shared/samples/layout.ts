// Small layout helpers for generated boards, in board units (CSS pixels at 100 % zoom).
// Kept generic so the benchmark generator (S/M/L projects) can reuse them with other counts.
import type { Rng } from './random';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The size the sample assumes for a sticky note; a note's x/y is its top-left corner.
 * The model does not fix a note size yet: when the canvas issue does, use its constant here.
 */
export const NOTE_SIZE = { width: 160, height: 100 } as const;

/** Room left at the top of a section for its title and one-line prompt. */
export const SECTION_HEADER = 72;
const SECTION_PADDING = 16;
const NOTE_GAP = 12;

export interface GridOptions {
  columns: number;
  rows: number;
  /** Size of the whole grid, gaps included. */
  width: number;
  height: number;
  gap?: number;
  origin?: Point;
}

/** Splits a rectangle into columns × rows equal cells, row by row (the canvas templates' sections). */
export function gridRects({ columns, rows, width, height, gap = 24, origin = { x: 0, y: 0 } }: GridOptions): Rect[] {
  const cellWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const cellHeight = Math.floor((height - gap * (rows - 1)) / rows);
  const rects: Rect[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      rects.push({
        x: origin.x + column * (cellWidth + gap),
        y: origin.y + row * (cellHeight + gap),
        width: cellWidth,
        height: cellHeight,
      });
    }
  }
  return rects;
}

/**
 * Top-left corners for `count` notes inside a section: a tidy grid under the header with a little
 * jitter so it looks hand-placed. When more notes than slots are asked for, later notes overlap
 * earlier ones with a small offset, like a pile; every note stays wholly inside the section.
 */
export function placeNotesInRect(rect: Rect, count: number, rng: Rng, note = NOTE_SIZE): Point[] {
  const inner = {
    x: rect.x + SECTION_PADDING,
    y: rect.y + SECTION_HEADER,
    width: Math.max(note.width, rect.width - 2 * SECTION_PADDING),
    height: Math.max(note.height, rect.height - SECTION_HEADER - SECTION_PADDING),
  };
  const columns = Math.max(1, Math.floor((inner.width + NOTE_GAP) / (note.width + NOTE_GAP)));
  const rows = Math.max(1, Math.floor((inner.height + NOTE_GAP) / (note.height + NOTE_GAP)));
  const slots = columns * rows;
  const maxX = rect.x + rect.width - note.width;
  const maxY = rect.y + rect.height - note.height;
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const slot = i % slots;
    const pile = Math.floor(i / slots);
    const x = inner.x + (slot % columns) * (note.width + NOTE_GAP) + pile * 14 + rng.int(-4, 4);
    const y = inner.y + Math.floor(slot / columns) * (note.height + NOTE_GAP) + pile * 10 + rng.int(-4, 4);
    points.push({ x: clamp(x, rect.x, maxX), y: clamp(y, rect.y, maxY) });
  }
  return points;
}

export interface RingLayoutOptions {
  centre: Point;
  /** Radius of each ring, innermost first; a ring's actors sit on its circle. */
  radii: readonly number[];
  /** Random turn of each ring's starting angle, in radians, so rings do not line up. */
  jitter?: number;
}

/**
 * Centre points for actors on concentric rings: `counts[i]` actors spread evenly around ring i,
 * each ring turned a little so spokes do not line up. An actor's x/y is its centre.
 */
export function ringPositions(counts: readonly number[], rng: Rng, options: RingLayoutOptions): Point[][] {
  const { centre, radii, jitter = 0.3 } = options;
  return counts.map((count, ring) => {
    const radius = radii[ring] ?? (radii.at(-1) ?? 0) + 200 * (ring - radii.length + 1);
    const start = -Math.PI / 2 + (ring * Math.PI) / Math.max(count, 1) + rng.float(-jitter, jitter);
    return Array.from({ length: count }, (_, i) => {
      const angle = start + (2 * Math.PI * i) / Math.max(count, 1);
      const r = radius + rng.int(-12, 12);
      return { x: Math.round(centre.x + r * Math.cos(angle)), y: Math.round(centre.y + r * Math.sin(angle)) };
    });
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
