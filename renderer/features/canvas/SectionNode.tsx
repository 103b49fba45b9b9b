import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { SectionFlowNode } from './flow-nodes';

/** A named area of the canvas. Kept simple: no controls inside (they would add Tab stops). */
export const SectionNode = memo(function SectionNode({ data }: NodeProps<SectionFlowNode>) {
  return (
    <div className="canvas-section">
      <div className="canvas-section-title">{data.section.title}</div>
      {data.section.prompt && <div className="canvas-section-prompt">{data.section.prompt}</div>}
    </div>
  );
});
