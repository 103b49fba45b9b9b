import { createContext, useContext } from 'react';

/** What note and section nodes can ask of the editor, without putting callbacks in node data. */
export interface CanvasActions {
  stopEditing(noteId: string): void;
  setText(noteId: string, text: string): void;
  /** The note's text as stored now: a node's own data may be a render behind. */
  textOf(noteId: string): string;
  /** Characters typed after editing began but before the editor had focus; taken once. */
  takeTypedAhead(): string;
  addNoteToSection(sectionId: string): void;
  /** Starts moving a section (and the notes in it) with the pointer, from its title bar. */
  dragSection(sectionId: string, event: PointerEvent): void;
  /** Writes a section's rectangle after a resize by mouse (one undo step). */
  resizeSection(sectionId: string, rect: { x: number; y: number; width: number; height: number }): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions outside the canvas editor');
  return actions;
}
