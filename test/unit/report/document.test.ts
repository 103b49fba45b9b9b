// The report document tree, without a PDF: sections, words in three languages, text alternatives,
// listings and options.
import { describe, expect, it } from 'vitest';
import { buildReportDocument, reportLabels, type Block, type ReportDocument, type Run } from '../../../shared/report';
import { languages } from '../../../shared/i18n';
import { samiSnapshot, sampleSnapshot, TINY_PNG } from './helpers';

const sample = sampleSnapshot();

const blocksOf = (doc: ReportDocument, sectionId: string): Block[] =>
  doc.sections.find((s) => s.id === sectionId)?.blocks ?? [];
const text = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const headings = (doc: ReportDocument, level: number) =>
  doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'heading' && b.level === level ? [text(b.runs)] : []));

describe('report document', () => {
  it('has a cover, contents, summary, the agenda, one section per board (by kind and order) and the outcomes', () => {
    const doc = buildReportDocument(sample, { language: 'fi' });
    expect(doc.sections.map((s) => s.kind)).toEqual([
      'cover',
      'contents',
      'summary',
      'agenda',
      'board',
      'board',
      'board',
      'board',
      'board',
      'board',
      'outcomes',
    ]);
    expect(doc.sections.slice(4, -1).map((s) => s.boardKind)).toEqual([
      'canvas',
      'canvas',
      'canvas',
      'ecosystem',
      'journey',
      'journey',
    ]);
    expect(headings(doc, 1)).toEqual([
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
    expect(doc.metadata).toMatchObject({ title: 'Digitaalinen rakennuslupa', creator: 'Kartta' });
    expect(doc.runningHeader).toBe('Digitaalinen rakennuslupa');
    // The sample's canvas photo goes with its note in the listing.
    expect(doc.images.map((i) => i.id)).toEqual(['photo-seina']);
  });

  it('gives every node a unique id', () => {
    const doc = buildReportDocument(sample, { language: 'en' });
    const ids = doc.sections.flatMap((s) => [
      s.id,
      ...s.blocks.flatMap((b) => [b.id, ...(b.kind === 'list' ? b.items.map((i) => i.id) : [])]),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every fixed word in the report language', () => {
    const expected = {
      en: ['Contents', 'Summary', 'Participants', 'Actors', 'Page 2 of 9'],
      fi: ['Sisällys', 'Yhteenveto', 'Osallistujat', 'Toimijat', 'Sivu 2/9'],
      sv: ['Innehåll', 'Sammanfattning', 'Deltagare', 'Aktörer', 'Sida 2 av 9'],
    } as const;
    for (const lang of languages) {
      const doc = buildReportDocument(sample, { language: lang });
      const all = [...headings(doc, 1), ...headings(doc, 2), doc.furniture.pageOf(2, 9)];
      for (const word of expected[lang]) expect(all).toContain(word);
      expect(doc.lang).toBe(lang);
    }
    // The three label sets are complete and translated, not copied.
    const flat = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? []
          : Object.values(value as object).flatMap(flat);
    const [en, fi, sv] = [flat(reportLabels.en), flat(reportLabels.fi), flat(reportLabels.sv)];
    expect(fi.length).toBe(en.length);
    expect(sv.length).toBe(en.length);
    expect([...en, ...fi, ...sv].every((s) => s.trim() !== '')).toBe(true);
    expect(fi.filter((s, i) => s === en[i]).length).toBeLessThan(5);
    expect(sv.filter((s, i) => s === en[i]).length).toBeLessThan(6);
  });

  it('tags fixed words with the report language and the project’s own text with the content language', () => {
    const doc = buildReportDocument(samiSnapshot(), { language: 'fi', contentLanguage: 'se' });
    const summary = blocksOf(doc, 'summary');
    const goal = summary.find((b) => b.kind === 'paragraph' && b.style === 'lead');
    expect(goal?.kind === 'paragraph' && goal.runs[0]).toMatchObject({
      lang: 'se',
      text: expect.stringContaining('ŋuovggusin'),
    });
    const heading = summary.find((b) => b.kind === 'heading');
    expect(heading?.kind === 'heading' && heading.runs[0].lang).toBe('fi');
    expect(doc.sections.find((s) => s.kind === 'board')?.lang).toBe('se');
  });

  it('takes the project’s own language for its text when the export does not choose one', () => {
    const snapshot = samiSnapshot();
    snapshot.project.language = 'se';
    const boardLang = (options: Parameters<typeof buildReportDocument>[1]) =>
      buildReportDocument(snapshot, options).sections.find((s) => s.kind === 'board')?.lang;
    expect(boardLang({ language: 'sv' })).toBe('se');
    // The export's choice wins; without either, the report's language.
    expect(boardLang({ language: 'sv', contentLanguage: 'fi' })).toBe('fi');
    delete snapshot.project.language;
    expect(boardLang({ language: 'sv' })).toBe('sv');
  });

  it('describes the ecosystem map in words and lists its actors and relations', () => {
    const doc = buildReportDocument(sample, { language: 'fi' });
    const map = doc.sections.find((s) => s.boardKind === 'ecosystem');
    const figure = map?.blocks.find((b) => b.kind === 'figure');
    if (figure?.kind !== 'figure') throw new Error('no figure');
    expect(figure.alt.text).toMatch(
      /^Ekosysteemikartta: 37 toimijaa 3 kehällä \(Ydin \d+, Suorat toimijat \d+, Välilliset toimijat \d+\) ja 55 suhdetta\. Ydin: /,
    );
    expect(figure.orientation).toBe('landscape');
    expect(figure.scene.groups.some((g) => g.part.kind === 'legend')).toBe(true);
    const tables = map?.blocks.filter((b) => b.kind === 'table') ?? [];
    expect(
      tables.map((t) => (t.kind === 'table' ? [t.columns.map((c) => text(c.header)), t.rows.length] : [])),
    ).toEqual([
      [['Nimi', 'Tyyppi', 'Kehä', 'Organisaatio'], 37],
      [['Mistä', 'Tyyppi', 'Mihin', 'Kuvaus'], 55],
    ]);
    const relations = tables[1];
    if (relations?.kind !== 'table') throw new Error('no relations');
    expect(relations.rows[0].map((cell) => cell.paragraphs.map(text).join(' | '))).toEqual([
      expect.any(String),
      'Palvelu',
      'Luvan hakija',
      'Lupaneuvonta ja lupapäätös',
    ]);
  });

  it('lists canvas notes by section with votes, tags and authors, and journeys stage by stage', () => {
    const doc = buildReportDocument(sample, { language: 'en' });
    const hmw = doc.sections.find((s) => s.title === 'Miten voisimme…');
    const items = hmw?.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])) ?? [];
    expect(items.length).toBe(24);
    expect(items.some((i) => /^\d+ votes?/.test(text(i.details)))).toBe(true);
    expect(items.some((i) => text(i.details).includes('Author: '))).toBe(true);
    const journey = doc.sections.find((s) => s.title.startsWith('Asiakaspolku'));
    const stageHeadings =
      journey?.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 3 ? [text(b.runs)] : [])) ?? [];
    expect(stageHeadings[0]).toBe('Stage 1: Tarve herää');
    expect(stageHeadings).toHaveLength(6);
    const cells =
      journey?.blocks.flatMap((b) =>
        b.kind === 'table' ? b.rows.flat().flatMap((c) => c.paragraphs.map(text)) : [],
      ) ?? [];
    expect(cells).toContain('Face to face');
    expect(cells.some((c) => /^[+−]?\d \((very )?(good|bad|neutral)\)$/.test(c))).toBe(true);
  });

  it('follows the options: boards, listings, paper, licence, logo and date', () => {
    const boards = sample.boards
      .filter((b) => b.kind === 'ecosystem' || b.title.startsWith('Persoona'))
      .map((b) => b.id)
      .reverse();
    const doc = buildReportDocument(sample, {
      language: 'sv',
      boardIds: boards,
      includeListings: false,
      paper: 'letter',
    });
    expect(doc.paper).toBe('letter');
    const boardSections = doc.sections.filter((s) => s.kind === 'board');
    expect(boardSections.map((s) => s.boardKind)).toEqual(['ecosystem', 'canvas']);
    expect(boardSections.map((s) => s.title)).toEqual(
      boards.map((id) => sample.boards.find((b) => b.id === id)?.title),
    );
    // Without listings: each board keeps its figure, with its text alternative, and nothing after it.
    expect(boardSections.flatMap((s) => s.blocks.map((b) => b.kind))).not.toContain('table');
    expect(boardSections.flatMap((s) => s.blocks.map((b) => b.kind))).not.toContain('list');
    expect(boardSections.find((s) => s.boardKind === 'canvas')?.blocks.at(-1)).toMatchObject({
      kind: 'figure',
      alt: { text: expect.stringMatching(/^Canvas med 6 sektioner/) },
    });

    const withPhoto = { ...samiSnapshot(true) };
    withPhoto.attachments = [
      ...withPhoto.attachments,
      { id: 'logo', mimeType: 'image/png', width: 1, height: 1, alt: 'Logo', data: TINY_PNG },
    ];
    const cover = buildReportDocument(withPhoto, {
      language: 'en',
      logoAttachmentId: 'logo',
      licence: 'CC BY 4.0',
      reportDate: '2026-06-30',
    });
    const coverBlocks = blocksOf(cover, 'cover');
    expect(coverBlocks[0]).toMatchObject({ kind: 'image', photo: { attachmentId: 'logo' } });
    const facts = coverBlocks.find((b) => b.kind === 'facts');
    expect(facts?.kind === 'facts' && facts.items.map((i) => [text(i.term), i.value.map(text)])).toEqual([
      ['Project period', ['1 March 2026 – 30 June 2026']],
      ['Facilitators', ['Áile Ŋuolja']],
      ['Report date', ['30 June 2026']],
    ]);
    expect(coverBlocks.at(-1)).toMatchObject({ kind: 'paragraph', style: 'small' });
    const foot = coverBlocks.at(-1);
    expect(foot?.kind === 'paragraph' && text(foot.runs)).toContain('Licence: CC BY 4.0');
    expect(cover.images.map((i) => i.id).sort()).toEqual(['logo', 'photo1']);
  });

  it('lists each session’s agenda with times, methods, planned and actual durations, then its outcomes', () => {
    const doc = buildReportDocument(sample, { language: 'en' });
    const [session] = sample.project.sessions ?? [];
    if (!session) throw new Error('the sample has a workshop session');
    const agenda = blocksOf(doc, 'agenda');
    const table = agenda.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no agenda table');
    expect(table.rows).toHaveLength(session.blocks.length);
    const cell = (r: number, c: number) => text(table.rows[r][c].paragraphs[0]);
    expect(cell(0, 0)).toBe(session.startTime);
    expect(table.rows.map((_, r) => cell(r, 3))).toEqual(session.blocks.map((b) => `${b.minutes} min`));
    // A block that was run shows how long it took; the break is named as one.
    expect(cell(0, 4)).toMatch(/^\d+:\d{2}$/);
    expect(table.rows.some((row) => text(row[1].paragraphs[0]).startsWith('Break'))).toBe(true);
    expect(agenda.at(-1)).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: expect.stringMatching(/^Planned in total 2:30; the blocks that were run took /) }],
    });

    const outcomes = blocksOf(doc, 'outcomes');
    const decisions = outcomes.find((b) => b.kind === 'list' && b.ordered);
    if (decisions?.kind !== 'list') throw new Error('no decisions');
    expect(decisions.items.map((i) => text(i.runs))).toEqual(session.decisions.map((d) => d.text));
    expect(text(decisions.items[0].details)).toMatch(/^In “.+”$/);
    const actions = outcomes.find((b) => b.kind === 'table');
    expect(actions?.kind === 'table' && actions.rows.length).toBe(session.actionItems.length);

    // Left out on request.
    const without = buildReportDocument(sample, { language: 'en', includeSessions: false });
    expect(without.sections.map((s) => s.kind)).not.toContain('agenda');
    expect(without.sections.map((s) => s.kind)).not.toContain('outcomes');
  });
});
