import { describe, expect, it } from 'vitest';
import {
  cellsRect,
  contentBounds,
  nextInOrder,
  noteIn,
  viewCells,
} from '../../../renderer/features/canvas/note-culling';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../renderer/store/canvas-doc';

const view = (x: number, y: number, zoom: number) => ({
  transform: [x, y, zoom] as [number, number, number],
  width: 1000,
  height: 600,
});

describe('note culling (big canvases mount only the notes near the view)', () => {
  it('gives no view before React Flow has measured its pane', () => {
    expect(viewCells({ transform: [0, 0, 1], width: 0, height: 0 })).toBe('');
    expect(cellsRect('')).toBeNull();
  });

  it('covers the whole view, and mounts one more cell around it', () => {
    const rect = cellsRect(viewCells(view(-250, -100, 1)));
    if (!rect) throw new Error('no rect');
    // The view is x 250..1250, y 100..700 in board units.
    expect(rect.view.x).toBeLessThanOrEqual(250);
    expect(rect.view.y).toBeLessThanOrEqual(100);
    expect(rect.view.x + rect.view.width).toBeGreaterThanOrEqual(1250);
    expect(rect.view.y + rect.view.height).toBeGreaterThanOrEqual(700);
    expect(rect.padded.width).toBeGreaterThan(rect.view.width);
    expect(rect.padded.x).toBeLessThan(rect.view.x);
  });

  it('keeps its key while the view moves a little (no re-render per pan frame)', () => {
    expect(viewCells(view(-10, 0, 1))).toBe(viewCells(view(-20, 0, 1)));
    expect(viewCells(view(0, 0, 1))).not.toBe(viewCells(view(-2000, 0, 1)));
    expect(viewCells(view(0, 0, 1))).not.toBe(viewCells(view(0, 0, 0.25)));
  });

  it('tells whether a note overlaps a rectangle, edges included partly', () => {
    const r = { x: 0, y: 0, width: 100, height: 100 };
    expect(noteIn({ x: 50, y: 50 }, r)).toBe(true);
    expect(noteIn({ x: -NOTE_WIDTH + 1, y: -NOTE_HEIGHT + 1 }, r)).toBe(true);
    expect(noteIn({ x: -NOTE_WIDTH, y: 0 }, r)).toBe(false);
    expect(noteIn({ x: 5000, y: 5000 }, r)).toBe(false);
    // A point (width 0) inside a note: the overview's hit test.
    expect(noteIn({ x: 10, y: 10 }, { x: 20, y: 20, width: 0, height: 0 })).toBe(true);
  });

  it('bounds every section and note', () => {
    expect(contentBounds([])).toBeNull();
    expect(
      contentBounds([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: -5, y: 20, width: 10, height: 30 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 50 });
  });

  it('steps through notes in reading order, stopping at either end', () => {
    const order = ['a', 'b', 'c'];
    expect(nextInOrder(order, 'a', false)).toBe('b');
    expect(nextInOrder(order, 'b', true)).toBe('a');
    expect(nextInOrder(order, 'c', false)).toBeNull();
    expect(nextInOrder(order, 'a', true)).toBeNull();
    expect(nextInOrder(order, 'x', false)).toBeNull();
  });
});
