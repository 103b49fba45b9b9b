// The tagging module on small documents: the tagger's marked content, the structure writer's
// objects, the jsPDF wiring (errors in jsPDF's event handlers must not be swallowed), and a
// hand-made two-section document read back with pdfjs-dist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf, type ReportDocument } from '../../../shared/report';
import { JsPdfSurface } from '../../../shared/report/pdf/jspdf-surface';
import type { LaidDocument, LaidPage } from '../../../shared/report/pdf/ops';
import type { ObjectWriter } from '../../../shared/report/pdf/tagging/object-writer';
import { textString } from '../../../shared/report/pdf/tagging/pdf-syntax';
import { elem, pruneEmpty, settleLanguages } from '../../../shared/report/pdf/tagging/struct-tree';
import { Tagger } from '../../../shared/report/pdf/tagging/tagger';
import { StructureWriter } from '../../../shared/report/pdf/tagging/write-structure';
import { elements, readTagged, structureText } from './read-tagged';
import { finnishDocument, loadFonts, ROOT, tool, tempFile } from './helpers';

const fonts = loadFonts();
const page = (ops: LaidPage['ops'] = []): LaidPage => ({
  width: 600,
  height: 800,
  orientation: 'portrait',
  sectionId: 's',
  furniture: true,
  ops,
});

/** A two-section document: contents, and a section with a heading, a paragraph with a Swedish passage, and a table. */
function smallDocument(): ReportDocument {
  const fi = (text: string) => ({ text, lang: 'fi' });
  return finnishDocument('Pieni raportti', [
    {
      kind: 'contents',
      id: 'contents',
      boardKind: null,
      title: 'Sisällys',
      lang: 'fi',
      blocks: [
        { kind: 'heading', id: 'contents/heading', level: 1, runs: [fi('Sisällys')], outline: true },
        { kind: 'contents', id: 'contents/list' },
      ],
    },
    {
      kind: 'summary',
      id: 'summary',
      boardKind: null,
      title: 'Yhteenveto',
      lang: 'fi',
      blocks: [
        { kind: 'heading', id: 'summary/h', level: 1, runs: [fi('Yhteenveto')], outline: true },
        {
          kind: 'paragraph',
          id: 'summary/p',
          style: 'body',
          runs: [fi('Asukas sanoi: '), { text: 'Jag vill söka bygglov på svenska.', lang: 'sv' }],
        },
        {
          kind: 'table',
          id: 'summary/t',
          caption: [],
          columns: [
            { header: [fi('Nimi')], weight: 1 },
            { header: [fi('Rooli')], weight: 1 },
          ],
          rows: [[{ paragraphs: [[fi('Aino')]] }, { paragraphs: [[fi('Asukas')]] }]],
        },
      ],
    },
  ]);
}

describe('tagger', () => {
  const laid: LaidDocument = { pages: [page(), page()], destinations: new Map(), outline: [] };
  const mapped = () => {
    const p = elem('P', [], { lang: 'fi' });
    const root = elem('Document', [elem('Sect', [p], { lang: 'fi' })]);
    return { root, p, leaves: new Map([['n#', p]]) };
  };

  it('wraps content in marked content with MCIDs counted per page, and furniture as typed artifacts', () => {
    const { root, p, leaves } = mapped();
    const written: string[] = [];
    const tagger = new Tagger({ root, leaves }, laid, 'fi', (ops) => written.push(ops));
    tagger.beginRun({ kind: 'artifact', type: 'header' }, 0, 'fi');
    tagger.endRun();
    tagger.beginRun({ kind: 'node', id: 'n' }, 0, 'fi');
    tagger.endRun();
    tagger.beginRun({ kind: 'node', id: 'n' }, 0, 'sv');
    tagger.endRun();
    tagger.beginRun({ kind: 'artifact', type: 'footer' }, 1, 'fi');
    tagger.endRun();
    tagger.beginRun({ kind: 'node', id: 'n' }, 1, null);
    tagger.endRun();
    tagger.beginRun({ kind: 'artifact', type: 'decoration' }, 1, null);
    tagger.endRun();
    expect(written).toEqual([
      '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
      'EMC',
      '/P <</MCID 0>> BDC',
      'EMC',
      // A passage in another language than its element says so.
      '/P <</MCID 1 /Lang (sv)>> BDC',
      'EMC',
      '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
      'EMC',
      '/P <</MCID 0>> BDC',
      'EMC',
      '/Artifact <</Type /Layout>> BDC',
      'EMC',
    ]);
    expect(p.kids).toEqual([
      { kind: 'mcid', page: 0, mcid: 0 },
      { kind: 'mcid', page: 0, mcid: 1 },
      { kind: 'mcid', page: 1, mcid: 0 },
    ]);
    expect(tagger.parents).toEqual([[p, p], [p]]);
    expect(tagger.unmapped).toEqual([]);
  });

  it('records an owner without an element (and keeps it out of the structure)', () => {
    const { root, leaves } = mapped();
    const written: string[] = [];
    const tagger = new Tagger({ root, leaves }, laid, 'fi', (ops) => written.push(ops));
    tagger.beginRun({ kind: 'node', id: 'nowhere', part: 'x' }, 0, 'fi');
    expect(tagger.unmapped).toEqual(['nowhere#x@0']);
    expect(written).toEqual(['/Artifact <</Type /Layout>> BDC']);
  });

  it('writes languages only where they change, and drops empty elements but not table cells', () => {
    const span = elem('P', [], { lang: 'sv' });
    const same = elem('P', [], { lang: 'fi' });
    const td = elem('TD');
    const root = elem('Document', [
      elem('Sect', [span, same, elem('L', [elem('LI')]), elem('TR', [td])], { lang: 'fi' }),
    ]);
    settleLanguages(root, 'fi');
    expect(span.lang).toBe('sv');
    expect(same.lang).toBeUndefined();
    expect(same.langInEffect).toBe('fi');
    span.kids.push({ kind: 'mcid', page: 0, mcid: 0 });
    pruneEmpty(root);
    const sect = root.kids[0];
    expect(sect.kind === 'elem' && sect.kids.map((k) => (k.kind === 'elem' ? k.type : k.kind))).toEqual(['P', 'TR']);
  });
});

describe('structure writer', () => {
  it('writes page entries, annotations, elements, the parent tree, the root and the XMP', () => {
    const link = elem('Link', [], { linkText: 'Yhteenveto' });
    const p = elem('P');
    const root = elem('Document', [elem('Sect', [p, link])]);
    const laid: LaidDocument = {
      pages: [page(), page()],
      destinations: new Map(),
      outline: [],
    };
    const tagger = new Tagger(
      {
        root,
        leaves: new Map([
          ['p#', p],
          ['c#entry:0', link],
        ]),
      },
      laid,
      'fi',
      () => undefined,
    );
    tagger.beginRun({ kind: 'node', id: 'p' }, 0, 'fi');
    tagger.beginRun({ kind: 'node', id: 'p' }, 1, 'fi');
    tagger.beginRun({ kind: 'node', id: 'c', part: 'entry:0' }, 0, 'fi');
    tagger.link(
      { kind: 'node', id: 'c', part: 'entry:0' },
      0,
      { x: 10, y: 20, width: 100, height: 15 },
      { page: 1, y: 72 },
    );
    const info = {
      title: 'Otsikko & "muuta"',
      author: 'A',
      subject: 'S',
      keywords: 'k',
      creator: 'Kartta',
      lang: 'fi',
    };
    const writer = new StructureWriter(root, tagger, laid, info);
    const objects = new Map<number, string>();
    let next = 100;
    const objectWriter: ObjectWriter = {
      reserve: () => next++,
      object: (id, body) => objects.set(id, body),
      stream: (id, entries, data) => objects.set(id, `${entries}\n${data}`),
      pageObject: (n) => 3 + 2 * n,
    };
    expect(writer.pageEntries(0, objectWriter)).toBe('/StructParents 0 /Tabs /S /Annots [100 0 R]');
    expect(writer.pageEntries(1, objectWriter)).toBe('/StructParents 1 /Tabs /S');
    writer.afterPages(objectWriter);
    const annotation = objects.get(100) ?? '';
    expect(annotation).toContain('/Subtype /Link /Rect [10 765 110 780]');
    expect(annotation).toContain('/StructParent 2 ');
    expect(annotation).toContain('/Contents (Yhteenveto)');
    expect(annotation).toContain('/Dest [5 0 R /XYZ 0 740 null]');
    const bodies = [...objects.values()];
    const pBody = bodies.find((b) => b.includes('/S /P '));
    // The first page's MCID as a number, the other page's as a marked-content reference.
    expect(pBody).toContain('/Pg 3 0 R /K [0 <</Type /MCR /Pg 5 0 R /MCID 0>>]');
    const linkBody = bodies.find((b) => b.includes('/S /Link'));
    expect(linkBody).toContain('/K [1 <</Type /OBJR /Obj 100 0 R /Pg 3 0 R>>]');
    const parentTree = bodies.find((b) => b.startsWith('<</Nums'));
    expect(parentTree).toMatch(/^<<\/Nums \[0 \[(\d+) 0 R (\d+) 0 R\] 1 \[\1 0 R\] 2 \2 0 R\]>>$/);
    expect(bodies.find((b) => b.includes('/StructTreeRoot'))).toContain('/ParentTreeNextKey 3');
    const xmp = bodies.find((b) => b.startsWith('/Type /Metadata')) ?? '';
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('Otsikko &amp; &quot;muuta&quot;');
    expect(writer.catalogEntries()).toMatch(
      /^\/StructTreeRoot \d+ 0 R \/MarkInfo <<\/Marked true>> \/Metadata \d+ 0 R$/,
    );
  });

  it('writes text strings any PDF reader can read', () => {
    expect(textString('Kuva (1) \\ a')).toBe('(Kuva \\(1\\) \\\\ a)');
    expect(textString('Áile')).toBe('(Áile)');
    expect(textString('Ŋ')).toBe('<FEFF014A>');
  });
});

describe('tagging on jsPDF', () => {
  it('fails loudly when writing the structure fails (jsPDF swallows errors thrown in its event handlers)', () => {
    const surface = new JsPdfSurface(fonts, { width: 600, height: 800, orientation: 'portrait' });
    const info = { title: 't', author: '', subject: '', keywords: '', creator: 'Kartta', lang: 'fi' };
    const failing = {
      pageEntries: () => '',
      afterPages: () => {
        throw new Error('boom');
      },
      catalogEntries: () => '',
    };
    expect(() => surface.finish(info, failing)).toThrow(expect.objectContaining({ cause: new Error('boom') }));
  });

  it('uses jsPDF exactly at the version the tagging was written for', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies.jspdf).toBe('4.2.1');
  });

  it('tags a small document: sections, headings, a Swedish passage, a table, contents links', async () => {
    const document = smallDocument();
    const rendered = renderReportPdf(document, fonts);
    expect(rendered.unmapped).toEqual([]);
    const file = tempFile('tagging-small.pdf', rendered.pdf);
    expect(tool('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const pages = await readTagged(rendered.pdf);
    expect(pages.map((p) => p.paintedOutside)).toEqual([[], []]);
    // pdf.js puts a space where it sees a gap between text pieces: compare without the edges.
    expect(structureText(pages).map((t) => t.trim())).toEqual([
      'Sisällys',
      'Yhteenveto',
      '2',
      'Yhteenveto',
      'Asukas sanoi:',
      'Jag vill söka bygglov på svenska.',
      'Nimi',
      'Rooli',
      'Aino',
      'Asukas',
    ]);
    const roles = pages.map((p) => [...elements(p.tree)].map((e) => e.role));
    expect(roles[0]).toEqual(['Root', 'Document', 'Sect', 'H1', 'TOC', 'TOCI', 'Link']);
    expect(roles[1]).toEqual(['Root', 'Document', 'Sect', 'H1', 'P', 'Table', 'TR', 'TH', 'TH', 'TR', 'TD', 'TD']);
    const links = await import('pdfjs-dist/legacy/build/pdf.mjs').then(async ({ getDocument }) => {
      const pdf = await getDocument({ data: rendered.pdf.slice(), isEvalSupported: false }).promise;
      try {
        const annotations = await (await pdf.getPage(1)).getAnnotations();
        return { annotations, outline: (await pdf.getOutline()) ?? [] };
      } finally {
        await pdf.destroy();
      }
    });
    expect(links.annotations.filter((a: { subtype?: string }) => a.subtype === 'Link')).toHaveLength(1);
    expect(links.outline.map((o) => o.title)).toEqual(['Sisällys', 'Yhteenveto']);
  });
});
