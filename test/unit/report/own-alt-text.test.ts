// A board's own text alternative (issue 12): the report's figure, the scene's description and the
// tagged PDF's Figure /Alt use it, in the project's language; without it, the generated text, as
// the dialog shows it (boardAltText).
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../../shared/model';
import { boardAltText } from '../../../shared/report/board-alt';
import { buildReportDocument, renderReportPdf, type Block, type ReportDocument } from '../../../shared/report';
import { elements, readTagged } from './read-tagged';
import { loadFonts, samiSnapshot, sampleSnapshot } from './helpers';

const OWN = 'Jurdagat: guokte lappu, okta juogus. Own words of the facilitator.';

const withOwnAlt = (snapshot: ProjectSnapshot, boardId: string, altText: string): ProjectSnapshot => ({
  ...snapshot,
  boards: snapshot.boards.map((b) => (b.id === boardId ? { ...b, altText } : b)),
});

const figures = (doc: ReportDocument) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'figure' }> => b.kind === 'figure');

describe('a board’s own text alternative in the report', () => {
  const base = samiSnapshot();
  const [canvas, map] = base.boards;
  if (!canvas || !map) throw new Error('the fixture has a canvas and a map');
  const options = { language: 'en', contentLanguage: 'se' } as const;

  it('without one, the figure says what boardAltText generates, in the report’s language', () => {
    const doc = buildReportDocument(base, options);
    const [first] = figures(doc);
    const alt = boardAltText(base, canvas, options);
    expect(alt.own).toBe(false);
    expect(alt.text).toBe(alt.generated);
    expect(first?.alt).toEqual({ text: alt.generated, lang: 'en' });
    expect(first?.scene.description).toBe(alt.generated);
  });

  it('replaces the generated text in the figure and the scene, trimmed, in the project’s language', () => {
    const snapshot = withOwnAlt(base, canvas.id, `  ${OWN}\n`);
    const doc = buildReportDocument(snapshot, options);
    const [first, second] = figures(doc);
    expect(first?.alt).toEqual({ text: OWN, lang: 'se' });
    expect(first?.scene.description).toBe(OWN);
    // The other board keeps its generated text.
    expect(second?.alt.text).toBe(boardAltText(base, map, options).generated);
    const dialog = boardAltText(snapshot, snapshot.boards[0] ?? canvas, options);
    expect(dialog).toMatchObject({ text: OWN, own: true });
    expect(dialog.generated).toBe(boardAltText(base, canvas, options).generated);
  });

  it('an empty or blank one means the generated text', () => {
    const generated = boardAltText(base, canvas, options).generated;
    for (const blank of ['', '   ']) {
      const doc = buildReportDocument(withOwnAlt(base, canvas.id, blank), options);
      expect(figures(doc)[0]?.alt).toEqual({ text: generated, lang: 'en' });
    }
  });

  it('is kept without listings (the figure is then all the board has)', () => {
    const doc = buildReportDocument(withOwnAlt(base, canvas.id, OWN), { ...options, includeListings: false });
    expect(figures(doc)[0]?.alt.text).toBe(OWN);
  });

  it('is the Figure /Alt of the tagged PDF, with the project’s /Lang', async () => {
    const doc = buildReportDocument(withOwnAlt(base, canvas.id, OWN), options);
    const pages = await readTagged(renderReportPdf(doc, loadFonts()).pdf);
    const found = pages.flatMap((p) => [...elements(p.tree)]).filter((e) => e.role === 'Figure');
    const own = found.filter((e) => e.alt === OWN);
    expect(own).toHaveLength(1);
    // In the board's section (/Lang se), the own text needs no /Lang of its own; the generated
    // text, in the report's English, is marked so.
    expect(own[0]?.lang ?? 'se').toBe('se');
    const generated = found.filter((e) => e.alt === boardAltText(base, map, options).generated);
    expect(generated.map((e) => e.lang)).toEqual(['en']);
  }, 60_000);

  it('leaves a split diagram’s own words (“Part 2 of 6”) in the report’s language', async () => {
    const sample = sampleSnapshot();
    const bigMap = sample.boards.find((b) => b.kind === 'ecosystem');
    if (!bigMap) throw new Error('the sample has a map');
    const doc = buildReportDocument(withOwnAlt(sample, bigMap.id, 'Luvan toimijat kolmella kehällä.'), {
      language: 'en',
      contentLanguage: 'fi',
      boardIds: [bigMap.id],
    });
    const pages = await readTagged(renderReportPdf(doc, loadFonts()).pdf);
    const parts = pages
      .flatMap((p) => [...elements(p.tree)])
      .filter((e) => e.role === 'Figure' && /^Part \d+ of \d+$/.test(e.alt ?? ''));
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((e) => e.lang))).toEqual(new Set(['en']));
  }, 60_000);
});
