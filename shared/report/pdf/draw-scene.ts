// Draws a Scene (shared/drawing) with vector primitives: every shape kind, arrowheads as the SVG
// export draws them, icon paths with relative commands and arcs. One scene unit becomes `scale`
// points; what falls outside the viewport is clipped (and skipped, so a map split into parts
// does not draw 2,000 actors on every page).
import { arrowHead, trimmedLine } from '../../drawing/arrows';
import { shapeBox, type Box, type Scene, type ScenePart, type SceneShape } from '../../drawing/scene';
import { dashPattern, solidColor } from './colors';
import { parsePathData, type PathCommand } from './path-data';
import { paintMode, type StrokeStyle, type Surface } from './surface';

/** Called around each group of the scene, so a tagging step can tag actors, relations, the legend. */
export interface SceneHooks {
  beginGroup?(part: ScenePart): void;
  endGroup?(part: ScenePart): void;
}

interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

const pathCache = new Map<string, PathCommand[]>();

function commandsOf(d: string): PathCommand[] {
  let commands = pathCache.get(d);
  if (!commands) {
    commands = parsePathData(d);
    if (pathCache.size > 500) pathCache.clear();
    pathCache.set(d, commands);
  }
  return commands;
}

const scaledCache = new Map<string, { key: string; commands: PathCommand[] }>();

/** A path's commands scaled by k (about its origin), and a key naming them. */
function scaledCommands(d: string, k: number): { key: string; commands: PathCommand[] } {
  const key = `${k} ${d}`;
  let scaled = scaledCache.get(key);
  if (!scaled) {
    const commands = commandsOf(d).map((c): PathCommand => {
      if (c.op === 'Z') return c;
      if (c.op === 'C') {
        return { op: 'C', x1: c.x1 * k, y1: c.y1 * k, x2: c.x2 * k, y2: c.y2 * k, x: c.x * k, y: c.y * k };
      }
      return { op: c.op, x: c.x * k, y: c.y * k };
    });
    if (scaledCache.size > 2000) scaledCache.clear();
    scaled = { key, commands };
    scaledCache.set(key, scaled);
  }
  return scaled;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Whether the segment (x1, y1)–(x2, y2) passes through the box (Liang–Barsky): a long relation's
 * bounding box covers much of a map, the line itself only a few of its parts' pages.
 */
function crosses(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  let from = 0;
  let to = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) from = Math.max(from, r);
    else to = Math.min(to, r);
    if (from > to) return false;
  }
  return true;
}

/**
 * Each shape's box, per group, of the scenes drawn so far: a map split into parts tests every
 * shape against each part's page.
 */
const boxCache = new WeakMap<Scene, Box[][]>();

function boxesOf(scene: Scene): Box[][] {
  let boxes = boxCache.get(scene);
  if (!boxes) {
    boxes = scene.groups.map((group) => group.shapes.map(shapeBox));
    boxCache.set(scene, boxes);
  }
  return boxes;
}

/** Whether a shape shows in the viewport: its box overlaps it (and a line passes through it). */
function visible(shape: SceneShape, box: Box, viewport: Box): boolean {
  if (!overlaps(box, viewport)) return false;
  if (shape.kind !== 'line') return true;
  // shapeBox pads a line by its arrowheads' reach: pad the viewport as much instead.
  const reach = Math.min(shape.x1, shape.x2) - box.x;
  const padded = {
    x: viewport.x - reach,
    y: viewport.y - reach,
    width: viewport.width + 2 * reach,
    height: viewport.height + 2 * reach,
  };
  return crosses(shape.x1, shape.y1, shape.x2, shape.y2, padded);
}

// Points of scene coordinates (plain functions: closures made per shape cost a tenth of the painting).
const X = (t: Transform, x: number) => t.dx + x * t.scale;
const Y = (t: Transform, y: number) => t.dy + y * t.scale;

function drawShape(surface: Surface, shape: SceneShape, t: Transform): void {
  const s = t.scale;
  switch (shape.kind) {
    case 'rect':
    case 'circle': {
      const fill = solidColor(shape.fill);
      const strokeColor = solidColor(shape.stroke);
      const stroke: StrokeStyle | null = strokeColor
        ? { color: strokeColor, width: (shape.strokeWidth ?? 1) * s, dash: null, round: false }
        : null;
      const mode = paintMode(fill, stroke);
      if (!mode) return;
      if (shape.kind === 'rect') {
        surface.rect(
          X(t, shape.x),
          Y(t, shape.y),
          shape.width * s,
          shape.height * s,
          shape.radius * s,
          mode,
          fill,
          stroke,
        );
      } else {
        surface.circle(X(t, shape.cx), Y(t, shape.cy), shape.r * s, mode, fill, stroke);
      }
      return;
    }
    case 'line': {
      const color = solidColor(shape.stroke) ?? '#000000';
      const { x1, y1, x2, y2 } = trimmedLine(shape);
      surface.line(X(t, x1), Y(t, y1), X(t, x2), Y(t, y2), {
        color,
        width: shape.strokeWidth * s,
        dash: dashPattern(shape.dash, s),
        round: false,
      });
      // Heads as the SVG export's markers: filled, outlined at 0.7 line widths with round joins.
      const head: StrokeStyle = { color, width: 0.7 * shape.strokeWidth * s, dash: null, round: true };
      for (const end of ['start', 'end'] as const) {
        if (end === 'start' ? !shape.arrowStart : !shape.arrowEnd) continue;
        const [a, b, c] = arrowHead(shape, end);
        const commands: PathCommand[] = [
          { op: 'M', x: X(t, a.x), y: Y(t, a.y) },
          { op: 'L', x: X(t, b.x), y: Y(t, b.y) },
          { op: 'L', x: X(t, c.x), y: Y(t, c.y) },
          { op: 'Z' },
        ];
        surface.path(commands, 'fill-stroke', color, head, false);
      }
      return;
    }
    case 'path': {
      const fill = solidColor(shape.fill);
      const strokeColor = solidColor(shape.stroke);
      // A stroke keeps its width in scene units however the path's own units are scaled.
      const stroke: StrokeStyle | null = strokeColor
        ? { color: strokeColor, width: (shape.strokeWidth ?? 1) * s, dash: dashPattern(shape.dash, s), round: true }
        : null;
      const mode = paintMode(fill, stroke);
      if (!mode) return;
      // In points about the shape's origin: an icon drawn again is the same commands, placed.
      const { key, commands } = scaledCommands(shape.d, shape.scale * s);
      surface.path(commands, mode, fill, stroke, shape.fillRule === 'evenodd', {
        key,
        x: X(t, shape.x),
        y: Y(t, shape.y),
      });
      return;
    }
    case 'text': {
      const size = shape.fontSize * s;
      const face = shape.bold ? 'bold' : 'regular';
      const width = surface.width(shape.text, face, size);
      const left =
        shape.anchor === 'start'
          ? X(t, shape.x)
          : shape.anchor === 'middle'
            ? X(t, shape.x) - width / 2
            : X(t, shape.x) - width;
      surface.text(shape.text, left, Y(t, shape.y), face, size, solidColor(shape.fill) ?? '#000000');
      return;
    }
  }
}

/**
 * Draws the part `viewport` of the scene (scene units) into `box` (points), scaled uniformly to
 * the box's width and clipped to the box.
 */
export function drawScene(surface: Surface, scene: Scene, viewport: Box, box: Box, hooks: SceneHooks = {}): void {
  const scale = box.width / viewport.width;
  const t: Transform = { scale, dx: box.x - viewport.x * scale, dy: box.y - viewport.y * scale };
  const whole =
    viewport.x <= scene.bounds.x &&
    viewport.y <= scene.bounds.y &&
    viewport.x + viewport.width >= scene.bounds.x + scene.bounds.width &&
    viewport.y + viewport.height >= scene.bounds.y + scene.bounds.height;
  surface.save();
  surface.clipRect(box.x, box.y, box.width, box.height);
  const boxes = whole ? null : boxesOf(scene);
  scene.groups.forEach((group, g) => {
    const shapes = boxes ? group.shapes.filter((shape, i) => visible(shape, boxes[g][i], viewport)) : group.shapes;
    if (shapes.length === 0) return;
    hooks.beginGroup?.(group.part);
    for (const shape of shapes) drawShape(surface, shape, t);
    hooks.endGroup?.(group.part);
  });
  surface.restore();
}

/** The smallest text size in the scene (scene units), or null for a scene without text. */
export function smallestText(scene: Scene): number | null {
  let smallest = Infinity;
  for (const group of scene.groups) {
    for (const shape of group.shapes) if (shape.kind === 'text') smallest = Math.min(smallest, shape.fontSize);
  }
  return smallest === Infinity ? null : smallest;
}
