import type { ReactFlowState } from '@xyflow/react';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../store/canvas-doc';

/**
 * From this many notes on, a canvas mounts only the notes near the view (React Flow's own
 * `onlyRenderVisibleElements` still mounts every node once to measure it, xyflow#3883). Mounting
 * costs about 0.5 ms a note here (1,000 notes open in 370–650 ms, 5,000 in 2.3–3.8 s:
 * docs/benchmarks.md); below this a canvas opens in well under 300 ms, so it keeps every note.
 */
export const CULL_FROM = 500;
/** Above this many notes in view, the notes are painted as cards instead (CanvasNotesLayer). */
export const MOUNT_AT_MOST = 400;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The view in board units, snapped outwards to a grid of half a view (at a zoom rounded to
 * quarter powers of two), as a string: the editor re-renders when this changes, not on every
 * pan frame.
 */
export function viewCells(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): string {
  const [tx, ty, zoom] = s.transform;
  if (s.width === 0 || s.height === 0 || zoom <= 0) return '';
  const rounded = 2 ** (Math.round(Math.log2(zoom) * 4) / 4);
  const step = Math.round(Math.max(s.width, s.height) / rounded / 2);
  const left = -tx / zoom;
  const top = -ty / zoom;
  const cell = (v: number, up: boolean) => (up ? Math.ceil(v / step) : Math.floor(v / step));
  return [
    cell(left, false),
    cell(top, false),
    cell(left + s.width / zoom, true),
    cell(top + s.height / zoom, true),
    step,
  ].join(',');
}

/** The view a key stands for, and the same grown by one cell each way (what gets mounted). */
export function cellsRect(key: string): { view: Rect; padded: Rect } | null {
  const [x0, y0, x1, y1, step] = key.split(',').map(Number);
  if (!key || [x0, y0, x1, y1, step].some((v) => !Number.isFinite(v))) return null;
  const view = { x: x0 * step, y: y0 * step, width: (x1 - x0) * step, height: (y1 - y0) * step };
  return {
    view,
    padded: { x: view.x - step, y: view.y - step, width: view.width + 2 * step, height: view.height + 2 * step },
  };
}

/** Whether a note whose top-left corner is here overlaps the rectangle. */
export function noteIn(position: { x: number; y: number }, r: Rect): boolean {
  return (
    position.x + NOTE_WIDTH > r.x &&
    position.x < r.x + r.width &&
    position.y + NOTE_HEIGHT > r.y &&
    position.y < r.y + r.height
  );
}

/** The box around every section and note, to fit the view to (no node needs measuring first). */
export function contentBounds(items: readonly Rect[]): Rect | null {
  if (items.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of items) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The id after (or before) `id` in reading order, or null at either end. */
export function nextInOrder(order: readonly string[], id: string, back: boolean): string | null {
  const i = order.indexOf(id);
  if (i < 0) return null;
  return order[back ? i - 1 : i + 1] ?? null;
}
