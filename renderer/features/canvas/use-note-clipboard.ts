import { useEffect, useRef, type RefObject } from 'react';
import type { CanvasNote } from '../../../shared/model';
import { isTextField } from '../boards/use-board-undo-keys';
import { notesFromClipboardText, notesToClipboardText } from './note-clipboard';

/**
 * Copy, cut and paste of the selected notes through the system clipboard (so between boards and
 * windows). Pastes come from the paste event (DESIGN.md), never from reading the clipboard; text
 * fields and selected text keep the browser's own behaviour.
 */
export function useNoteClipboard(
  selected: RefObject<readonly CanvasNote[]>,
  handlers: { paste(notes: CanvasNote[]): void; cut(notes: readonly CanvasNote[]): void },
): void {
  // The latest handlers, so the document listeners are added once, not on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      const notes = selected.current;
      const textSelected = !(window.getSelection()?.isCollapsed ?? true);
      if (isTextField(document.activeElement) || textSelected || notes.length === 0 || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', notesToClipboardText(notes));
      if (e.type === 'cut') latest.current.cut(notes);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTextField(document.activeElement)) return;
      const notes = notesFromClipboardText(e.clipboardData?.getData('text/plain') ?? '');
      if (!notes) return;
      e.preventDefault();
      latest.current.paste(notes);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [selected]);
}
