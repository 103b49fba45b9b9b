import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../shared/report/pdf/line-break';
import type { Measurer } from '../../../shared/report/pdf/ops';

/** Every character 0.5 em wide, bold 0.6: simple to reason about. */
const measure: Measurer = { width: (text, face, size) => [...text].length * size * (face === 'bold' ? 0.6 : 0.5) };
const joined = (lines: ReturnType<typeof breakLines>) =>
  lines.map((l) => l.fragments.map((f) => f.text).join('')).join('');

describe('line breaking', () => {
  it('keeps every line within its width and the words whole in the extracted text', () => {
    const text = 'Hankkeen tavoitteena on ymmärtää hakijoiden, suunnittelijoiden ja kunnan työntekijöiden kokemukset.';
    const lines = breakLines(measure, [{ text, lang: 'fi' }], 'regular', 10, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    // The space at each wrap stays at the line's end; hyphens added at breaks are the only change.
    expect(joined(lines).replace(/-(?=\S)/g, '')).toBe(text.replace(/-(?=\S)/g, ''));
    expect(lines.slice(0, -1).every((l) => /[ -]$/.test(l.fragments.at(-1)?.text ?? ''))).toBe(true);
  });

  it('hyphenates a Finnish compound at its syllables, not anywhere', () => {
    const lines = breakLines(measure, [{ text: 'rakennusvalvontaviranomainen', lang: 'fi' }], 'regular', 10, 60);
    // 12 characters a line; the patterns allow ra-ken-nus-val-von-ta-vi-ran-omai-nen.
    const texts = lines.map((l) => l.fragments.map((f) => f.text).join(''));
    expect(texts.join('|')).toBe('rakennusval-|vontaviran-|omainen');
  });

  it('hyphenates Swedish with Swedish patterns and breaks after a compound’s own hyphen', () => {
    const sv = breakLines(measure, [{ text: 'bygglovshandläggare', lang: 'sv' }], 'regular', 10, 60);
    expect(sv.map((l) => l.fragments.map((f) => f.text).join('')).join('|')).toBe('bygglovs-|handläggare');
    const compound = breakLines(measure, [{ text: 'Rakennus-ja ympäristölautakunta', lang: 'zz' }], 'regular', 10, 50);
    expect(compound[0].fragments[0].text).toBe('Rakennus-');
  });

  it('cuts a word with no break point only when it cannot fit a line, and never loops', () => {
    const lines = breakLines(measure, [{ text: 'ŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋ', lang: 'se' }], 'regular', 10, 50);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
    expect(breakLines(measure, [{ text: 'x', lang: 'en' }], 'regular', 10, 1)).toHaveLength(1);
  });

  it('keeps the faces and languages of runs apart on one line', () => {
    const [line] = breakLines(
      measure,
      [
        { text: 'Tags: ', lang: 'en', style: 'bold' },
        { text: 'sámegiella', lang: 'se' },
      ],
      'regular',
      10,
      500,
    );
    expect(line.fragments.map((f) => [f.text, f.face, f.lang])).toEqual([
      ['Tags: ', 'bold', 'en'],
      ['sámegiella', 'regular', 'se'],
    ]);
    expect(line.fragments[1].x).toBeCloseTo(line.fragments[0].width);
  });
});
