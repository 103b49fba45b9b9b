import { createContext, memo, useContext } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { RelationFlowEdge } from './flow-elements';
import { cardBorderPoint } from '../../../shared/ecosystem/relation-geometry';

/**
 * Whether relation labels are drawn: not when zoomed far out, where they cannot be read and each
 * costs a layout measurement (React Flow sizes a label's background with getBBox).
 */
export const LabelsShownContext = createContext(true);

/**
 * A straight relation line from border to border of its two actors (not from fixed handles), so
 * it follows an actor wherever it is dragged; its label sits at the middle.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const labelsShown = useContext(LabelsShownContext);
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  if (!source || !target) return null;
  // The same border-to-border geometry as the exports and the report.
  const from = cardBorderPoint(centre(source), centre(target));
  const to = cardBorderPoint(centre(target), centre(source));
  const relation = props.data?.relation;
  const label = (labelsShown && relation?.label) || undefined;
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

/** The centre of an actor's card, wherever React Flow has it now (also mid-drag). */
function centre(node: InternalNode) {
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { x: node.internals.positionAbsolute.x + width / 2, y: node.internals.positionAbsolute.y + height / 2 };
}
