import type { Node } from '@xyflow/react';
import type { CanvasContent, CanvasNote, CanvasSection } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../store/canvas-doc';

export type SectionFlowNode = Node<{ section: CanvasSection; noteCount: number }, 'section'>;
export type NoteFlowNode = Node<{ note: CanvasNote; editing: boolean; votes: number }, 'note'>;
export type CanvasFlowNode = SectionFlowNode | NoteFlowNode;

/** The canvas content as React Flow nodes: sections behind, notes above, selection kept. */
export function toFlowNodes(
  content: CanvasContent,
  editingId: string | null,
  selected: ReadonlySet<string>,
  labels: { section: (s: CanvasSection) => string; note: (n: CanvasNote, votes: number) => string },
  votes: ReadonlyMap<string, number>,
  dimmed: ReadonlySet<string>,
): CanvasFlowNode[] {
  const counts = new Map<string, number>();
  for (const n of content.notes) if (n.sectionId) counts.set(n.sectionId, (counts.get(n.sectionId) ?? 0) + 1);
  const sections: SectionFlowNode[] = content.sections.map((section) => ({
    id: section.id,
    type: 'section',
    position: { x: section.x, y: section.y },
    width: section.width,
    height: section.height,
    data: { section, noteCount: counts.get(section.id) ?? 0 },
    draggable: false,
    deletable: false,
    // Selectable, so the node takes pointer events (double-click adds a note) and can be focused.
    selectable: true,
    selected: selected.has(section.id),
    zIndex: 0,
    ariaLabel: labels.section(section),
  }));
  const notes: NoteFlowNode[] = content.notes.map((note) => ({
    id: note.id,
    type: 'note',
    position: { x: note.x, y: note.y },
    width: NOTE_WIDTH,
    height: NOTE_HEIGHT,
    data: { note, editing: note.id === editingId, votes: votes.get(note.id) ?? 0 },
    selected: selected.has(note.id),
    draggable: note.id !== editingId,
    className: dimmed.has(note.id) ? 'is-dimmed' : undefined,
    zIndex: 1,
    ariaLabel: labels.note(note, votes.get(note.id) ?? 0),
  }));
  return [...sections, ...notes];
}
