import { describe, expect, it } from 'vitest';
import { parsePathData } from '../../../shared/report/pdf/path-data';

const round = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1000) / 1000
    : Array.isArray(value)
      ? value.map(round)
      : typeof value === 'object' && value
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]))
        : value;

describe('SVG path data', () => {
  it('makes relative, horizontal, vertical and implicit commands absolute', () => {
    expect(parsePathData('M10 10h5v5H0l2-2 1 1z m1 1 2 2')).toEqual([
      { op: 'M', x: 10, y: 10 },
      { op: 'L', x: 15, y: 10 },
      { op: 'L', x: 15, y: 15 },
      { op: 'L', x: 0, y: 15 },
      { op: 'L', x: 2, y: 13 },
      { op: 'L', x: 3, y: 14 },
      { op: 'Z' },
      { op: 'M', x: 11, y: 11 },
      { op: 'L', x: 13, y: 13 },
    ]);
  });

  it('reads numbers without separators and quadratic and smooth curves as cubics', () => {
    expect(round(parsePathData('M0 0q3 3 6 0t6 0s1.5.5 3 0'))).toEqual([
      { op: 'M', x: 0, y: 0 },
      { op: 'C', x1: 2, y1: 2, x2: 4, y2: 2, x: 6, y: 0 },
      { op: 'C', x1: 8, y1: -2, x2: 10, y2: -2, x: 12, y: 0 },
      { op: 'C', x1: 12, y1: 0, x2: 13.5, y2: 0.5, x: 15, y: 0 },
    ]);
  });

  it('turns arcs into quarter-circle Béziers that end where the arc ends, also with packed flags', () => {
    // A full circle of radius 5 as two half arcs: four quarter segments on the circle.
    const circle = parsePathData('M7 12a5 5 0 1 0 10 0 5 5 0 1 0-10 0');
    const curves = circle.filter((c) => c.op === 'C');
    expect(curves).toHaveLength(4);
    for (const c of curves) {
      if (c.op !== 'C') continue;
      expect(Math.hypot(c.x - 12, c.y - 12)).toBeCloseTo(5, 6);
    }
    expect(round(curves.at(-1))).toMatchObject({ x: 7, y: 12 });
    // "a1 1 0 011 1": flags 0 and 1 written together with the next number.
    const packed = parsePathData('M0 0a1 1 0 011 1');
    expect(round(packed.at(-1))).toMatchObject({ op: 'C', x: 1, y: 1 });
  });

  it('stops at malformed data instead of throwing', () => {
    expect(parsePathData('M0 0L5')).toEqual([{ op: 'M', x: 0, y: 0 }]);
    expect(parsePathData('')).toEqual([]);
  });
});
