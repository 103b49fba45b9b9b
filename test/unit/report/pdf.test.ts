// Reports made from fixtures, checked with the real tools: qpdf, pdffonts, pdftotext, pdfimages,
// pdfinfo, and pdfjs-dist for the outline and links.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildReportDocument, renderReportPdf, type RenderedReport } from '../../../shared/report';
import { JsPdfSurface } from '../../../shared/report/pdf/jspdf-surface';
import { MARGIN } from '../../../shared/report/pdf/styles';
import {
  loadFonts,
  missingInOrder,
  pdfSyntax,
  SAMI_SENTENCE,
  samiSnapshot,
  sampleSnapshot,
  tempFile,
  tool,
} from './helpers';

const fonts = loadFonts();
const reports: Record<'fi' | 'sv' | 'sami' | 'photo', { file: string; rendered: RenderedReport }> = {} as never;

beforeAll(() => {
  const make = (name: keyof typeof reports, rendered: RenderedReport) => {
    reports[name] = { file: tempFile(`${name}.pdf`, rendered.pdf), rendered };
  };
  const sample = sampleSnapshot();
  make('fi', renderReportPdf(buildReportDocument(sample, { language: 'fi' }), fonts));
  make('sv', renderReportPdf(buildReportDocument(sample, { language: 'sv', paper: 'letter' }), fonts));
  make('sami', renderReportPdf(buildReportDocument(samiSnapshot(), { language: 'en', contentLanguage: 'se' }), fonts));
  make(
    'photo',
    renderReportPdf(
      buildReportDocument(samiSnapshot(true), { language: 'fi', contentLanguage: 'se', licence: 'CC BY 4.0' }),
      fonts,
    ),
  );
});

const pdftotext = (name: keyof typeof reports) => tool('pdftotext', ['-enc', 'UTF-8', reports[name].file, '-']);

async function outline(name: keyof typeof reports) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(reports[name].file)), isEvalSupported: false })
    .promise;
  try {
    const items = (await pdf.getOutline()) ?? [];
    const page = await pdf.getPage(2);
    const links = (await page.getAnnotations()).filter((a: { subtype?: string }) => a.subtype === 'Link');
    return {
      pages: pdf.numPages,
      items: items.map((i) => ({ title: i.title, children: i.items.map((c) => c.title) })),
      links,
    };
  } finally {
    await pdf.destroy();
  }
}

describe('PDF report', () => {
  it('is a valid PDF by qpdf', () => {
    for (const { file } of Object.values(reports)) {
      expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    }
  });

  it('embeds every font it uses (Noto Sans), and no standard font such as Helvetica', () => {
    for (const { file } of Object.values(reports)) {
      const rows = tool('pdffonts', [file]).trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        expect(row).toMatch(/^NotoSans\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
      }
      expect(tool('pdffonts', [file])).not.toMatch(/Helvetica|Times|Courier/);
    }
  });

  it('has the Finnish report’s text in reading order, Swedish notes included, extracted exactly', () => {
    const text = pdftotext('fi');
    expect(
      missingInOrder(text, [
        'Työpajaraportti',
        'Digitaalinen rakennuslupa',
        'Kaislaniemen kunta – Vassudds kommun',
        'Sisällys',
        'Yhteenveto',
        'Tavoite ja ongelmanasettelu',
        'Osallistujat',
        'Marjatta Lehtonen',
        'Empatiakartta: luvan hakija',
        'Kuva 1.',
        'En edes tiennyt, että saunalle tarvitaan lupa.',
        'Jag vill kunna söka bygglov på svenska.',
        'Rakentamisluvan ekosysteemi',
        'Kuva 4.',
        'Toimijat',
        'Suhteet',
        'Lupaneuvonta ja lupapäätös',
        'Asiakaspolku: Aino hakee lupaa rantasaunalle',
        'Kuva 5.',
        'Vaihe 1: Tarve herää',
        'Service blueprint: rakentamislupa',
      ]),
    ).toBeNull();
    expect(text).toContain(`Sivu 2/${reports.fi.rendered.laid.pages.length}`);
  });

  it('has the workshop agenda, decisions and action items in its text', () => {
    const text = pdftotext('fi').replace(/-\n/g, '').replace(/\s+/g, ' ');
    const [session] = sampleSnapshot().project.sessions ?? [];
    if (!session) throw new Error('the sample has a workshop session');
    expect(
      missingInOrder(text, [
        'Työpajan ohjelma',
        session.title,
        session.blocks[0]?.title ?? '',
        'Suunniteltu yhteensä',
        'Päätökset ja jatkotoimet',
        'Päätökset',
        session.decisions[0]?.text ?? '',
        'Jatkotoimet',
        session.actionItems[0]?.who ?? '',
        'Parkkeeratut kysymykset',
      ]),
    ).toBeNull();
  });

  it('speaks Swedish in the Swedish report, on Letter paper', () => {
    const text = pdftotext('sv');
    expect(
      missingInOrder(text, [
        'Workshoprapport',
        'Innehåll',
        'Sammanfattning',
        'Deltagare',
        'Aktörer',
        'Relationer',
        'Skede 1: Tarve herää',
      ]),
    ).toBeNull();
    expect(text).toContain('Sida 3 av');
    expect(tool('pdfinfo', [reports.sv.file])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('renders Northern Sámi letters and extracts them exactly', () => {
    const text = pdftotext('sami');
    // The goal is the lead paragraph: it may wrap, so compare with line breaks as spaces.
    const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
    expect(
      missingInOrder(flat, [
        'Sámi bálvalusat – Saamelaispalvelut',
        'Áile Ŋuolja',
        SAMI_SENTENCE,
        'Máret Čoavddaš',
        'Ođđa bálvalus: á č đ ŋ š ŧ ž',
        'Ássit',
      ]),
    ).toBeNull();
  });

  it('has no image unless the project has photos, and then the photo', () => {
    expect(tool('pdfimages', ['-list', reports.sami.file]).trim().split('\n').slice(2)).toEqual([]);
    // The sample's canvas photo is drawn with its note; its journey screenshot is a framed
    // placeholder in the journey's figure: one image, the diagrams themselves are vectors.
    for (const name of ['fi', 'sv'] as const) {
      const rows = tool('pdfimages', ['-list', reports[name].file]).trim().split('\n').slice(2);
      expect(rows.filter((row) => /^\s*\d+\s+\d+\s+image\s/.test(row))).toHaveLength(1);
    }
    // One photo (its alpha channel is a soft mask beside it).
    const images = tool('pdfimages', ['-list', reports.photo.file]).trim().split('\n').slice(2);
    expect(images.filter((row) => /^\s*\d+\s+\d+\s+image\s/.test(row))).toHaveLength(1);
    expect(pdftotext('photo')).toContain('Lisenssi: CC BY 4.0');
  });

  it('has bookmarks for every section and board, a linked contents page and the expected pages', async () => {
    const { pages, items, links } = await outline('fi');
    expect(pages).toBe(reports.fi.rendered.laid.pages.length);
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(40);
    expect(items.map((i) => i.title)).toEqual([
      'Sisällys',
      'Yhteenveto',
      'Työpajan ohjelma',
      'Empatiakartta: luvan hakija',
      'Persoona: Aino, 38',
      'Miten voisimme…',
      'Rakentamisluvan ekosysteemi',
      'Asiakaspolku: Aino hakee lupaa rantasaunalle',
      'Service blueprint: rakentamislupa',
      'Päätökset ja jatkotoimet',
    ]);
    expect(items[1].children).toEqual(['Tavoite ja ongelmanasettelu', 'Osallistujat', 'Fasilitaattorit']);
    expect(items[2].children).toEqual(['Työpaja 1: Lupapolku hakijan silmin']);
    expect(items[6].children).toEqual(['Toimijat', 'Suhteet']);
    expect(items[9].children).toEqual(['Työpaja 1: Lupapolku hakijan silmin']);
    // One link per contents entry (Summary, the agenda, 6 boards, the outcomes and their subheadings).
    expect(links.length).toBe(items.slice(1).reduce((n, i) => n + 1 + i.children.length, 0));
    // A landscape page for the map, portrait for its tables.
    const orientations = new Set(reports.fi.rendered.laid.pages.map((p) => p.orientation));
    expect(orientations).toEqual(new Set(['portrait', 'landscape']));
  });

  it('carries its metadata, language and displayed title', () => {
    const info = tool('pdfinfo', [reports.fi.file]);
    expect(info).toMatch(/Title:\s+Digitaalinen rakennuslupa/);
    expect(info).toMatch(/Author:\s+Riikka Aaltonen, palvelumuotoilija, Oskari Nieminen/);
    expect(info).toMatch(/Subject:\s+Työpajaraportti: Kaislaniemen kunta – Vassudds kommun/);
    expect(info).toMatch(/Keywords:\s+Työpajaraportti, Kanvaasi, /);
    expect(info).toMatch(/Creator:\s+Kartta/);
    const raw = pdfSyntax(reports.fi.file);
    expect(raw).toContain('/Lang (fi)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(pdfSyntax(reports.sv.file)).toContain('/Lang (sv)');
  });

  it('keeps every drawn run owned by a node of the tree or marked as an artifact', () => {
    const doc = buildReportDocument(sampleSnapshot(), { language: 'fi' });
    const ids = new Set(
      doc.sections.flatMap((s) =>
        s.blocks.flatMap((b) => [b.id, ...(b.kind === 'list' ? b.items.map((i) => i.id) : [])]),
      ),
    );
    for (const page of reports.fi.rendered.laid.pages) {
      for (const op of page.ops) {
        if (op.owner.kind === 'node') expect(ids.has(op.owner.id)).toBe(true);
        else expect(['header', 'footer', 'decoration', 'repeat']).toContain(op.owner.type);
      }
    }
  });

  it('keeps text inside the page’s content box, without overlaps', () => {
    // Measured with the same embedded fonts the PDF uses.
    const measure = new JsPdfSurface(fonts, { width: 100, height: 100, orientation: 'portrait' });
    for (const { rendered } of Object.values(reports)) {
      for (const page of rendered.laid.pages) {
        const boxes: { x: number; y: number; width: number; height: number; text: string }[] = [];
        for (const op of page.ops) {
          if (op.kind !== 'text') continue;
          const width = measure.width(op.text.trimEnd(), op.face, op.size);
          expect(op.x + width, op.text).toBeLessThanOrEqual(page.width - MARGIN.right + 0.01);
          expect(op.x, op.text).toBeGreaterThanOrEqual(MARGIN.left - 0.01);
          if (op.owner.kind === 'artifact') continue;
          expect(op.y, op.text).toBeLessThanOrEqual(page.height - MARGIN.bottom);
          boxes.push({ x: op.x, y: op.y - op.size * 0.75, width, height: op.size, text: op.text });
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            const overlap =
              a.x < b.x + b.width - 0.5 &&
              b.x < a.x + a.width - 0.5 &&
              a.y < b.y + b.height - 0.5 &&
              b.y < a.y + a.height - 0.5;
            expect(overlap, `${a.text} / ${b.text}`).toBe(false);
          }
        }
      }
    }
  });
});
