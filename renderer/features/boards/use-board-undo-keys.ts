import { useEffect } from 'react';
import type * as Y from 'yjs';

export const UNDO_EVENT = 'kartta:board-undo';
export const REDO_EVENT = 'kartta:board-redo';

export const isTextField = (el: Element | null) =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(el.type)) ||
  (el instanceof HTMLElement && el.isContentEditable);

/**
 * Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the board, except in a text field, where
 * the field's own history applies (DESIGN.md, Undo). The native menu sends the same as events.
 */
export function useBoardUndoKeys(undo: Y.UndoManager): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        undo.redo();
      }
    };
    const onUndo = () => undo.undo();
    const onRedo = () => undo.redo();
    window.addEventListener('keydown', onKey);
    window.addEventListener(UNDO_EVENT, onUndo);
    window.addEventListener(REDO_EVENT, onRedo);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(UNDO_EVENT, onUndo);
      window.removeEventListener(REDO_EVENT, onRedo);
    };
  }, [undo]);
}
