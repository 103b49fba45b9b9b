// Small layout helpers shared by the board drawings (journey, canvas): blocks of wrapped text,
// moving shapes built at the origin, and the margin around a finished picture.
import type { Box, SceneShape } from './scene';

export interface TextStyle {
  fontSize: number;
  bold: boolean;
  fill: string;
  /** Line height as a multiple of the font size; at least 1.3 keeps each line's glyphs inside its line box. */
  lineHeight: number;
}

/** Baseline of a line whose line box starts at `top`: the glyphs centred in the box. */
export const baselineIn = (top: number, fontSize: number, lineHeight: number) =>
  top + (lineHeight / 2 + 0.35) * fontSize;

/** Lines of text, left-aligned at x, the first line box starting at `top`; and the height they take. */
export function textBlock(
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
): { shapes: SceneShape[]; height: number } {
  const step = style.fontSize * style.lineHeight;
  // A blank line (between paragraphs) takes its height but draws nothing.
  const shapes = lines.flatMap((text, i): SceneShape[] =>
    text === ''
      ? []
      : [
          {
            kind: 'text',
            x,
            y: baselineIn(top + i * step, style.fontSize, style.lineHeight),
            text,
            fontSize: style.fontSize,
            bold: style.bold,
            anchor: 'start',
            fill: style.fill,
          },
        ],
  );
  return { shapes, height: lines.length * step };
}

/** The shape moved by (dx, dy). */
export function moveShape(shape: SceneShape, dx: number, dy: number): SceneShape {
  switch (shape.kind) {
    case 'rect':
    case 'path':
    case 'text':
      return { ...shape, x: shape.x + dx, y: shape.y + dy };
    case 'circle':
      return { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
    case 'line':
      return { ...shape, x1: shape.x1 + dx, y1: shape.y1 + dy, x2: shape.x2 + dx, y2: shape.y2 + dy };
  }
}

export const moveShapes = (shapes: readonly SceneShape[], dx: number, dy: number) =>
  shapes.map((s) => moveShape(s, dx, dy));

/** The box grown by `by` on every side, out to whole units (an image has whole pixels). */
export function growBox(box: Box, by: number): Box {
  const x = Math.floor(box.x - by);
  const y = Math.floor(box.y - by);
  return { x, y, width: Math.ceil(box.x + box.width + by) - x, height: Math.ceil(box.y + box.height + by) - y };
}
