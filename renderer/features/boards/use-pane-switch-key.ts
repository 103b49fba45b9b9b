import { useEffect, type RefObject } from 'react';

/**
 * F6 moves between the canvas and the side panel, as between the panes of a desktop app:
 * keyboard users need not Tab through every note to reach the panel.
 */
export function usePaneSwitchKey(layout: RefObject<HTMLElement | null>, canvas: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || !layout.current?.contains(document.activeElement)) return;
      const panel = layout.current.querySelector<HTMLElement>('.note-panel');
      const inPanel = panel?.contains(document.activeElement) ?? false;
      e.preventDefault();
      if (!inPanel && panel) {
        panel.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
      } else {
        const node = canvas.current?.querySelector<HTMLElement>('.react-flow__node.selected') ?? canvas.current;
        node?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [layout, canvas]);
}
