import type { KeyboardEvent, MouseEvent, ReactNode, Ref } from 'react';
import type { Node, NodeChange } from '@xyflow/react';
import { shiftClickHandlers } from './shift-click';

/**
 * The focusable area around a board editor's React Flow: one application region for screen
 * readers, keyboard handling before React Flow's own, Shift-click multi-select, double-click.
 */
export function BoardSurface<N extends Node>(props: {
  ref: Ref<HTMLDivElement>;
  label: string;
  className: string;
  nodes: readonly N[];
  onNodesChange: (changes: NodeChange<N>[]) => void;
  onKeyDownCapture: (e: KeyboardEvent<HTMLDivElement>) => void;
  onDoubleClick: (e: MouseEvent) => void;
  children: ReactNode;
}) {
  return (
    <div
      ref={props.ref}
      className={props.className}
      role="application"
      tabIndex={-1}
      aria-label={props.label}
      onKeyDownCapture={props.onKeyDownCapture}
      {...shiftClickHandlers(props.nodes, props.onNodesChange)}
      onDoubleClick={props.onDoubleClick}
    >
      {props.children}
    </div>
  );
}
