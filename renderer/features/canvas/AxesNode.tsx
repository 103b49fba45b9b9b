import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { AxesFlowNode } from './flow-nodes';

/**
 * The axes of a 2×2 matrix (impact / effort), drawn behind its sections: x along the bottom,
 * y up the left side. Decoration for sighted users; the labels are also in the sections' names.
 */
export const AxesNode = memo(function AxesNode({ data }: NodeProps<AxesFlowNode>) {
  return (
    <div className="canvas-axes" aria-hidden="true">
      <span className="canvas-axis-x">{data.x} →</span>
      <span className="canvas-axis-y">{data.y} →</span>
    </div>
  );
});
