// The report tree -> PDF structure mapping, without a PDF: the sample project's document laid out
// with the embedded fonts' metrics and mapped to structure elements.
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../shared/report';
import { JsPdfSurface } from '../../../shared/report/pdf/jspdf-surface';
import { layoutDocument } from '../../../shared/report/pdf/layout/layout-document';
import { mapDocument, ownerKey } from '../../../shared/report/pdf/tagging/map-document';
import { isElem, walk, type StructElem } from '../../../shared/report/pdf/tagging/struct-tree';
import { loadFonts, sampleSnapshot } from './helpers';

const measure = new JsPdfSurface(loadFonts(), { width: 100, height: 100, orientation: 'portrait' });
const document = buildReportDocument(sampleSnapshot(), { language: 'fi' });
const laid = layoutDocument(document, measure);
const { root, leaves } = mapDocument(document, laid);
const kidsOf = (e: StructElem) => e.kids.filter(isElem);

describe('report tree -> tags', () => {
  it('makes a Document of one Sect per part, in the report’s order and languages', () => {
    expect(root.type).toBe('Document');
    expect(root.lang).toBe('fi');
    const sections = kidsOf(root);
    expect(sections.map((s) => s.type)).toEqual(document.sections.map(() => 'Sect'));
    expect(sections.map((s) => s.lang)).toEqual(document.sections.map((s) => s.lang));
  });

  it('maps every drawn owner to an element, and page furniture to none', () => {
    laid.pages.forEach((page, index) => {
      for (const op of page.ops) {
        if (op.kind === 'link' || op.owner.kind === 'artifact') continue;
        const element = leaves.get(ownerKey(op.owner, index)) ?? leaves.get(ownerKey(op.owner));
        expect(element, ownerKey(op.owner, index)).toBeDefined();
      }
    });
  });

  it('maps headings to H1–H3 by level, paragraphs to P, lists to L/LI/Lbl/LBody', () => {
    for (const section of document.sections) {
      for (const block of section.blocks) {
        if (block.kind === 'heading') expect(leaves.get(`${block.id}#`)?.type).toBe(`H${block.level}`);
        if (block.kind === 'paragraph') expect(leaves.get(`${block.id}#`)?.type).toBe('P');
        if (block.kind === 'list') {
          for (const item of block.items) {
            expect(leaves.get(`${item.id}#label`)?.type).toBe('Lbl');
            expect(leaves.get(`${item.id}#`)?.type).toBe('P');
          }
        }
      }
    }
    const lists = [...walk(root)].filter((e) => e.type === 'L');
    expect(lists.length).toBeGreaterThan(3);
    for (const list of lists) {
      for (const li of kidsOf(list)) {
        expect(li.type).toBe('LI');
        expect(kidsOf(li).map((k) => k.type)).toEqual(['Lbl', 'LBody']);
      }
    }
  });

  it('maps tables to Table/TR/TH/TD with column scope, and a journey’s lanes to row headers', () => {
    const tables = document.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      table.columns.forEach((_, c) => {
        const th = leaves.get(`${table.id}#head:${c}`);
        expect(th?.type).toBe('TH');
        expect(th?.scope).toBe('Column');
      });
      table.rows.forEach((row, r) =>
        row.forEach((_, c) => {
          const cell = leaves.get(`${table.id}#cell:${r}:${c}`);
          expect(cell?.type).toBe(table.rowHeaders && c === 0 ? 'TH' : 'TD');
          if (table.rowHeaders && c === 0) expect(cell?.scope).toBe('Row');
        }),
      );
    }
    expect(tables.some((t) => t.rowHeaders)).toBe(true);
  });

  it('maps each diagram to a Figure with its generated text alternative and bounding box, then its caption and listing', () => {
    for (const section of document.sections) {
      const figure = section.blocks.find((b) => b.kind === 'figure');
      if (!figure) continue;
      const element = leaves.get(`${figure.id}#`);
      expect(element?.type).toBe('Figure');
      expect(element?.alt).toBe(figure.alt.text);
      expect(element?.alt?.length).toBeGreaterThan(20);
      expect(element?.bbox?.x2).toBeGreaterThan(element?.bbox?.x1 ?? Infinity);
      const sect = kidsOf(root)[document.sections.indexOf(section)];
      const types = kidsOf(sect).map((k) => k.type);
      const at = kidsOf(sect).indexOf(element as StructElem);
      expect(types[at + 1]).toBe('Caption');
      // The diagram's content follows as text (headings, lists, tables).
      expect(types.slice(at + 2).some((t) => t === 'L' || t === 'Table')).toBe(true);
    }
  });

  it('maps the contents to a TOC of Link elements, one per entry, subentries nested', () => {
    const toc = [...walk(root)].find((e) => e.type === 'TOC');
    expect(toc).toBeDefined();
    const links = [...walk(toc as StructElem)].filter((e) => e.type === 'Link');
    const entries = laid.outline.slice(1).reduce((n, e) => n + 1 + e.children.length, 0);
    expect(links).toHaveLength(entries);
    expect(links.every((l) => l.linkText)).toBe(true);
    expect(kidsOf(toc as StructElem).every((k) => k.type === 'TOCI')).toBe(true);
  });
});
