import { useCallback, type RefObject } from 'react';
import { useReactFlow, type Node, type NodeChange } from '@xyflow/react';
import type * as Y from 'yjs';
import type { CanvasContent } from '../../../shared/model';
import { moveNotes, moveOnCanvas, readCanvas } from '../../store/canvas-doc';
import { asOneStep } from '../../store/board-docs';
import type { CanvasFlowNode } from './flow-nodes';
import type { CanvasLocks, LockGuard, LockHint } from './use-canvas-locks';

/**
 * Moving by pointer, written once at the end (one undo step): notes are dragged as React Flow
 * nodes; a section by its title bar, carrying its notes. Both handlers keep their identity
 * while nothing they use changes: React Flow re-renders every node when a handler prop changes,
 * which cost 1,000-note canvases ~100 ms per keystroke (bench/canvas-notes.ts).
 */
export function useCanvasDrag({
  doc,
  undo,
  locks,
  hint,
  guard,
  onNodesChange,
  hold,
  contentNow,
}: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  locks: CanvasLocks;
  hint: LockHint;
  guard: LockGuard;
  onNodesChange: (changes: NodeChange<CanvasFlowNode>[]) => void;
  /** Keeps the drawn nodes until the drop is stored (see useHeldUntilStored). */
  hold: (doc: Y.Doc, now: CanvasContent) => void;
  contentNow: RefObject<CanvasContent>;
}) {
  const flow = useReactFlow();

  const dragSection = useCallback(
    (sectionId: string, event: PointerEvent) => {
      if (event.button !== 0) return;
      const now = readCanvas(doc);
      const start = now.sections.find((s) => s.id === sectionId);
      if (!start) return;
      // A locked section, or one that would carry a note locked by itself, stays put.
      if (locks.board) return hint('boardCannotChange');
      if (start.locked || now.notes.some((n) => n.sectionId === sectionId && locks.notes.has(n.id))) {
        return hint('cannotMove');
      }
      const zoom = flow.getZoom();
      const at = (e: PointerEvent) => ({
        x: Math.round(start.x + (e.clientX - event.clientX) / zoom),
        y: Math.round(start.y + (e.clientY - event.clientY) / zoom),
      });
      const onMove = (e: PointerEvent) =>
        onNodesChange([{ type: 'position', id: sectionId, position: at(e), dragging: true }]);
      const onUp = (e: PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onUp);
        const to = at(e);
        if (to.x === start.x && to.y === start.y) return;
        asOneStep(undo, () => moveOnCanvas(doc, { notes: [], sections: [{ id: sectionId, ...to }] }));
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    },
    [doc, undo, flow, onNodesChange, locks, hint],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: Node, dragged: Node[]) => {
      // Only notes: sections are never dragged as nodes (their title bar moves them).
      // Locked notes are not draggable; the filter covers a lock set by another window mid-drag.
      const moves = dragged
        .filter((n) => n.type === 'note' && !locks.notes.has(n.id))
        .map((n) => ({ id: n.id, ...n.position }));
      if (moves.length === 0) return;
      // The write first: the notes are rebuilt once it is stored.
      hold(doc, contentNow.current);
      guard(() => asOneStep(undo, () => moveNotes(doc, moves)), locks.board);
    },
    [doc, undo, locks, guard, hold, contentNow],
  );

  return { dragSection, onNodeDragStop };
}
