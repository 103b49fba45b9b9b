import { useEffect, useRef, type RefObject } from 'react';
import { isTextField } from './use-board-undo-keys';

/**
 * Copy, cut and paste of a board's selection through the system clipboard (so between boards and
 * windows). Pastes come from the paste event (DESIGN.md), never from reading the clipboard; text
 * fields and selected text keep the browser's own behaviour.
 */
export function useBoardClipboard<T>(
  /** What is selected now, or null when nothing that can be copied is. */
  selected: RefObject<T | null>,
  handlers: {
    toText(items: T): string;
    fromText(text: string): T | null;
    paste(items: T): void;
    cut(items: T): void;
  },
): void {
  // The latest handlers, so the document listeners are added once, not on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      const items = selected.current;
      const textSelected = !(window.getSelection()?.isCollapsed ?? true);
      if (isTextField(document.activeElement) || textSelected || items === null || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', latest.current.toText(items));
      if (e.type === 'cut') latest.current.cut(items);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTextField(document.activeElement)) return;
      const items = latest.current.fromText(e.clipboardData?.getData('text/plain') ?? '');
      if (items === null) return;
      e.preventDefault();
      latest.current.paste(items);
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
