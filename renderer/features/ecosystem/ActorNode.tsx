import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ActorFlowNode } from './flow-elements';
import { ActorIcon } from './ActorIcon';
import { LockIcon } from '../boards/LockIcon';
import { useContentLanguage } from '../boards/content-language';

/**
 * An actor card: type icon in the type's colour, name and organisation. No controls inside (they
 * would add Tab stops); the handle on its right edge starts a relation by mouse, and any actor
 * takes one dropped near its centre.
 */
export const ActorNode = memo(function ActorNode({ data, selected }: NodeProps<ActorFlowNode>) {
  const { actor } = data;
  // A context read, not a translation hook: cheap enough for 2,000 nodes.
  const projectLang = useContentLanguage();
  return (
    <div className={`eco-actor${selected ? ' is-selected' : ''}`} style={{ borderLeftColor: data.look.color }}>
      {/* Decorative here: the node's name says the type (a translation hook per node cost ~60 ms on zooming into 2,000 actors). */}
      <ActorIcon look={data.look} />
      <div className="eco-actor-text">
        <div className="eco-actor-name" lang={actor.lang ?? projectLang}>
          {actor.name}
        </div>
        {actor.organisation && (
          <div className="eco-actor-org" lang={projectLang}>
            {actor.organisation}
          </div>
        )}
      </div>
      {/* The node's name says "locked" to screen readers (the editor's labels); this is for the eye. */}
      {data.locked && (
        <span className="eco-actor-lock">
          <LockIcon />
        </span>
      )}
      <Handle type="source" position={Position.Right} className="eco-handle-out" />
      <Handle type="target" position={Position.Left} className="eco-handle-in" />
    </div>
  );
});
