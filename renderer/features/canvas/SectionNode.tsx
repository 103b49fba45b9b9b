import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { SectionFlowNode } from './flow-nodes';
import { useCanvasActions } from './canvas-actions';
import { MAX_SECTION, MIN_SECTION } from '../../store/canvas-doc';
import { LockIcon } from '../boards/LockIcon';
import { useContentLanguage } from '../boards/content-language';

/**
 * A named area of the canvas. No controls inside (they would add Tab stops): a selected section
 * shows resize handles for the mouse, and its title bar moves it; the side panel resizes by
 * keyboard.
 */
export const SectionNode = memo(function SectionNode({ id, data, selected }: NodeProps<SectionFlowNode>) {
  const actions = useCanvasActions();
  const lang = useContentLanguage();
  return (
    <div className="canvas-section">
      <NodeResizer
        isVisible={selected && !data.fixed}
        minWidth={MIN_SECTION.width}
        minHeight={MIN_SECTION.height}
        maxWidth={MAX_SECTION}
        maxHeight={MAX_SECTION}
        onResizeEnd={(_event, rect) => actions.resizeSection(id, rect)}
      />
      {/* nopan/nodrag: this drag is ours, not a pan of the canvas. */}
      <div
        className={`canvas-section-title nopan nodrag${data.locked ? ' is-locked' : ''}`}
        onPointerDown={(e) => actions.dragSection(id, e.nativeEvent)}
      >
        {/* The node's name says "locked" to screen readers (flow-nodes.ts); this is for the eye. */}
        {data.locked && (
          <>
            <LockIcon />{' '}
          </>
        )}
        <span lang={lang}>{data.section.title}</span>
      </div>
      {data.section.prompt && (
        <div className="canvas-section-prompt" lang={lang}>
          {data.section.prompt}
        </div>
      )}
    </div>
  );
});
