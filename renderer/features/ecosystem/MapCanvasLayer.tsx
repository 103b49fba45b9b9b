import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@xyflow/react';
import {
  ACTOR_SIZE,
  INFORMAL_DASH,
  actorLook,
  relationColor,
  ringOuterRadius,
  strokeWidthFor,
} from '../../../shared/ecosystem';
import type { EcosystemContent } from '../../../shared/model';
import { clipLine, type Rect } from './line-clip';
import { ZOOM_STILL_MS, cssTransform, previewOf } from './zoom-preview';

/**
 * A big map's bulk, painted on one canvas under React Flow: the rings, the relations React Flow
 * does not draw (all but the selection's), and, zoomed far out, the actors as coloured cards.
 * Thousands of DOM nodes and SVG edges cost seconds per zoom step at 2,000 actors
 * (docs/benchmarks.md); this is a few hundred draw calls per frame on prepared paths.
 */
export const MapCanvasLayer = memo(function MapCanvasLayer(props: {
  content: EcosystemContent;
  dimmedActors: ReadonlySet<string>;
  dimmedRelations: ReadonlySet<string>;
  /** Draw the actors too (the overview, when React Flow holds no actor nodes). */
  cards: boolean;
  /** Relations React Flow draws itself (with arrowheads and labels), left out here. */
  drawnByFlow: ReadonlySet<string>;
}) {
  const { content, dimmedActors, dimmedRelations, cards, drawnByFlow } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const scene = useMemo(
    () => prepare(content, dimmedActors, dimmedRelations, drawnByFlow),
    [content, dimmedActors, dimmedRelations, drawnByFlow],
  );
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  // What the canvas holds, drawn at this view (a zoom preview shows it moved), so a pan can move
  // it instead of drawing it all again.
  const drawn = useRef<Drawn | null>(null);
  // The zoom of the last update, to tell a zoom step from anything else.
  const lastZoom = useRef<number | null>(null);
  // Bumped when the zoom has been still for ZOOM_STILL_MS, to paint the preview afresh.
  const [stills, setStills] = useState(0);
  const stillTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(stillTimer.current), []);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const [x, y, zoom] = transform;
    const now: Drawn = { scene, cards, x, y, zoom, width, height, ratio };
    const before = drawn.current;
    const zoomStep = lastZoom.current !== null && zoom !== lastZoom.current;
    lastZoom.current = zoom;
    window.clearTimeout(stillTimer.current);
    // A zoom step shows the last picture scaled (zoom-preview.ts) until the zoom is still; any
    // other change (content, filter, the overview's cards, a pan, the timer) paints at once.
    if (before && zoomStep && sameLook(before, now)) {
      element.style.transform = cssTransform(previewOf(before, now));
      stillTimer.current = window.setTimeout(() => setStills((n) => n + 1), ZOOM_STILL_MS);
      return;
    }
    element.style.transform = '';
    drawn.current = now;
    const draw = (clip: { left: number; top: number; right: number; bottom: number }) => {
      // The part in board units, with a margin wider than any line and its cap.
      const margin = 16 + 4 / zoom;
      const view = {
        x0: (clip.left / ratio - x) / zoom - margin,
        y0: (clip.top / ratio - y) / zoom - margin,
        x1: (clip.right / ratio - x) / zoom + margin,
        y1: (clip.bottom / ratio - y) / zoom + margin,
      };
      context.save();
      context.beginPath();
      context.rect(clip.left, clip.top, clip.right - clip.left, clip.bottom - clip.top);
      context.clip();
      context.clearRect(clip.left, clip.top, clip.right - clip.left, clip.bottom - clip.top);
      context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
      paint(context, scene, cards, view, zoom);
      context.restore();
    };
    const [w, h] = [element.width, element.height];
    const shift = before ? panShift(before, now) : null;
    if (!shift || Math.abs(shift.dx) >= w || Math.abs(shift.dy) >= h)
      return draw({ left: 0, top: 0, right: w, bottom: h });
    // A pan by whole pixels: the picture moves (software canvas redrew every line of the map on
    // each pan step: issue 10) and only the strips it uncovers are drawn, clipped to them.
    const { dx, dy } = shift;
    if (dx === 0 && dy === 0) return;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalCompositeOperation = 'copy';
    context.drawImage(element, dx, dy);
    context.restore();
    if (dx > 0) draw({ left: 0, top: 0, right: dx, bottom: h });
    if (dx < 0) draw({ left: w + dx, top: 0, right: w, bottom: h });
    if (dy > 0) draw({ left: 0, top: 0, right: w, bottom: dy });
    if (dy < 0) draw({ left: 0, top: h + dy, right: w, bottom: h });
  }, [scene, cards, transform, width, height, ratio, stills]);
  return (
    <canvas
      ref={canvas}
      className="eco-canvas-layer"
      aria-hidden="true"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height, transformOrigin: '0 0' }}
    />
  );
});

interface Drawn {
  scene: Scene;
  cards: boolean;
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  ratio: number;
}

/**
 * How far, in whole device pixels, the picture moved between two draws that differ only by a
 * pan (null otherwise: anything else is drawn afresh). A pan adds whole CSS pixels to the
 * translation, so the move is whole up to rounding; within a millionth of a pixel it is taken as
 * whole, which draws the same pixels.
 */
function panShift(before: Drawn, now: Drawn): { dx: number; dy: number } | null {
  if (!sameLook(before, now) || before.zoom !== now.zoom) return null;
  const dx = (now.x - before.x) * now.ratio;
  const dy = (now.y - before.y) * now.ratio;
  const whole = (d: number) => Math.abs(d - Math.round(d)) < 1e-6;
  return whole(dx) && whole(dy) ? { dx: Math.round(dx), dy: Math.round(dy) } : null;
}

/** Whether two draws show the same things at the same size, whatever the view. */
function sameLook(before: Drawn, now: Drawn): boolean {
  return (
    before.scene === now.scene &&
    before.cards === now.cards &&
    before.width === now.width &&
    before.height === now.height &&
    before.ratio === now.ratio
  );
}

interface Stroke {
  /** From and to of each line, in board units: x1, y1, x2, y2, … */
  ends: number[];
  color: string;
  width: number;
  dash: number[];
  alpha: number;
}
interface Fill {
  path: Path2D;
  color: string;
  alpha: number;
}
interface Scene {
  rings: { radius: number; name: string; even: boolean }[];
  lines: Stroke[];
  cards: Fill[];
}

/** Groups the map into one path per look, in board units, once per content or filter change. */
function prepare(
  content: EcosystemContent,
  dimmedActors: ReadonlySet<string>,
  dimmedRelations: ReadonlySet<string>,
  skip: ReadonlySet<string>,
): Scene {
  const at = new Map(content.actors.map((a) => [a.id, a]));
  const lines = new Map<string, Stroke>();
  for (const r of content.relations) {
    const from = at.get(r.from);
    const to = at.get(r.to);
    if (!from || !to || skip.has(r.id)) continue;
    const dimmed = dimmedRelations.has(r.id);
    const key = `${r.type}|${r.informal}|${r.strength}|${dimmed}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        ends: [],
        color: relationColor(content, r.type),
        width: strokeWidthFor(r.strength),
        dash: r.informal ? INFORMAL_DASH.split(' ').map(Number) : [],
        alpha: dimmed ? 0.15 : 0.7,
      };
      lines.set(key, line);
    }
    line.ends.push(from.x, from.y, to.x, to.y);
  }
  const fills = new Map<string, Fill>();
  const w = ACTOR_SIZE.width;
  const h = ACTOR_SIZE.height;
  for (const a of content.actors) {
    const dimmed = dimmedActors.has(a.id);
    const key = `${a.type}|${dimmed}`;
    let fill = fills.get(key);
    if (!fill) {
      fill = { path: new Path2D(), color: actorLook(content, a.type).color, alpha: dimmed ? 0.3 : 1 };
      fills.set(key, fill);
    }
    fill.path.rect(a.x - w / 2, a.y - h / 2, w, h);
  }
  const rings =
    content.view === 'rings'
      ? content.rings.map((ring, i) => ({
          radius: ringOuterRadius(i, content.ringWidth),
          name: ring.name,
          even: i % 2 === 0,
        }))
      : [];
  return { rings, lines: [...lines.values()], cards: [...fills.values()] };
}

/** Below this dash period on screen, dashed lines are drawn solid (see paint). */
const MIN_DASH_PERIOD_PX = 4;

/**
 * One path of a look's lines, each cut to the view: software canvas (no GPU) strokes and dashes
 * every line in full, and dashing the thousands of units of lines that run off screen made up
 * most of a zoomed-in frame at 2,000 actors (issue 10). Dashes stay where the whole line has them.
 */
function pathInView(line: Stroke, view: Rect, period: number): Path2D {
  const path = new Path2D();
  const { ends } = line;
  for (let i = 0; i < ends.length; i += 4) {
    const [ax, ay, bx, by] = [ends[i] ?? 0, ends[i + 1] ?? 0, ends[i + 2] ?? 0, ends[i + 3] ?? 0];
    const part = clipLine(ax, ay, bx, by, view, period);
    if (!part) continue;
    const [t0, t1] = part;
    path.moveTo(ax + (bx - ax) * t0, ay + (by - ay) * t0);
    path.lineTo(ax + (bx - ax) * t1, ay + (by - ay) * t1);
  }
  return path;
}

function paint(context: CanvasRenderingContext2D, scene: Scene, cards: boolean, view: Rect, zoom: number): void {
  // Rings from the outside in, so each inner one covers the middle of the one around it.
  for (const ring of [...scene.rings].reverse()) {
    context.beginPath();
    context.arc(0, 0, ring.radius, 0, 2 * Math.PI);
    context.fillStyle = ring.even ? '#f3f1ea' : '#fbfaf6';
    context.fill();
    context.lineWidth = 1.5;
    context.strokeStyle = '#a9a59a';
    context.stroke();
  }
  context.fillStyle = '#4f5f66';
  context.font = '700 18px "Noto Sans", sans-serif';
  context.textAlign = 'center';
  for (const ring of scene.rings) context.fillText(ring.name, 0, -ring.radius + 28);
  // Zoomed in, the lines step back so the actor cards above them stay readable.
  const fade = cards ? 1 : 0.6;
  for (const line of scene.lines) {
    const period = line.dash.reduce((sum, d) => sum + d, 0);
    // Dashes a few pixels long read as a fainter line, and dashing in software costs per dash:
    // below that, a dashed line is drawn as a solid one with the dashes' share of its ink.
    const solid = period * zoom < MIN_DASH_PERIOD_PX;
    const ink = solid && period > 0 ? (line.dash[0] ?? period) / period : 1;
    context.globalAlpha = line.alpha * fade * ink;
    context.strokeStyle = line.color;
    context.lineWidth = line.width;
    context.setLineDash(solid ? [] : line.dash);
    context.stroke(pathInView(line, view, solid ? 0 : period));
  }
  context.setLineDash([]);
  if (cards) {
    for (const card of scene.cards) {
      context.globalAlpha = card.alpha;
      context.fillStyle = card.color;
      context.fill(card.path);
    }
  }
  context.globalAlpha = 1;
}
