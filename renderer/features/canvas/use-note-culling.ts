import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { CanvasContent } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../store/canvas-doc';
import type { CanvasFlowNode } from './flow-nodes';
import { CULL_FROM, MOUNT_AT_MOST, cellsRect, contentBounds, nextInOrder, noteIn, viewCells } from './note-culling';

const FIT_PADDING = 0.05;
/** The zoom a click on a card in the overview goes to (100 %: the note is read as written). */
const CLOSE_ZOOM = 1;

/**
 * A big canvas (CULL_FROM notes or more) hands React Flow only the notes near the view, and when
 * more than MOUNT_AT_MOST of them are in view, none but the selected, edited and focused ones:
 * CanvasNotesLayer paints the rest. Sections are always mounted (there are few).
 *
 * Keyboard: Tab and Shift+Tab on a note go to the next note in reading order (flow-nodes.ts)
 * even when it is not mounted: it is mounted, scrolled into view and focused. Tab from the last
 * note leaves the canvas as before.
 */
export function useNoteCulling(
  content: CanvasContent,
  nodes: CanvasFlowNode[],
  editingId: string | null,
  /** Makes this the only selected node. */
  select: (id: string) => void,
  findNode: (id: string) => HTMLElement | null,
) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const culling = content.notes.length >= CULL_FROM;
  const view = useStore((s) => (culling ? viewCells(s) : ''));
  const [fitted, setFitted] = useState(false);
  // The note Tab moved to: mounted wherever it is, so it can keep focus.
  const [wanted, setWanted] = useState<string | null>(null);

  const { flowNodes, overview } = useMemo(() => {
    if (!culling) return { flowNodes: nodes, overview: false };
    const keep = (n: CanvasFlowNode) =>
      n.type !== 'note' || n.selected === true || n.dragging === true || n.id === editingId || n.id === wanted;
    const rect = fitted ? cellsRect(view) : null;
    const inView = rect ? nodes.filter((n) => n.type === 'note' && noteIn(n.position, rect.view)).length : Infinity;
    if (!rect || inView > MOUNT_AT_MOST) return { flowNodes: nodes.filter(keep), overview: true };
    return { flowNodes: nodes.filter((n) => keep(n) || noteIn(n.position, rect.padded)), overview: false };
  }, [culling, nodes, editingId, wanted, fitted, view]);

  /** Fits every section and note, measured or not (React Flow's fitView sees mounted nodes only). */
  const fit = useCallback(
    (duration = 0) => {
      const bounds = contentBounds([
        ...content.sections,
        ...content.notes.map((n) => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })),
      ]);
      if (bounds) void flow.fitBounds(bounds, { padding: FIT_PADDING, duration });
    },
    [flow, content],
  );
  const onInit = useCallback(() => {
    if (!culling) return;
    fit();
    setFitted(true);
  }, [culling, fit]);

  const centreOn = useCallback(
    (id: string, zoom?: number) => {
      const node = nodes.find((n) => n.id === id);
      if (!node) return;
      const { transform, width, height } = store.getState();
      const [tx, ty, scale] = transform;
      const { x, y } = node.position;
      const shown = x * scale + tx >= 0 && y * scale + ty >= 0;
      const fits = (x + NOTE_WIDTH) * scale + tx <= width && (y + NOTE_HEIGHT) * scale + ty <= height;
      if (zoom === undefined && shown && fits) return;
      void flow.setCenter(x + NOTE_WIDTH / 2, y + NOTE_HEIGHT / 2, { zoom: zoom ?? scale, duration: zoom ? 300 : 0 });
    },
    [nodes, store, flow],
  );

  /** Tab on a note in a culled canvas; returns whether it was handled. */
  const onTab = useCallback(
    (e: KeyboardEvent<HTMLDivElement>): boolean => {
      if (!culling || e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey) return false;
      const from = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-note')?.dataset.id;
      if (!from || e.target instanceof HTMLTextAreaElement) return false;
      const order = nodes.filter((n) => n.type === 'note').map((n) => n.id);
      const next = nextInOrder(order, from, e.shiftKey);
      if (!next) return false;
      e.preventDefault();
      e.stopPropagation();
      setWanted(next);
      centreOn(next);
      // Focus once it is mounted (the next render or two).
      let frames = 0;
      const tryFocus = () => {
        const element = findNode(next);
        if (element) element.focus();
        else if (frames++ < 30) requestAnimationFrame(tryFocus);
      };
      requestAnimationFrame(tryFocus);
      return true;
    },
    [culling, nodes, centreOn, findNode],
  );

  /** A click on a card in the overview: selects that note and zooms in to it. */
  const zoomToNoteAt = useCallback(
    (clientX: number, clientY: number): boolean => {
      if (!overview) return false;
      const at = flow.screenToFlowPosition({ x: clientX, y: clientY });
      // The topmost card under the pointer: notes are painted in order, the last one on top.
      const point = { x: at.x, y: at.y, width: 0, height: 0 };
      const hit = [...nodes].reverse().find((n) => n.type === 'note' && noteIn(n.position, point));
      if (!hit) return false;
      select(hit.id);
      centreOn(hit.id, Math.max(CLOSE_ZOOM, store.getState().transform[2]));
      return true;
    },
    [overview, flow, nodes, select, centreOn, store],
  );

  return { culling, flowNodes, overview, fit, onInit, onTab, zoomToNoteAt };
}
