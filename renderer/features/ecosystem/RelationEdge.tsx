import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { RelationFlowEdge } from './flow-elements';

/**
 * A straight relation line from border to border of its two actors (not from fixed handles), so
 * it follows an actor wherever it is dragged; its label sits at the middle.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  if (!source || !target) return null;
  const from = borderPoint(source, centre(target));
  const to = borderPoint(target, centre(source));
  const relation = props.data?.relation;
  const label = relation?.label || undefined;
  return (
    <BaseEdge
      id={props.id}
      path={`M${from.x},${from.y} L${to.x},${to.y}`}
      markerEnd={props.markerEnd}
      markerStart={props.markerStart}
      style={props.style}
      interactionWidth={14}
      label={label}
      labelX={(from.x + to.x) / 2}
      labelY={(from.y + to.y) / 2}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
});

function size(node: InternalNode) {
  return { width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

function centre(node: InternalNode) {
  const { width, height } = size(node);
  return { x: node.internals.positionAbsolute.x + width / 2, y: node.internals.positionAbsolute.y + height / 2 };
}

/** Where the line from a node's centre towards a point leaves the node's box. */
function borderPoint(node: InternalNode, toward: { x: number; y: number }) {
  const c = centre(node);
  const { width, height } = size(node);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = 1 / Math.max(Math.abs(dx) / (width / 2 || 1), Math.abs(dy) / (height / 2 || 1));
  // A few units off the border, so an arrowhead is not hidden under the card.
  const gap = 3 / Math.hypot(dx, dy);
  return { x: c.x + dx * (scale + gap), y: c.y + dy * (scale + gap) };
}
