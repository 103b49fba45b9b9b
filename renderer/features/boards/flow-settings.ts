import type { KeyboardEvent } from 'react';

// Props React Flow compares by identity: a new object each render makes it update its store
// every render (and loop with our own state), so both editors share these constants.
export const DELETE_KEYS = ['Delete', 'Backspace'];
export const PRO_OPTIONS = { hideAttribution: true };
// Shift-click adds to the selection as in most desktop tools; Shift-drag on the canvas box-selects.
export const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

const ARROW_STEP = 10;
const ARROW_STEP_LARGE = 40;

/** How far an arrow key moves an item, in board units: farther with Shift. */
export function arrowDelta(e: KeyboardEvent): { dx: number; dy: number } {
  const step = e.shiftKey ? ARROW_STEP_LARGE : ARROW_STEP;
  return {
    dx: e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0,
    dy: e.key === 'ArrowUp' ? -step : e.key === 'ArrowDown' ? step : 0,
  };
}

/** Whether a selection set holds exactly these ids (so an unchanged selection keeps its object). */
export function sameIds(set: ReadonlySet<string>, ids: string[]): boolean {
  return set.size === ids.length && ids.every((id) => set.has(id));
}
