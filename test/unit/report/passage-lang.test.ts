// Items marked in another language (issue 12): a Swedish note and a Northern Sámi actor in a
// Finnish project. The tagged PDF, read back with pdfjs-dist, gives those passages their /Lang.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument, renderReportPdf } from '../../../shared/report';
import type { ProjectSnapshot } from '../../../shared/model';
import { elements, readTagged, type PageReading, type StructNode } from './read-tagged';
import { loadFonts, samiSnapshot } from './helpers';

const SWEDISH = 'Jag vill kunna söka bygglov på svenska.';

/** The small fixture with its Swedish note and the Sámi Parliament (and its relation label) marked. */
function marked(): ProjectSnapshot {
  const snapshot = samiSnapshot();
  for (const board of snapshot.boards) {
    if (board.kind === 'canvas') {
      for (const note of board.content.notes) if (note.text === SWEDISH) note.lang = 'sv';
    }
    if (board.kind === 'ecosystem') {
      for (const actor of board.content.actors) if (actor.name === 'Sámediggi') actor.lang = 'se';
      for (const relation of board.content.relations) relation.lang = 'se';
    }
  }
  return snapshot;
}

/** The text an element owns (its marked content, its kids' too). */
function textOf(node: StructNode, page: PageReading): string {
  return node.children
    .map((kid) => ('role' in kid ? textOf(kid, page) : kid.type === 'content' ? (page.texts.get(kid.id) ?? '') : ''))
    .join('');
}

let pages: PageReading[] = [];
beforeAll(async () => {
  const document = buildReportDocument(marked(), { language: 'fi', contentLanguage: 'fi' });
  pages = await readTagged(renderReportPdf(document, loadFonts()).pdf);
}, 60_000);

/** Elements with their own /Lang, with the text they hold. */
const withLang = () =>
  pages.flatMap((page) =>
    [...elements(page.tree)].filter((e) => e.lang).map((e) => ({ lang: e.lang, text: textOf(e, page) })),
  );

describe('passages in another language', () => {
  it('marks the Swedish note with /Lang sv', () => {
    const swedish = withLang().filter((e) => e.lang === 'sv');
    expect(swedish.map((e) => e.text.replace(/\s+/g, ' ').trim())).toContain(SWEDISH);
  });

  it('marks the Northern Sámi actor and relation label with /Lang se, wherever they are named', () => {
    const sami = withLang()
      .filter((e) => e.lang === 'se')
      .map((e) => e.text.trim());
    expect(sami).toContain('Sámediggi');
    expect(sami).toContain('Bálvalus');
  });

  it('leaves unmarked items in the content language (no /Lang of their own)', () => {
    const marked = withLang().map((e) => e.text);
    expect(marked.some((t) => t.includes('Rakennusvalvontaviranomaisen'))).toBe(false);
    expect(marked.some((t) => t.trim() === 'Ássit')).toBe(false);
  });
});
