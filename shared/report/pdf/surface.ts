// What the painter and drawScene draw on: a few vector primitives in points (origin top left).
// jspdf-surface.ts implements it with jsPDF, the only module that touches jsPDF's drawing calls.
import type { FontFace, Measurer } from './ops';
import type { PathCommand } from './path-data';

export type PaintMode = 'fill' | 'stroke' | 'fill-stroke';

export interface StrokeStyle {
  color: string;
  width: number;
  /** Dash and gap lengths in points; null for a solid line. */
  dash: number[] | null;
  round: boolean;
}

/** Where a path given relative to an origin goes, and the name of its commands. */
export interface PathPlacement {
  key: string;
  x: number;
  y: number;
}

export interface Surface extends Measurer {
  rect(
    x: number,
    y: number,
    width: number,
    height: number,
    radius: number,
    mode: PaintMode,
    fill: string | null,
    stroke: StrokeStyle | null,
  ): void;
  circle(cx: number, cy: number, r: number, mode: PaintMode, fill: string | null, stroke: StrokeStyle | null): void;
  /**
   * A path; with `at`, its commands are relative to (at.x, at.y), and a shape drawn again with the
   * same `at.key` has the same commands (an icon): the surface may draw it once and place it.
   */
  path(
    commands: readonly PathCommand[],
    mode: PaintMode,
    fill: string | null,
    stroke: StrokeStyle | null,
    evenOdd: boolean,
    at?: PathPlacement,
  ): void;
  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void;
  text(text: string, x: number, y: number, face: FontFace, size: number, color: string): void;
  image(
    data: string,
    mimeType: 'image/jpeg' | 'image/png',
    alias: string,
    x: number,
    y: number,
    width: number,
    height: number,
  ): void;
  /** Clips what follows to a rectangle until restore(). */
  clipRect(x: number, y: number, width: number, height: number): void;
  save(): void;
  restore(): void;
}

/** The paint mode a fill and a stroke call for, or null when neither paints. */
export function paintMode(fill: string | null, stroke: StrokeStyle | null): PaintMode | null {
  if (fill && stroke) return 'fill-stroke';
  if (fill) return 'fill';
  if (stroke) return 'stroke';
  return null;
}
