import { describe, expect, it } from 'vitest';
import { emotionCurve, scoreY, stageCentreX, type CurveFrame } from '../../../shared/journey';

const frame: CurveFrame = { stageWidth: 200, height: 100, padding: 10 };

/** Every number of a path, as [x, y] pairs in the order written. */
const pairs = (d: string) => {
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i < numbers.length; i += 2) out.push([numbers[i], numbers[i + 1]]);
  return out;
};

describe('emotion curve geometry', () => {
  it('puts +2 at the top, −2 at the bottom and 0 in the middle, stages at their centres', () => {
    expect(scoreY(2, frame)).toBe(10);
    expect(scoreY(-2, frame)).toBe(90);
    expect(scoreY(0, frame)).toBe(50);
    expect(scoreY(1, frame)).toBe(30);
    expect(stageCentreX(0, frame)).toBe(100);
    expect(stageCentreX(3, frame)).toBe(700);
  });

  it('passes through every score, starting at the first stage', () => {
    const { points, path } = emotionCurve([1, -2, 0, 2], frame);
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [100, 30],
      [300, 90],
      [500, 50],
      [700, 10],
    ]);
    expect(path.startsWith('M100 30 C')).toBe(true);
    expect((path.match(/C/g) ?? []).length).toBe(3);
    const ends = pairs(path).filter((_, i) => i === 0 || i % 3 === 0);
    expect(ends).toEqual(points.map((p) => [p.x, p.y]));
  });

  it('never swings beyond the scale between scores (monotone, no overshoot)', () => {
    const { path } = emotionCurve([2, 2, -2, 2, -2, -2, 1], frame);
    for (const [, y] of pairs(path)) {
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(90);
    }
    // Flat where two equal scores meet: both control points of that segment on the same line.
    const flat = emotionCurve([2, 2], frame).path;
    expect(pairs(flat).every(([, y]) => y === 10)).toBe(true);
  });

  it('is smooth: at an inner point the tangents in and out are on one line', () => {
    const [start, c1, c2, mid, c3] = pairs(emotionCurve([-2, 0, 2], frame).path);
    expect(start).toEqual([100, 90]);
    const slopeIn = (mid[1] - c2[1]) / (mid[0] - c2[0]);
    const slopeOut = (c3[1] - mid[1]) / (c3[0] - mid[0]);
    expect(slopeIn).toBeCloseTo(slopeOut, 5);
    expect(slopeIn).toBeLessThan(0);
    expect(c1[1]).toBeLessThanOrEqual(90);
  });

  it('breaks at a stage without a score and leaves a lone score as a point', () => {
    const { points, path } = emotionCurve([1, 0, null, -1, null, 2, 2], frame);
    expect(points.map((p) => p.stageIndex)).toEqual([0, 1, 3, 5, 6]);
    const runs = path.split('M').filter(Boolean);
    expect(runs).toHaveLength(2);
    expect(runs[0].startsWith('100 30')).toBe(true);
    expect(runs[1].startsWith('1100 10')).toBe(true);
    // Stage 3 (x 700) is a point only: no part of the path goes near it.
    expect(pairs(path).some(([x]) => x > 500 && x < 1100)).toBe(false);
  });

  it('draws nothing for no scores or a single one', () => {
    expect(emotionCurve([], frame)).toEqual({ points: [], path: '' });
    expect(emotionCurve([null, 1, null], frame).path).toBe('');
    expect(emotionCurve([null, 1, null], frame).points).toHaveLength(1);
  });
});
