import { useState, type DragEvent } from 'react';

/**
 * Reordering stages or lanes by dragging their headers (HTML drag and drop; the keyboard way is
 * Alt+arrow keys and the header's buttons). The drag carries its own type, so a header never
 * accepts a file or the other kind of header, and the window's file drop ignores it.
 */
export function useHeaderDrag(
  kind: 'stage' | 'lane',
  onMove: (id: string, toIndex: number) => void,
  /** False on a locked journey: the headers stay put. */
  enabled = true,
) {
  const type = `application/x-kartta-${kind}`;
  const [over, setOver] = useState<number | null>(null);
  const carries = (e: DragEvent) => e.dataTransfer.types.includes(type);
  return (id: string, index: number) => ({
    draggable: enabled,
    'data-drop-target': over === index ? 'true' : undefined,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.setData(type, id);
      e.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (e: DragEvent) => {
      if (!carries(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== index) setOver(index);
    },
    onDragLeave: () => setOver((current) => (current === index ? null : current)),
    onDrop: (e: DragEvent) => {
      if (!carries(e)) return;
      e.preventDefault();
      setOver(null);
      const dragged = e.dataTransfer.getData(type);
      if (dragged && dragged !== id) onMove(dragged, index);
    },
    onDragEnd: () => setOver(null),
  });
}
