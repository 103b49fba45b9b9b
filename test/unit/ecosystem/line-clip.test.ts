import { describe, expect, it } from 'vitest';
import { clipLine } from '../../../renderer/features/ecosystem/line-clip';

// The map's canvas layer strokes only the part of each relation near the view (issue 10).
describe('clipping a relation line to the view', () => {
  const view = { x0: 0, y0: 0, x1: 100, y1: 100 };

  it('keeps a line inside whole and drops one that misses', () => {
    expect(clipLine(10, 10, 90, 50, view)).toEqual([0, 1]);
    expect(clipLine(-50, -10, 200, -5, view)).toBeNull();
    expect(clipLine(150, 0, 150, 100, view)).toBeNull();
    expect(clipLine(-100, 200, 200, 110, view)).toBeNull();
  });

  it('cuts a line crossing the view to the part inside', () => {
    const [t0, t1] = clipLine(-100, 50, 200, 50, view) ?? [NaN, NaN];
    expect(t0).toBeCloseTo(1 / 3);
    expect(t1).toBeCloseTo(2 / 3);
    expect(clipLine(50, -100, 50, 50, view)).toEqual([2 / 3, 1]);
  });

  it('starts a dashed line at a whole dash period, so its dashes do not move', () => {
    // 100 units outside the view on a horizontal line, dash period 30: starts 90 units in.
    const [t0, t1] = clipLine(-100, 50, 200, 50, view, 30) ?? [NaN, NaN];
    expect(t0 * 300).toBeCloseTo(90);
    expect(t1 * 300).toBeCloseTo(200);
    // A line starting inside is not moved.
    expect(clipLine(10, 10, 300, 10, view, 30)?.[0]).toBe(0);
  });
});
