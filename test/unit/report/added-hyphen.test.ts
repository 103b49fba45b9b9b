// Issue 12: a hyphen the line break adds inside a word is drawn but not part of the text. The word
// part and its hyphen are wrapped in a /Span with /ActualText (PDF 1.7 §14.9.4) inside the
// paragraph's own marked content, so pdftotext, pdf.js and screen readers get the word whole; a
// compound's own hyphen ("yhteis-työ") stays a hyphen.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf, type RenderedReport, type ReportDocument } from '../../../shared/report';
import { breakLines } from '../../../shared/report/pdf/line-break';
import type { DrawOp, Measurer } from '../../../shared/report/pdf/ops';
import { readTagged, structureText } from './read-tagged';
import { finnishDocument, loadFonts, tempFile, tool } from './helpers';

const WORDS =
  'Rakennusvalvontaviranomaisen neuvontapalvelu käsittelee rakennuslupahakemuksia ja ' +
  'toimenpidelupahakemuksia yhteis-työssä suunnittelijoiden, pääsuunnittelijoiden ja ' +
  'ympäristönsuojeluviranomaisten kanssa.';
const TEXT = Array.from({ length: 6 }, () => WORDS).join(' ');

function hyphenDocument(): ReportDocument {
  return finnishDocument('Tavutus', [
    {
      kind: 'summary',
      id: 's',
      boardKind: null,
      title: 'Tavutus',
      lang: 'fi',
      blocks: [{ kind: 'paragraph', id: 's/p', style: 'body', runs: [{ text: TEXT, lang: 'fi' }] }],
    },
  ]);
}

type TextOp = Extract<DrawOp, { kind: 'text' }>;

/** Each page's drawn glyphs as text, from pdf.js's operator list (what is painted, not extracted). */
async function drawnText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    let out = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const ops = await (await pdf.getPage(n)).getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.showText) return;
        const [glyphs] = ops.argsArray[i] as [({ unicode: string } | number | null)[]];
        out += `${glyphs.map((g) => (g && typeof g === 'object' ? g.unicode : '')).join('')}\n`;
      });
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

describe('hyphens added at line breaks', () => {
  let rendered: RenderedReport;
  let file: string;
  let hyphenated: TextOp[];

  beforeAll(() => {
    rendered = renderReportPdf(hyphenDocument(), loadFonts());
    file = tempFile('added-hyphen.pdf', rendered.pdf);
    hyphenated = rendered.laid.pages
      .flatMap((p) => p.ops)
      .filter((op): op is TextOp => op.kind === 'text' && op.actualText !== undefined);
  });

  it('lays the word part before an added hyphen out on its own, with its text without the hyphen', () => {
    expect(hyphenated.length).toBeGreaterThan(2);
    for (const op of hyphenated) {
      expect(op.text).toBe(`${op.actualText}-`);
      expect(op.text).not.toMatch(/\s/);
    }
  });

  it('keeps the added hyphen out of pdftotext’s text and the compound’s own hyphen in it', () => {
    const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
    for (const op of hyphenated) {
      expect(text).toContain(`${op.actualText}\n`);
      expect(text).not.toContain(`${op.text}\n`);
    }
    // Only the compound's own hyphens remain: one per repetition, whichever line they fall on.
    expect(text.match(/-/g)?.length).toBe(6);
    expect(text.replace(/\s+/g, '')).toContain(TEXT.replace(/\s+/g, ''));
  });

  it('still draws the added hyphens', async () => {
    const drawn = await drawnText(rendered.pdf);
    for (const op of hyphenated) expect(drawn).toContain(`${op.text}\n`);
    expect(drawn.match(/-/g)?.length).toBe(6 + hyphenated.length);
  });

  it('nests the Span in the paragraph’s marked content, so the structure reads the words whole', async () => {
    const pages = await readTagged(rendered.pdf);
    expect(pages.flatMap((p) => p.paintedOutside)).toEqual([]);
    expect(pages.flatMap((p) => p.tags)).toContain('Span');
    // pdf.js (unlike poppler) ignores /ActualText (mozilla/pdf.js#12237): it reads the drawn
    // hyphens, but it reads them inside the paragraph's MCIDs, as the words' text.
    let read = structureText(pages).join('');
    for (const op of hyphenated) read = read.replace(op.text, op.actualText ?? '');
    expect(read.replace(/\s+/g, '')).toBe(TEXT.replace(/\s+/g, ''));
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('marks only added hyphens: a compound broken at its own hyphen is not a cut word', () => {
    const measure: Measurer = { width: (text, _face, size) => [...text].length * size * 0.5 };
    const lines = breakLines(measure, [{ text: 'Rakennus-ja ympäristölautakunta', lang: 'fi' }], 'regular', 10, 50);
    expect(lines[0].fragments[0].text).toBe('Rakennus-');
    expect(lines[0].fragments[0].addedHyphen).toBeUndefined();
    const cut = breakLines(measure, [{ text: 'rakennusvalvontaviranomainen', lang: 'fi' }], 'regular', 10, 60);
    expect(cut.map((l) => l.fragments[0].addedHyphen ?? false)).toEqual([true, true, false]);
  });
});
