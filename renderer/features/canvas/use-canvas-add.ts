import { useCallback, type MouseEvent, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type * as Y from 'yjs';
import type { CanvasContent, CanvasNote } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH, addNote, addNoteCopies, addNoteToSection, addSection } from '../../store/canvas-doc';
import { asOneStep } from '../../store/board-docs';
import type { CanvasLocks, LockHint } from './use-canvas-locks';

/**
 * Adding notes, sections and copies, each one undo step. What is added asks to be selected
 * (selectNext) once the deferred content shows it; a new note opens for editing at once.
 */
export function useCanvasAdd({
  doc,
  undo,
  content,
  selected,
  setSelected,
  setEditingId,
  selectNext,
  wrapper,
  locks,
  hint,
}: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  content: CanvasContent;
  selected: ReadonlySet<string>;
  setSelected: (ids: ReadonlySet<string>) => void;
  setEditingId: (id: string) => void;
  selectNext: RefObject<string[] | null>;
  /** The canvas element: a note added from the toolbar without a section lands in its centre. */
  wrapper: RefObject<HTMLDivElement | null>;
  locks: CanvasLocks;
  hint: LockHint;
}) {
  const flow = useReactFlow();

  // Kept stable: it is one of the CanvasActions every node reads.
  const addToSection = useCallback(
    (sectionId: string) => {
      if (locks.board) return hint('boardCannotChange');
      const id = asOneStep(undo, () => addNoteToSection(doc, sectionId));
      selectNext.current = [id];
      setEditingId(id);
    },
    [doc, undo, locks, hint, selectNext, setEditingId],
  );

  // Into the selection's section, else the first section, else the middle of the view.
  const addFromToolbar = () => {
    const selectedNote = content.notes.find((n) => selected.has(n.id));
    const selectedSection = content.sections.find((s) => selected.has(s.id));
    const sectionId = selectedNote?.sectionId ?? selectedSection?.id ?? content.sections[0]?.id;
    if (sectionId) return addToSection(sectionId);
    const rect = wrapper.current?.getBoundingClientRect();
    const centre = flow.screenToFlowPosition({
      x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
      y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
    });
    const id = asOneStep(undo, () =>
      addNote(doc, { x: Math.round(centre.x - NOTE_WIDTH / 2), y: Math.round(centre.y - NOTE_HEIGHT / 2) }),
    );
    selectNext.current = [id];
    setEditingId(id);
  };

  // A double-click anywhere else adds a note there, in the section under the pointer (if any):
  // section bodies let the pointer through to the canvas (see styles.css), so it lands here.
  const addOnDoubleClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (!target.closest('.react-flow__pane') || target.closest('.react-flow__node-note, .react-flow__controls')) return;
    if (locks.board) return hint('boardCannotChange');
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = asOneStep(undo, () =>
      addNote(doc, { x: Math.round(at.x - NOTE_WIDTH / 2), y: Math.round(at.y - NOTE_HEIGHT / 2) }),
    );
    selectNext.current = [id];
    setEditingId(id);
  };

  const addNewSection = (title: string) => {
    const id = asOneStep(undo, () => addSection(doc, title));
    selectNext.current = [id];
    setSelected(new Set([id]));
  };

  const duplicate = useCallback(
    (notes: CanvasNote[]) => {
      if (notes.length === 0) return;
      if (locks.board) return hint('boardCannotChange');
      const ids = asOneStep(undo, () => addNoteCopies(doc, notes, { x: 20, y: 20 }));
      selectNext.current = ids;
      setSelected(new Set(ids));
    },
    [doc, undo, locks, hint, selectNext, setSelected],
  );

  return { addToSection, addFromToolbar, addOnDoubleClick, addNewSection, duplicate };
}
