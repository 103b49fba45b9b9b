// drawScene on a part of a map: shapes outside the viewport are not drawn at all (a map of 2,000
// actors split into parts would otherwise draw every relation on every part's page), but a line
// that passes through the part is, wherever its ends lie.
import { describe, expect, it } from 'vitest';
import type { Scene, SceneShape } from '../../../shared/drawing/scene';
import { drawScene } from '../../../shared/report/pdf/draw-scene';
import type { Surface } from '../../../shared/report/pdf/surface';

/** A surface that records the lines drawn (as their start x) and counts everything else. */
function recorder() {
  const lines: number[] = [];
  let other = 0;
  const surface: Surface = {
    width: (text, _face, size) => text.length * size * 0.5,
    rect: () => void other++,
    circle: () => void other++,
    path: () => void other++,
    line: (x1) => void lines.push(Math.round(x1)),
    text: () => void other++,
    image: () => void other++,
    clipRect: () => undefined,
    save: () => undefined,
    restore: () => undefined,
  };
  return { surface, lines, other: () => other };
}

const line = (x1: number, y1: number, x2: number, y2: number): SceneShape => ({
  kind: 'line',
  stroke: '#000000',
  x1,
  y1,
  x2,
  y2,
  strokeWidth: 2,
  arrowStart: false,
  arrowEnd: false,
});

const scene: Scene = {
  title: 'Kartta',
  description: '',
  bounds: { x: 0, y: 0, width: 1000, height: 1000 },
  groups: [
    {
      part: { kind: 'relation', id: 'r' },
      shapes: [
        // Through the viewport (100–200 × 100–200) from corner to corner of the map.
        line(0, 0, 1000, 1000),
        // Its box covers the viewport, the line itself passes far from it.
        line(0, 600, 600, 0),
        // Ends just outside the viewport's left edge, within its stroke's reach.
        line(0, 150, 99, 150),
        // Vertical, outside to the right.
        line(300, 0, 300, 1000),
      ],
    },
    { part: { kind: 'actor', id: 'a' }, shapes: [{ kind: 'circle', cx: 800, cy: 800, r: 20, fill: '#ffffff' }] },
  ],
};

describe('drawScene on a part', () => {
  it('draws the lines that cross the part and leaves out the ones whose box only overlaps it', () => {
    const { surface, lines, other } = recorder();
    drawScene(surface, scene, { x: 100, y: 100, width: 100, height: 100 }, { x: 0, y: 0, width: 100, height: 100 });
    // Scaled 1:1 and moved by the viewport's corner: the map's x 0 is at -100.
    expect(lines).toEqual([-100, -100]);
    expect(other()).toBe(0);
  });

  it('draws everything when the viewport holds the whole scene', () => {
    const { surface, lines, other } = recorder();
    drawScene(surface, scene, scene.bounds, { x: 0, y: 0, width: 500, height: 500 });
    expect(lines).toHaveLength(4);
    expect(other()).toBe(1);
  });
});
