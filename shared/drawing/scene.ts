// The drawing primitives of an exported board, in board units (y grows downwards), and their
// boxes. SVG export writes them as elements; the PDF report can draw the same list with its own
// vector primitives, so both pictures come from one layout.
import type { ArrowLine } from './arrows';
import { ARROW_HEAD } from './arrows';
import { textWidth } from './text-fit';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type SceneShape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
    }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  /** A straight line whose ends are the arrow tips (see trimmedLine, arrowHead). */
  | ({ kind: 'line'; stroke: string; dash?: string } & ArrowLine)
  /**
   * SVG path data `d` in its own units, drawn scaled by `scale` with its origin at (x, y);
   * `width` × `height` is the box of `d` in its own units. `d` is full SVG path data (icons use
   * relative commands and arcs), so a drawer without an SVG engine has to parse it. A stroked
   * path (a curve) has fill 'none'; its stroke width is in scene units, not scaled.
   */
  | {
      kind: 'path';
      d: string;
      fill: string;
      fillRule: 'nonzero' | 'evenodd';
      stroke?: string;
      strokeWidth?: number;
      dash?: string;
      x: number;
      y: number;
      scale: number;
      width: number;
      height: number;
    }
  /** One line of text; y is its baseline. */
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      fontSize: number;
      bold: boolean;
      anchor: 'start' | 'middle' | 'end';
      fill: string;
    };

/** What a group of shapes draws, so a renderer can structure or tag it (an accessible PDF needs this). */
export type ScenePart =
  | { kind: 'background' }
  | { kind: 'ring'; id: string }
  | { kind: 'cluster'; id: string }
  | { kind: 'relation'; id: string }
  | { kind: 'relation-label'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'legend' }
  // Boards drawn as grids and canvases (journeys, canvases):
  /** The board's title and subtitle above the drawing (a journey's persona and state). */
  | { kind: 'title' }
  /** A journey stage's header: its title and its numbered steps. */
  | { kind: 'stage'; id: string }
  /** A journey lane's header (title, type, an emotion lane's scale and curve sample). */
  | { kind: 'lane'; id: string }
  /** One cell of a journey's grid; a channels cell holds its channels and text. */
  | { kind: 'cell'; stageId: string; laneId: string }
  /** A sticky note (journey or canvas) with its text, tags and votes. */
  | { kind: 'note'; id: string }
  /**
   * The frame where a note's photo goes: its first shape is the frame's rect. A scene has no image
   * primitive, so exports draw a placeholder; the PDF report draws the photo into this box.
   */
  | { kind: 'photo'; id: string; photoId: string }
  /** An emotion lane's curve through its scores, with a dot on each score. */
  | { kind: 'emotion-curve'; id: string }
  /** A service blueprint's line drawn below the lane `id`. */
  | { kind: 'blueprint-line'; id: string; line: 'interaction' | 'visibility' | 'internal' }
  /** A canvas section: its box, title and prompt. */
  | { kind: 'section'; id: string }
  /** A 2 × 2 matrix canvas's axes and their labels. */
  | { kind: 'axes' };

export interface SceneGroup {
  part: ScenePart;
  shapes: SceneShape[];
}

/** A whole picture: groups back to front, the box that holds them, and its text alternative. */
export interface Scene {
  title: string;
  description: string;
  bounds: Box;
  groups: SceneGroup[];
}

/** The box a shape covers (text by its estimated width; a line with its arrowheads). */
export function shapeBox(shape: SceneShape): Box {
  switch (shape.kind) {
    case 'rect': {
      const s = (shape.stroke ? (shape.strokeWidth ?? 1) : 0) / 2;
      return { x: shape.x - s, y: shape.y - s, width: shape.width + 2 * s, height: shape.height + 2 * s };
    }
    case 'circle': {
      const r = shape.r + (shape.stroke ? (shape.strokeWidth ?? 1) : 0) / 2;
      return { x: shape.cx - r, y: shape.cy - r, width: 2 * r, height: 2 * r };
    }
    case 'line': {
      // An arrowhead reaches this far to the side of the line (its outline included).
      const reach = shape.strokeWidth * (ARROW_HEAD.halfWidth + 0.5);
      const x = Math.min(shape.x1, shape.x2) - reach;
      const y = Math.min(shape.y1, shape.y2) - reach;
      return {
        x,
        y,
        width: Math.abs(shape.x2 - shape.x1) + 2 * reach,
        height: Math.abs(shape.y2 - shape.y1) + 2 * reach,
      };
    }
    case 'path': {
      const s = (shape.stroke ? (shape.strokeWidth ?? 1) : 0) / 2;
      return {
        x: shape.x - s,
        y: shape.y - s,
        width: shape.width * shape.scale + 2 * s,
        height: shape.height * shape.scale + 2 * s,
      };
    }
    case 'text': {
      const width = textWidth(shape.text, shape.fontSize, shape.bold);
      const left =
        shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
      // Accented capitals (Ä, Å) rise about one em above the baseline; descenders go 0.25 em below.
      return { x: left, y: shape.y - shape.fontSize, width, height: shape.fontSize * 1.25 };
    }
  }
}

/** The smallest box holding all the boxes; null for none. */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

export const groupsBox = (groups: readonly SceneGroup[]) => unionBox(groups.flatMap((g) => g.shapes.map(shapeBox)));
