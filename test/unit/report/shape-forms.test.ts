// Rounded rectangles as form XObjects (shape-forms.ts) and the content streams' number format:
// a shape drawn often is painted once and placed; the report that uses them stays well-formed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../../shared/report';
import { num, roundedRectPath, ShapeForms } from '../../../shared/report/pdf/shape-forms';
import type { ObjectWriter } from '../../../shared/report/pdf/tagging/object-writer';
import { loadFonts, sampleSnapshot, tempFile, tool } from './helpers';

describe('num', () => {
  it('writes 3 decimals at most, without a leading zero or a negative zero', () => {
    expect([0.5, -0.05, 12, -0.0004, 1234.5678, 0.001, -3.1, 100.1004, 0.9996].map(num)).toEqual([
      '.5',
      '-.05',
      '12',
      '0',
      '1234.568',
      '.001',
      '-3.1',
      '100.1',
      '1',
    ]);
  });
});

/** A writer that keeps what is written, numbering objects from 100. */
function recordingWriter(): ObjectWriter & { streams: Map<number, { entries: string; data: string }> } {
  let next = 100;
  const streams = new Map<number, { entries: string; data: string }>();
  return {
    streams,
    reserve: () => next++,
    object: () => undefined,
    stream: (id, entries, data) => void streams.set(id, { entries, data }),
    pageObject: (page) => page,
  };
}

describe('ShapeForms', () => {
  it('draws a shape inline twice, then through one form wherever it is placed', () => {
    const forms = new ShapeForms();
    const first = forms.roundedRect(10, 20, 80, 50, 1.5, 'B', 0.5);
    expect(first).toBe(`${roundedRectPath(10, 20, 80, 50, 1.5)}\nB`);
    expect(forms.roundedRect(30, 40, 80, 50, 1.5, 'B', 0.5)).toContain(' c\n');
    expect(forms.roundedRect(50.25, 60, 80, 50, 1.5, 'B', 0.5)).toBe('q 1 0 0 1 50.25 60 cm /Fs0 Do Q');
    expect(forms.roundedRect(0, 0, 80, 50, 1.5, 'B', 0.5)).toBe('q 1 0 0 1 0 0 cm /Fs0 Do Q');
    // Another size, or only filled: another shape.
    for (let i = 0; i < 3; i++) forms.roundedRect(0, 0, 80, 40, 1.5, 'B', 0.5);
    for (let i = 0; i < 3; i++) forms.roundedRect(0, 0, 80, 50, 1.5, 'f', 0);
    const writer = recordingWriter();
    forms.write(writer);
    expect(forms.dictionaryEntries().split('\n')).toEqual(['/Fs0 100 0 R', '/Fs1 101 0 R', '/Fs2 102 0 R']);
    const card = writer.streams.get(100);
    // The box leaves room for the stroke; the path starts at the form's origin.
    expect(card?.entries).toBe('/Type /XObject /Subtype /Form /BBox [-2 -2 82 52] /Resources <<>>');
    expect(card?.data).toBe(`${roundedRectPath(0, 0, 80, 50, 1.5)}\nB`);
    expect(writer.streams.get(102)?.data.endsWith('\nf')).toBe(true);
  });

  it('places any shape by its key, made once when it first becomes a form', () => {
    const forms = new ShapeForms();
    let made = 0;
    const shape = () => {
      made++;
      return { body: '0 0 m\n1 1 l\nS', box: [-1, -1, 2, 2] as [number, number, number, number] };
    };
    const drawn = [1, 2, 3, 4].map((x) => forms.place('icon', x, 5, shape, () => `inline ${x}`));
    expect(drawn).toEqual(['inline 1', 'inline 2', 'q 1 0 0 1 3 5 cm /Fs0 Do Q', 'q 1 0 0 1 4 5 cm /Fs0 Do Q']);
    expect(made).toBe(1);
    const writer = recordingWriter();
    forms.write(writer);
    expect(writer.streams.get(100)?.entries).toContain('/BBox [-1 -1 2 2]');
  });

  it('closes the rounded rectangle where it started, inside its box', () => {
    const lines = roundedRectPath(0, 0, 10, 6, 2).split('\n');
    expect(lines[0]).toBe('2 0 m');
    expect(lines.at(-2)).toMatch(/ 2 0 c$/);
    expect(lines.at(-1)).toBe('h');
    const values = lines.flatMap((l) => l.split(' ').slice(0, -1).map(Number));
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(10);
  });
});

describe('the report with forms', () => {
  it('places the sample’s cards as forms, in a file qpdf finds sound', () => {
    const file = tempFile('shape-forms.pdf', makeReportPdf(sampleSnapshot(), { language: 'fi' }, loadFonts()));
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    // The content streams uncompressed (qpdf's QDF form) to read the operators.
    const qdf = tempFile('shape-forms-qdf.pdf');
    tool('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const text = readFileSync(qdf).toString('latin1');
    const forms = text.match(/\/Subtype \/Form/g) ?? [];
    expect(forms.length).toBeGreaterThan(0);
    expect(text).toMatch(/\/XObject <<[^>]*\/Fs0 \d+ 0 R/);
    expect((text.match(/ cm \/Fs\d+ Do Q/g) ?? []).length).toBeGreaterThan(forms.length);
  });
});
