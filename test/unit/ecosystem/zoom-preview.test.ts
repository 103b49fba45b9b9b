import { describe, expect, it } from 'vitest';
import {
  cssTransform,
  previewOf,
  type Preview,
  type Viewport,
} from '../../../renderer/features/ecosystem/zoom-preview';

// While the zoom changes, the map's canvas layer shows its last picture moved by this (issue 10).
describe('the zoom preview of the map canvas layer', () => {
  const screen = (v: Viewport, bx: number, by: number) => [bx * v.zoom + v.x, by * v.zoom + v.y];
  const apply = (p: Preview, [sx, sy]: number[]) => [(sx ?? 0) * p.scale + p.tx, (sy ?? 0) * p.scale + p.ty];

  it('puts every board point of the old picture where the new view shows it', () => {
    const drawn = { x: 120, y: -40, zoom: 0.5 };
    const now = { x: -310, y: 75, zoom: 0.8 };
    const preview = previewOf(drawn, now);
    for (const [bx, by] of [
      [0, 0],
      [1000, -250],
      [-640, 480],
    ] as const) {
      const [x, y] = apply(preview, screen(drawn, bx, by));
      const [ex, ey] = screen(now, bx, by);
      expect(x).toBeCloseTo(ex ?? NaN, 9);
      expect(y).toBeCloseTo(ey ?? NaN, 9);
    }
  });

  it('is no change for the same view and a plain move for a pan', () => {
    const drawn = { x: 10, y: 20, zoom: 1.25 };
    expect(previewOf(drawn, drawn)).toEqual({ scale: 1, tx: 0, ty: 0 });
    expect(previewOf(drawn, { ...drawn, x: 40, y: -5 })).toEqual({ scale: 1, tx: 30, ty: -25 });
  });

  it('keeps the point under the cursor still when zooming about it', () => {
    // d3-zoom's wheel zoom about the screen point (300, 200), doubling the zoom.
    const drawn = { x: 50, y: 60, zoom: 1 };
    const now = { x: 300 - (300 - 50) * 2, y: 200 - (200 - 60) * 2, zoom: 2 };
    const preview = previewOf(drawn, now);
    expect(preview.scale).toBe(2);
    expect(apply(preview, [300, 200])).toEqual([300, 200]);
  });

  it('writes the transform for an element scaled about its top-left corner', () => {
    expect(cssTransform({ scale: 1.5, tx: -12.5, ty: 40 })).toBe('translate(-12.5px, 40px) scale(1.5)');
  });
});
