import { describe, expect, it } from 'vitest';
import { contrastRatio, mixColor } from '../../../shared/drawing/color';
import { fitParagraphs } from '../../../shared/drawing/paragraphs';
import { growBox, moveShape, textBlock } from '../../../shared/drawing/layout';
import { shapeBox, type SceneShape } from '../../../shared/drawing/scene';
import { textWidth } from '../../../shared/drawing/text-fit';

describe('colours of drawings', () => {
  it('measures WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The order of the two colours does not matter.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#767676'));
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('mixes two colours', () => {
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColor('#fbd3e0', '#ffffff', 0)).toBe('#fbd3e0');
    expect(mixColor('#fbd3e0', '#ffffff', 1)).toBe('#ffffff');
  });
});

describe('text with line breaks fitted into a box', () => {
  it('wraps each paragraph on its own and keeps one blank line between them', () => {
    const fitted = fitParagraphs('Soittaa neuvontaan\n\n\nEi vastausta\n', 200, [13], false, 10);
    expect(fitted?.lines).toEqual(['Soittaa neuvontaan', '', 'Ei vastausta']);
    expect(fitted?.shortened).toBe(false);
  });

  it('ends with "…" when the lines run out, also at a paragraph’s end', () => {
    const fitted = fitParagraphs('Yksi\nKaksi\nKolme', 200, [13], false, 2);
    expect(fitted?.lines).toEqual(['Yksi', 'Kaksi…']);
    expect(fitted?.shortened).toBe(true);
  });

  it('takes a smaller size before shortening, and never a line wider than the box', () => {
    const text = 'Rakennusvalvonnan neuvonta-aika varataan verkossa';
    const fitted = fitParagraphs(text, 120, [13, 12, 11, 10], false, 3);
    expect(fitted?.shortened).toBe(false);
    for (const line of fitted?.lines ?? []) expect(textWidth(line, fitted?.fontSize ?? 13)).toBeLessThanOrEqual(120);
  });
});

describe('layout helpers', () => {
  it('stacks lines of text whose glyphs stay inside their line boxes', () => {
    const block = textBlock(['Yksi', '', 'Kolme'], 10, 20, {
      fontSize: 13,
      bold: false,
      fill: '#000000',
      lineHeight: 1.3,
    });
    expect(block.height).toBeCloseTo(3 * 13 * 1.3);
    // The blank line takes its place but draws nothing.
    expect(block.shapes).toHaveLength(2);
    for (const shape of block.shapes) {
      const box = shapeBox(shape);
      expect(box.y).toBeGreaterThanOrEqual(20);
      expect(box.y + box.height).toBeLessThanOrEqual(20 + block.height);
    }
  });

  it('moves every kind of shape', () => {
    const shapes: SceneShape[] = [
      { kind: 'rect', x: 1, y: 2, width: 3, height: 4, radius: 0, fill: '#fff' },
      { kind: 'circle', cx: 1, cy: 2, r: 3, fill: '#fff' },
      { kind: 'line', x1: 0, y1: 0, x2: 5, y2: 5, stroke: '#000', strokeWidth: 1, arrowStart: false, arrowEnd: false },
      { kind: 'path', d: 'M0 0H1', fill: 'none', fillRule: 'nonzero', x: 1, y: 1, scale: 1, width: 1, height: 1 },
      { kind: 'text', x: 1, y: 1, text: 'a', fontSize: 10, bold: false, anchor: 'start', fill: '#000' },
    ];
    for (const shape of shapes) {
      const before = shapeBox(shape);
      const after = shapeBox(moveShape(shape, 10, -5));
      expect(after).toEqual({ ...before, x: before.x + 10, y: before.y - 5 });
    }
  });

  it('grows a box to whole units', () => {
    expect(growBox({ x: 0.5, y: -0.5, width: 10, height: 10 }, 24)).toEqual({ x: -24, y: -25, width: 59, height: 59 });
  });
});
