import { memo, useEffect, useRef } from 'react';
import { useStore } from '@xyflow/react';
import type { NoteColor } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../store/canvas-doc';
import type { CanvasFlowNode } from './flow-nodes';

// The note colours of styles.css (.note-*).
const FILL: Record<NoteColor, string> = {
  yellow: '#fff0a8',
  orange: '#ffd8a8',
  pink: '#fbd3e0',
  blue: '#cfe3f7',
  green: '#d4edc9',
  grey: '#e4e4e0',
};
const LINE_CHARS = 22;
const LINES = 4;

/**
 * A big canvas zoomed out (more than MOUNT_AT_MOST notes in view), its notes painted as cards on
 * one canvas above the sections: mounting 5,000 notes as React Flow nodes took 2.3–3.8 s
 * (docs/benchmarks.md). Notes still mounted (selected, edited, focused) are left out here. For the eye only:
 * the outline gives every note to screen readers, and a click on a card zooms in to it.
 */
export const CanvasNotesLayer = memo(function CanvasNotesLayer({
  nodes,
  mounted,
}: {
  nodes: readonly CanvasFlowNode[];
  /** Notes React Flow draws (selected, edited, focused), left out here so the cards do not cover them. */
  mounted: readonly CanvasFlowNode[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  useEffect(() => {
    const skip = new Set(mounted.map((n) => n.id));
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const [x, y, zoom] = transform;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width * ratio, height * ratio);
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
    const left = -x / zoom;
    const top = -y / zoom;
    const right = left + width / zoom;
    const bottom = top + height / zoom;
    // Text only where it can be read (a note at least ~50 px wide on screen).
    const text = zoom * NOTE_WIDTH >= 50;
    context.font = '13px "Noto Sans", sans-serif';
    context.textBaseline = 'top';
    for (const node of nodes) {
      if (node.type !== 'note' || skip.has(node.id)) continue;
      const { x: nx, y: ny } = node.position;
      if (nx > right || ny > bottom || nx + NOTE_WIDTH < left || ny + NOTE_HEIGHT < top) continue;
      context.globalAlpha = node.className === 'is-dimmed' ? 0.3 : 1;
      context.fillStyle = FILL[node.data.note.color] ?? FILL.yellow;
      context.fillRect(nx, ny, NOTE_WIDTH, NOTE_HEIGHT);
      context.strokeStyle = 'rgba(0, 0, 0, 0.18)';
      context.lineWidth = 1;
      context.strokeRect(nx, ny, NOTE_WIDTH, NOTE_HEIGHT);
      if (!text) continue;
      context.fillStyle = '#1d2a30';
      const words = node.data.note.text;
      for (let i = 0; i < LINES && i * LINE_CHARS < words.length; i++) {
        context.fillText(words.slice(i * LINE_CHARS, (i + 1) * LINE_CHARS), nx + 10, ny + 8 + i * 18);
      }
    }
    context.globalAlpha = 1;
  }, [nodes, mounted, transform, width, height, ratio]);
  return (
    <canvas
      ref={canvas}
      className="canvas-notes-layer"
      aria-hidden="true"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      // Above React Flow's nodes (sections are opaque), below its panels; clicks go through.
      style={{ position: 'absolute', inset: 0, zIndex: 4, pointerEvents: 'none', width, height }}
    />
  );
});
