import type { DragEvent } from 'react';
import type { Lane } from '../../../shared/model';

/**
 * Dragging a note to another cell (the panel's "Move to" is the keyboard way). The drag's type
 * names the lane type, so a cell can tell during the drag whether it takes the note (notes go to
 * notes lanes, images to image lanes) and the window's file drop ignores it.
 */
const typeFor = (laneType: Lane['type']) => `application/x-kartta-journey-${laneType}`;

export function startNoteDrag(e: DragEvent, noteId: string, laneType: Lane['type']): void {
  e.dataTransfer.setData(typeFor(laneType), noteId);
  e.dataTransfer.effectAllowed = 'move';
}

/** The drop handlers of a cell of a lane; `onDrop` gets the dragged note's id. */
export function noteDropTarget(laneType: Lane['type'], onDrop: (noteId: string) => void) {
  const type = typeFor(laneType);
  return {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(type)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: DragEvent) => {
      const id = e.dataTransfer.getData(type);
      if (!id) return;
      e.preventDefault();
      onDrop(id);
    },
  };
}
