import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from '../../../shared/drawing/text-fit';

describe('text fitting without a DOM', () => {
  it('estimates wider text for more, wider and bold characters', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('mmmm', 12));
    expect(textWidth('Kunta', 12, true)).toBeGreaterThan(textWidth('Kunta', 12));
    expect(textWidth('Kunta', 24)).toBeCloseTo(2 * textWidth('Kunta', 12));
  });

  it('keeps short text on one line and wraps longer text at spaces', () => {
    expect(wrapText('Kuntainfo', 97, 12, true, 2)).toEqual({
      lines: ['Kuntainfo'],
      fontSize: 12,
      cut: false,
      shortened: false,
    });
    const wrapped = wrapText('Kaavoitus ja maankäyttö', 97, 12, true, 2);
    expect(wrapped.lines).toEqual(['Kaavoitus ja', 'maankäyttö']);
    for (const line of wrapped.lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(97);
  });

  it('breaks after the hyphen of a compound before cutting a word', () => {
    const width = textWidth('Pohjanmaan liitto', 12) + 1;
    expect(wrapText('Etelä-Pohjanmaan liitto', width, 12, false, 3).lines).toEqual(['Etelä-', 'Pohjanmaan liitto']);
  });

  it('cuts a word longer than the line at a syllable boundary, and can be read back', () => {
    const fitted = wrapText('Rakennusvalvonta', 97, 12, true, 2);
    expect(fitted.cut).toBe(true);
    expect(fitted.shortened).toBe(false);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[0]).toMatch(/-$/);
    expect(fitted.lines[0].slice(0, -1) + fitted.lines[1]).toBe('Rakennusvalvonta');
    // Before a consonant that starts a syllable ("val-von-ta"), never leaving a lone letter.
    expect(fitted.lines[0].length).toBeGreaterThan(2);
    expect(fitted.lines[1]).toMatch(/^[^aeiouyäö][aeiouyäö]./);
    for (const line of fitted.lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(97);
  });

  it('shortens text that needs more lines than allowed with an ellipsis', () => {
    const fitted = wrapText(
      'Valtakunnallinen rakennetun ympäristön tietojärjestelmä ja sen ylläpitäjä',
      97,
      12,
      false,
      2,
    );
    expect(fitted.shortened).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/…$/);
    for (const line of fitted.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(97);
  });

  it('picks the largest size that fits whole, then one that fits cut, then shortens', () => {
    // Fits whole only at the smaller size.
    const text = 'Kylätoimikunta';
    expect(textWidth(text, 12, true)).toBeGreaterThan(97);
    expect(textWidth(text, 10, true)).toBeLessThanOrEqual(97);
    expect(fitText(text, 97, [12, 11, 10], true, 2)).toMatchObject({
      fontSize: textWidth(text, 11, true) <= 97 ? 11 : 10,
      cut: false,
    });
    // Too long at every size: cut at the largest size rather than shrunk.
    expect(fitText('Rakennusvalvonta', 97, [12, 11, 10], true, 2)).toMatchObject({
      fontSize: 12,
      cut: true,
      shortened: false,
    });
    // More lines at a smaller size let a long name fit without "…".
    const lines = (size: number) => (size > 9 ? 2 : 3);
    expect(fitText('Rakennus- ja ympäristölautakunta', 97, [12, 11, 10, 9], true, lines)).toMatchObject({
      fontSize: 9,
      shortened: false,
    });
    // A size that leaves no line is skipped; none at all gives nothing.
    expect(fitText('Kunta', 97, [12, 9], false, (size) => (size > 9 ? 0 : 1))).toMatchObject({
      fontSize: 9,
      lines: ['Kunta'],
    });
    expect(fitText('Kunta', 97, [12], false, 0)).toBeNull();
    // Too much text for any size: the smallest, shortened.
    const long = 'Hyvin pitkä nimi jolla on monta sanaa eikä se mahdu kahdelle riville millään koolla';
    expect(fitText(long, 97, [12, 11, 10], true, 2)).toMatchObject({ fontSize: 10, shortened: true });
  });
});
