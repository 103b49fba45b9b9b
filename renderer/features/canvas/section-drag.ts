import type { NodeChange } from '@xyflow/react';
import type { CanvasFlowNode } from './flow-nodes';

/**
 * While a section is dragged, the notes inside it follow (they are written on drag stop, with
 * the section); notes that are dragged themselves already move.
 */
export function carryNotesWithSections(
  changes: NodeChange<CanvasFlowNode>[],
  before: CanvasFlowNode[],
  after: CanvasFlowNode[],
): CanvasFlowNode[] {
  const shifts = new Map<string, { dx: number; dy: number }>();
  const moving = new Set<string>();
  for (const change of changes) {
    // Only drags: a resize by the top or left handle also moves the section, but not its notes.
    if (change.type !== 'position' || !change.position || !change.dragging) continue;
    moving.add(change.id);
    const section = before.find((n) => n.id === change.id && n.type === 'section');
    if (section) {
      shifts.set(section.id, {
        dx: change.position.x - section.position.x,
        dy: change.position.y - section.position.y,
      });
    }
  }
  if (shifts.size === 0) return after;
  return after.map((node) => {
    const shift = node.type === 'note' && !moving.has(node.id) ? shifts.get(node.data.note.sectionId ?? '') : undefined;
    return shift ? { ...node, position: { x: node.position.x + shift.dx, y: node.position.y + shift.dy } } : node;
  });
}
