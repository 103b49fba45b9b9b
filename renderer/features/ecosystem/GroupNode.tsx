import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from './flow-elements';

/** A labelled cluster drawn around its members; the pointer passes through it to the map. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  return (
    <div className="eco-group" aria-hidden="true">
      <span className="eco-group-name">{data.name}</span>
    </div>
  );
});
