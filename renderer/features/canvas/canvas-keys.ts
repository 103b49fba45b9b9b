import type { KeyboardEvent, RefObject } from 'react';
import type * as Y from 'yjs';
import type { CanvasContent } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH, clamp, moveNotes, moveOnCanvas } from '../../store/canvas-doc';
import { asOneStep } from '../../store/board-docs';
import { DELETE_KEYS, arrowDelta } from '../boards/flow-settings';
import type { CanvasLocks, LockHint } from './use-canvas-locks';

/**
 * The canvas's own keys, caught before React Flow sees them: keys typed ahead of a note's editor,
 * Tab through culled notes, why a delete left locked notes, Enter, and arrow moves that are written
 * (React Flow's own would move without writing). A new handler each render, as it reads the
 * content and selection of that render.
 */
export function canvasKeyHandler({
  doc,
  undo,
  content,
  selected,
  editingId,
  setEditingId,
  typedAhead,
  onTab,
  freePlacement,
  locks,
  hint,
  addNoteToSection,
}: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  content: CanvasContent;
  selected: ReadonlySet<string>;
  editingId: string | null;
  setEditingId: (id: string) => void;
  /** Characters typed while a note's editor mounts (CanvasActions.takeTypedAhead). */
  typedAhead: RefObject<string>;
  /** Tab to the next note even when it is culled (useNoteCulling); true when handled. */
  onTab: (e: KeyboardEvent<HTMLDivElement>) => boolean;
  /** The template places notes freely: arrow moves are not clamped into the section. */
  freePlacement: boolean;
  locks: CanvasLocks;
  hint: LockHint;
  addNoteToSection: (sectionId: string) => void;
}) {
  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editingId) {
      // The note's editor mounts a moment after Enter; keys typed meanwhile are kept, not lost.
      const intoEditor = e.target instanceof HTMLTextAreaElement;
      if (!intoEditor && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        e.stopPropagation();
        typedAhead.current += e.key;
      }
      return;
    }
    if (onTab(e)) return;
    if (DELETE_KEYS.includes(e.key)) return explainDelete(e);
    if (e.key === 'Enter') return onEnter(e);
    if (!e.key.startsWith('Arrow')) return;
    const { dx, dy } = arrowDelta(e);
    const onNode = (e.target as HTMLElement).closest('.react-flow__node');
    if (onNode && locks.board) {
      e.preventDefault();
      e.stopPropagation();
      return hint('boardCannotChange');
    }
    // A focused section moves with its notes, as by its title bar.
    const sectionId = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-section')?.dataset.id;
    const section = content.sections.find((s) => s.id === sectionId);
    if (section) {
      e.preventDefault();
      e.stopPropagation();
      if (section.locked || content.notes.some((n) => n.sectionId === section.id && locks.notes.has(n.id))) {
        return hint('cannotMove');
      }
      asOneStep(undo, () =>
        moveOnCanvas(doc, { notes: [], sections: [{ id: section.id, x: section.x + dx, y: section.y + dy }] }),
      );
      return;
    }
    // Only when a note has focus: the focused note, with the rest of the selection it belongs to.
    const focused = focusedNoteIds(e.target);
    if (focused.length === 0) return;
    const selectedNotes = content.notes.filter((n) => selected.has(n.id)).map((n) => n.id);
    const wanted = selectedNotes.includes(focused[0]) ? selectedNotes : focused;
    // Our own arrow handling (React Flow's would move without writing): one step, clamped to the section.
    e.preventDefault();
    e.stopPropagation();
    // Locked notes stay; the rest of the selection moves.
    const ids = wanted.filter((id) => !locks.notes.has(id));
    if (ids.length < wanted.length) hint('cannotMove');
    if (ids.length === 0) return;
    const moves = content.notes
      .filter((n) => ids.includes(n.id))
      .map((n) => {
        const section = content.sections.find((s) => s.id === n.sectionId);
        let x = n.x + dx;
        let y = n.y + dy;
        if (section && !freePlacement) {
          x = clamp(x, section.x, section.x + section.width - NOTE_WIDTH);
          y = clamp(y, section.y, section.y + section.height - NOTE_HEIGHT);
        }
        return { id: n.id, x, y };
      });
    asOneStep(undo, () => moveNotes(doc, moves));
  };

  // React Flow deletes what may be deleted (locked nodes are not deletable); this says why the rest stays.
  const explainDelete = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = focusedNoteIds(e.target);
    const involved = [...focused, ...content.notes.filter((n) => selected.has(n.id)).map((n) => n.id)];
    if (locks.board && (involved.length > 0 || selected.size > 0)) hint('boardCannotChange');
    else if (involved.some((id) => locks.notes.has(id))) hint('cannotDelete');
  };

  // Enter on a section adds a note, on a note edits it; React Flow never sees it (it would select).
  const onEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    const element = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = element?.dataset.id;
    if (!element || !id) return;
    e.preventDefault();
    e.stopPropagation();
    if (locks.board) return hint('boardCannotChange');
    if (element.classList.contains('react-flow__node-section')) addNoteToSection(id);
    else setEditingId(id);
  };

  return onKeyDownCapture;
}

function focusedNoteIds(target: EventTarget): string[] {
  const element = (target as HTMLElement).closest<HTMLElement>('.react-flow__node-note');
  return element?.dataset.id ? [element.dataset.id] : [];
}
