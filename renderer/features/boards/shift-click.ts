import type { MouseEvent, PointerEvent } from 'react';
import type { Node, NodeChange } from '@xyflow/react';

const nodeOf = (e: { target: EventTarget }) =>
  (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node.selectable');

/**
 * Shift-click adds a node to the selection or takes it out, as in most desktop tools. React
 * Flow 12 starts a selection box on any pointer-down with its selection key (Shift, which
 * box-selects on a drag), even over a node, and the click then replaces the selection with
 * whatever lies under the pointer. So both events stop here, in the capture phase on the
 * editor's wrapper, before React Flow sees them, and the editor toggles the node itself.
 */
export function shiftClickHandlers<N extends Node>(
  nodes: readonly N[],
  onNodesChange: (changes: NodeChange<N>[]) => void,
) {
  const toggle = (id: string) =>
    onNodesChange([{ type: 'select', id, selected: !nodes.find((n) => n.id === id)?.selected }]);
  return {
    onPointerDownCapture: (e: PointerEvent<HTMLElement>) => {
      if (e.shiftKey && e.button === 0 && nodeOf(e)) e.stopPropagation();
    },
    onClickCapture: (e: MouseEvent<HTMLElement>) => {
      const node = e.shiftKey ? nodeOf(e) : null;
      if (!node?.dataset.id) return;
      e.stopPropagation();
      node.focus();
      toggle(node.dataset.id);
    },
  };
}
