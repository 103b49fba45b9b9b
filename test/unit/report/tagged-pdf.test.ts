// Every report is a tagged PDF: read back with pdfjs-dist (structure tree, text per MCID, operator
// list), poppler (pdfinfo) and qpdf, for the sample project in Finnish and Swedish and a small
// fixture in Northern Sámi whose structure is kept as a snapshot (pdfinfo -struct-text).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/drawing/color';
import { solidColor } from '../../../shared/report/pdf/colors';
import { buildReportDocument, renderReportPdf, type RenderedReport, type ReportDocument } from '../../../shared/report';
import { elements, readTagged, structureText, type PageReading } from './read-tagged';
import { loadFonts, missingInOrder, pdfSyntax, ROOT, samiSnapshot, sampleSnapshot, tempFile, tool } from './helpers';

const fonts = loadFonts();
const SNAPSHOT = join(ROOT, 'test', 'fixtures', 'report', 'sami-structure.txt');

interface Made {
  document: ReportDocument;
  rendered: RenderedReport;
  file: string;
  pages: PageReading[];
}
const made = {} as Record<'fi' | 'sv' | 'sami', Made>;

beforeAll(async () => {
  const make = async (name: keyof typeof made, document: ReportDocument) => {
    const rendered = renderReportPdf(document, fonts);
    made[name] = {
      document,
      rendered,
      file: tempFile(`tagged-${name}.pdf`, rendered.pdf),
      pages: await readTagged(rendered.pdf),
    };
  };
  await make('fi', buildReportDocument(sampleSnapshot(), { language: 'fi' }));
  await make('sv', buildReportDocument(sampleSnapshot(), { language: 'sv' }));
  await make(
    'sami',
    buildReportDocument(samiSnapshot(true), { language: 'en', contentLanguage: 'se', licence: 'CC BY 4.0' }),
  );
}, 60_000);

/** Words only: line breaks, spaces and the hyphens added at breaks do not count. */
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

/** The report tree's own words, block by block in document order (contents and captions made by the layout aside). */
function treeTexts(document: ReportDocument): string[] {
  const runs = (r: readonly { text: string }[]) => r.map((x) => x.text).join('');
  return document.sections.flatMap((s) =>
    s.blocks.flatMap((b): string[] => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return [runs(b.runs)];
        case 'list':
          return b.items.flatMap((i) => [runs(i.runs), runs(i.details)]);
        case 'table':
          return [...b.columns.map((c) => runs(c.header)), ...b.rows.flat().flatMap((c) => c.paragraphs.map(runs))];
        case 'facts':
          return b.items.flatMap((i) => [runs(i.term), ...i.value.map(runs)]);
        case 'figure':
          return [`[figure: ${b.alt.text}]`, runs(b.caption)];
        case 'image':
          return [`[figure: ${b.photo.alt}]`];
        case 'contents':
          return [];
      }
    }),
  );
}

describe.each(['fi', 'sv', 'sami'] as const)('tagged report (%s)', (name) => {
  it('is tagged by pdfinfo, valid by qpdf, PDF 1.7 with the PDF/UA identifier and a displayed title', () => {
    const { file } = made[name];
    const info = tool('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const meta = tool('pdfinfo', ['-meta', file]);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toContain(`<rdf:li xml:lang="x-default">${made[name].document.metadata.title}</rdf:li>`);
    const raw = pdfSyntax(file);
    expect(raw).toContain('/MarkInfo <</Marked true>>');
    expect(raw).toContain(`/Lang (${made[name].document.lang})`);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('has every page tagged: no content painted or text outside marked content', () => {
    const { pages, rendered } = made[name];
    expect(rendered.unmapped).toEqual([]);
    pages.forEach((page, i) => {
      expect(page.paintedOutside, `page ${i + 1}`).toEqual([]);
      expect(page.textOutside, `page ${i + 1}`).toEqual([]);
      expect(page.tree, `page ${i + 1}`).not.toBeNull();
    });
  });

  it('gives every figure a text alternative and a bounding box', () => {
    const figures = made[name].pages.flatMap((p) => [...elements(p.tree)].filter((e) => e.role === 'Figure'));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.alt?.trim()).toBeTruthy();
      expect(figure.bbox).toHaveLength(4);
    }
  });

  it('reads in the structure tree exactly the text drawn as content (not artifacts), in the tree’s order', () => {
    const { pages, rendered, document } = made[name];
    const read = structureText(pages);
    // Everything drawn as content text, in the order it was laid out, equals what the tree reads.
    const drawn = rendered.laid.pages.flatMap((p) =>
      p.ops.flatMap((op) => (op.kind === 'text' && op.owner.kind === 'node' ? [op.text] : [])),
    );
    expect(squash(read.filter((t) => !t.startsWith('[figure:')).join(''))).toBe(squash(drawn.join('')));
    // And the report tree's words, figures' alternatives included, come in the tree's order.
    const flat = squash(read.join(''));
    const missing = missingInOrder(flat, treeTexts(document).map(squash).filter(Boolean));
    expect(missing).toBeNull();
    // Page furniture is not read.
    expect(read.join('')).not.toContain(document.furniture.pageOf(2, rendered.laid.pages.length));
  });

  it('tags headings, lists, tables, figures and links, and marks the page furniture as artifacts', () => {
    const { pages, file } = made[name];
    const roles = new Set(pages.flatMap((p) => [...elements(p.tree)].map((e) => e.role)));
    for (const role of ['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
      expect(roles, role).toContain(role);
    }
    for (const role of ['Figure', 'Caption', 'TOC', 'TOCI', 'Link']) expect(roles, role).toContain(role);
    expect(pages[1].tags).toContain('Artifact');
    // Each link annotation is tied to its Link element (an OBJR, which pdfinfo prints as "Object n 0").
    expect(tool('pdfinfo', ['-struct', file])).toMatch(/Link[^\n]*\n\s+Object \d+ 0/);
  });

  it('keeps text at WCAG contrast (4.5:1) against what it is drawn on', () => {
    for (const page of made[name].rendered.laid.pages) {
      const fills: { x: number; y: number; width: number; height: number; fill: string }[] = [];
      for (const op of page.ops) {
        if (op.kind === 'rect' && op.fill) fills.push({ ...op, fill: op.fill });
        if (op.kind !== 'text' || !op.text.trim()) continue;
        const under = fills.findLast(
          (f) => op.x >= f.x && op.x <= f.x + f.width && op.y >= f.y && op.y <= f.y + f.height,
        );
        expect(contrastRatio(op.color, under?.fill ?? '#ffffff'), op.text).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps diagram text (notes, actors, lanes) at WCAG contrast against the fill under it', () => {
    let checked = 0;
    for (const block of made[name].document.sections.flatMap((s) => s.blocks)) {
      if (block.kind !== 'figure') continue;
      const fills: { x: number; y: number; width: number; height: number; fill: string }[] = [];
      for (const shape of block.scene.groups.flatMap((g) => g.shapes)) {
        const fill = 'fill' in shape ? solidColor(shape.fill) : null;
        if (shape.kind === 'rect' && fill) fills.push({ ...shape, fill });
        if (shape.kind === 'circle' && fill) {
          const { cx, cy, r } = shape;
          fills.push({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill });
        }
        if (shape.kind !== 'text' || !shape.text.trim()) continue;
        const under = fills.findLast(
          (f) => shape.x >= f.x && shape.x <= f.x + f.width && shape.y >= f.y && shape.y <= f.y + f.height,
        );
        const ratio = contrastRatio(solidColor(shape.fill) ?? '#000000', under?.fill ?? '#ffffff');
        expect(ratio, shape.text).toBeGreaterThanOrEqual(4.5);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('tagged report structure', () => {
  it('marks passages in another language: sections, elements and runs', () => {
    const raw = pdfSyntax(made.sami.file);
    // Board sections are in the content language (Northern Sámi) inside an English report.
    expect(raw).toMatch(/\/S \/Sect [^>]*\/Lang \(se\)/);
    expect(raw).toMatch(/\/Lang \(en\)/);
    const langs = made.sami.pages.flatMap((p) => [...elements(p.tree)].map((e) => e.lang).filter(Boolean));
    expect(new Set(langs)).toEqual(new Set(['se', 'en']));
  });

  it('tables of a journey have row headers (the lanes), and column headers everywhere', () => {
    const raw = pdfSyntax(made.fi.file);
    expect(raw).toContain('/S /TH');
    expect(raw).toContain('/Scope /Row');
    expect(raw).toContain('/Scope /Column');
  });

  it('keeps the outline and the contents links working: every link goes to a page, from a Link element', async () => {
    const raw = pdfSyntax(made.fi.file);
    const annots = raw.match(/\/Subtype \/Link [^\n]*/g) ?? [];
    expect(annots.length).toBeGreaterThan(5);
    for (const a of annots) expect(a).toMatch(/\/StructParent \d+ .*\/Dest \[\d+ 0 R \/XYZ/);
    expect(tool('pdfinfo', ['-struct', made.fi.file])).toMatch(/Link[^\n]*\n\s+Object \d+ 0/);
  });

  it('matches the structure snapshot of the small fixture (pdfinfo -struct-text)', async () => {
    const text = tool('pdfinfo', ['-struct-text', made.sami.file]);
    await expect(text).toMatchFileSnapshot(SNAPSHOT);
  });
});
