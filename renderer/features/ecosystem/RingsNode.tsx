import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { RingsFlowNode } from './flow-elements';

/** The concentric rings behind the actors, each named at its top; decoration for the pointer. */
export const RingsNode = memo(function RingsNode({ data, width = 0 }: NodeProps<RingsFlowNode>) {
  const { rings, ringWidth } = data;
  const c = width / 2;
  return (
    <svg className="eco-rings" width={width} height={width} viewBox={`0 0 ${width} ${width}`} aria-hidden="true">
      {[...rings].reverse().map((ring, reversed) => {
        const index = rings.length - 1 - reversed;
        return (
          <circle
            key={ring.id}
            cx={c}
            cy={c}
            r={(index + 1) * ringWidth}
            className={`eco-ring eco-ring-${index % 2 === 0 ? 'even' : 'odd'}`}
          />
        );
      })}
      {rings.map((ring, index) => (
        <text key={ring.id} x={c} y={c - (index + 1) * ringWidth + 28} className="eco-ring-name" textAnchor="middle">
          {ring.name}
        </text>
      ))}
    </svg>
  );
});
