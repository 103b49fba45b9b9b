import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { lockedNoteIds, type CanvasContent } from '../../../shared/model';
import { currentRound, voteTotals } from '../../store/voting-doc';
import { useFlowSync, useHeldUntilStored, withNoneSelected } from '../boards/flow-sync';
import { toFlowNodes, type CanvasFlowNode, type FlowNodeCache } from './flow-nodes';
import type { useFlowLabels } from './flow-labels';
import { isFiltering, matchesFilter, type NoteFilter } from './note-filter';
import { carryNotesWithSections } from './section-drag';

/**
 * The canvas as React Flow nodes. Selection lives in the nodes (React Flow owns it), so they are
 * reconciled with each rebuild rather than replaced; a note we create asks, through selectNext,
 * to be selected once it shows.
 */
export function useCanvasNodes({
  content,
  editingId,
  filter,
  nodeLabels,
  axes,
}: {
  content: CanvasContent;
  editingId: string | null;
  filter: NoteFilter;
  nodeLabels: ReturnType<typeof useFlowLabels>['nodeLabels'];
  /** Axis labels of a 2×2 matrix template, in the UI language. */
  axes: { x: string; y: string } | undefined;
}) {
  const [nodes, setNodes] = useState<CanvasFlowNode[]>([]);
  // The nodes are rebuilt from a deferred copy of the content (held after a drop until the drop
  // is stored): the write goes first, the rebuild (~100 ms at 1,000 notes) after it.
  const { drawn, hold } = useHeldUntilStored(content);
  // For the drop handler, which must keep its identity (React Flow re-renders every node otherwise).
  const contentNow = useRef(content);
  contentNow.current = content;
  const shown = useDeferredValue(drawn);
  const shownLocks = useMemo(() => ({ board: shown.locked === true, notes: lockedNoteIds(shown) }), [shown]);
  const shownTotals = useMemo(() => voteTotals(shown, currentRound(shown)?.id), [shown]);
  const dimmed = useMemo(
    () => new Set(isFiltering(filter) ? shown.notes.filter((n) => !matchesFilter(n, filter)).map((n) => n.id) : []),
    [shown, filter],
  );

  const selectNext = useRef<string[] | null>(null);
  const nodeCache = useRef<FlowNodeCache>(new Map());
  const sync = useFlowSync<CanvasFlowNode>();
  const cacheLabels = useRef(nodeLabels);
  useEffect(() => {
    setNodes((previous) => {
      // What we created is selected once the (deferred) content shows it.
      const shows = (id: string) => shown.notes.some((n) => n.id === id) || shown.sections.some((x) => x.id === id);
      const wanted = selectNext.current?.every(shows) ? selectNext.current : null;
      if (wanted) selectNext.current = null;
      const keep = new Set(wanted ?? previous.filter((n) => n.selected).map((n) => n.id));
      // New labels (another language) must rebuild every node.
      if (cacheLabels.current !== nodeLabels) {
        nodeCache.current.clear();
        cacheLabels.current = nodeLabels;
      }
      const built = toFlowNodes(
        shown,
        editingId,
        keep,
        nodeLabels,
        shownTotals,
        dimmed,
        nodeCache.current,
        shownLocks,
        axes,
      );
      return sync.reconcile(previous, built);
    });
  }, [shown, editingId, nodeLabels, shownTotals, dimmed, axes, sync, shownLocks]);

  const selectOnly = useCallback(
    (id: string) =>
      setNodes((current) =>
        sync.record(
          current,
          current.map((n) => (n.id === id ? { ...n, selected: true } : n.selected ? { ...n, selected: false } : n)),
        ),
      ),
    [sync],
  );

  // After a delete: nothing selected, in React Flow too, and nothing waiting to be (a section
  // added and deleted before the deferred content showed it would otherwise wait forever).
  const clearSelection = useCallback(() => {
    selectNext.current = null;
    setNodes((current) => sync.record(current, withNoneSelected(current)));
  }, [sync]);

  // Positions are written on drag stop and on arrow keys only, so a drag is one undo step.
  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasFlowNode>[]) => {
      setNodes((current) =>
        sync.record(current, carryNotesWithSections(changes, current, applyNodeChanges(changes, current))),
      );
    },
    [sync],
  );

  return { nodes, dimmed, selectNext, hold, contentNow, selectOnly, clearSelection, onNodesChange };
}
