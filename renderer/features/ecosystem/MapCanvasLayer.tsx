import { memo, useEffect, useMemo, useRef } from 'react';
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
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const [x, y, zoom] = transform;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width * ratio, height * ratio);
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
    paint(context, scene, cards);
  }, [scene, cards, transform, width, height, ratio]);
  return (
    <canvas
      ref={canvas}
      className="eco-canvas-layer"
      aria-hidden="true"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
    />
  );
});

interface Stroke {
  path: Path2D;
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
        path: new Path2D(),
        color: relationColor(content, r.type),
        width: strokeWidthFor(r.strength),
        dash: r.informal ? INFORMAL_DASH.split(' ').map(Number) : [],
        alpha: dimmed ? 0.15 : 0.7,
      };
      lines.set(key, line);
    }
    line.path.moveTo(from.x, from.y);
    line.path.lineTo(to.x, to.y);
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

function paint(context: CanvasRenderingContext2D, scene: Scene, cards: boolean): void {
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
    context.globalAlpha = line.alpha * fade;
    context.strokeStyle = line.color;
    context.lineWidth = line.width;
    context.setLineDash(line.dash);
    context.stroke(line.path);
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
