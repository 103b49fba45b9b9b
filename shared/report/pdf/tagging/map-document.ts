// The report tree -> the PDF structure tree. Each drawing owner (a node id with its part, see
// ops.ts) is looked up here to find the element its marked content belongs to. Sections become
// Sect, headings H1–H3, paragraphs P, lists L/LI/Lbl/LBody, tables Table/TR/TH/TD, facts a list of
// terms and values, diagrams Figure (with their text alternative and bounding box) followed by
// their caption, and the contents a TOC of Link elements.
import type { Block, ReportDocument, Run, Section } from '../../tree';
import type { LaidDocument, Owner } from '../ops';
import { elem, type StructElem } from './struct-tree';

export interface MappedStructure {
  root: StructElem;
  /** Owner key (see `ownerKey`) -> the element its drawings belong to. */
  leaves: ReadonlyMap<string, StructElem>;
}

/** A node owner's key; figure parts drawn once per page (the enlarged details) add `@page`. */
export const ownerKey = (owner: Extract<Owner, { kind: 'node' }>, page?: number): string =>
  `${owner.id}#${owner.part ?? ''}${page === undefined ? '' : `@${page}`}`;

/** The language most of the runs' text is in ('zxx', no language, does not count). */
export function languageOf(runs: readonly Run[]): string | undefined {
  const weight = new Map<string, number>();
  for (const run of runs) {
    if (run.lang === 'zxx') continue;
    weight.set(run.lang, (weight.get(run.lang) ?? 0) + run.text.trim().length);
  }
  let best: string | undefined;
  for (const [lang, w] of weight) if (best === undefined || w > (weight.get(best) ?? 0)) best = lang;
  return best;
}

class Mapper {
  readonly leaves = new Map<string, StructElem>();

  constructor(
    private readonly document: ReportDocument,
    private readonly laid: LaidDocument,
  ) {}

  leaf(key: string, element: StructElem): StructElem {
    this.leaves.set(key, element);
    return element;
  }

  /** Per node id, where its parts were drawn (in page order): found in one pass over the pages. */
  private parts: Map<string, { part: string; page: number }[]> | null = null;

  /** Where a node's parts were drawn, in page order (enlarged figure details, contents entries). */
  private partsOf(id: string): { part: string; page: number }[] {
    if (!this.parts) {
      const parts = new Map<string, { part: string; page: number }[]>();
      const seen = new Set<string>();
      this.laid.pages.forEach((page, index) => {
        for (const { owner } of page.ops) {
          if (owner.kind !== 'node') continue;
          const key = `${owner.id}#${owner.part ?? ''}@${index}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const list = parts.get(owner.id) ?? [];
          list.push({ part: owner.part ?? '', page: index });
          parts.set(owner.id, list);
        }
      });
      this.parts = parts;
    }
    return this.parts.get(id) ?? [];
  }

  block(block: Block): StructElem[] {
    const key = (part = '') => `${block.id}#${part}`;
    switch (block.kind) {
      case 'heading':
        return [this.leaf(key(), elem(`H${block.level}`, [], { lang: languageOf(block.runs) }))];
      case 'paragraph':
        return [this.leaf(key(), elem('P', [], { lang: languageOf(block.runs) }))];
      case 'list':
        return [
          elem(
            'L',
            block.items.map((item) => {
              const body: StructElem[] = [
                this.leaf(`${item.id}#`, elem('P', [], { lang: languageOf(item.runs) })),
                this.leaf(`${item.id}#details`, elem('P', [], { lang: languageOf(item.details) })),
              ];
              if (item.photo) {
                body.push(
                  this.leaf(`${item.id}#photo`, elem('Figure', [], { alt: item.photo.alt, lang: item.photo.lang })),
                );
              }
              return elem('LI', [this.leaf(`${item.id}#label`, elem('Lbl')), elem('LBody', body)]);
            }),
            { numbering: block.ordered ? 'Decimal' : 'Disc' },
          ),
        ];
      case 'table': {
        const head = elem(
          'TR',
          block.columns.map((column, c) =>
            this.leaf(key(`head:${c}`), elem('TH', [], { scope: 'Column', lang: languageOf(column.header) })),
          ),
        );
        const rows = block.rows.map((row, r) =>
          elem(
            'TR',
            row.map((cell, c) => {
              const header = block.rowHeaders === true && c === 0;
              return this.leaf(
                key(`cell:${r}:${c}`),
                elem(header ? 'TH' : 'TD', [], {
                  lang: languageOf(cell.paragraphs.flat()),
                  ...(header ? { scope: 'Row' as const } : {}),
                }),
              );
            }),
          ),
        );
        return [elem('Table', [head, ...rows])];
      }
      case 'facts':
        return [
          elem(
            'L',
            block.items.map((item, i) =>
              elem('LI', [
                this.leaf(key(`term:${i}`), elem('Lbl', [], { lang: languageOf(item.term) })),
                this.leaf(key(`value:${i}`), elem('LBody', [], { lang: languageOf(item.value.flat()) })),
              ]),
            ),
            // Terms and values: a list without bullets.
            { numbering: 'None' },
          ),
        ];
      case 'figure': {
        const out = [
          this.leaf(key(), elem('Figure', [], { alt: block.alt.text, lang: block.alt.lang })),
          this.leaf(key('caption'), elem('Caption', [], { lang: languageOf(block.caption) })),
        ];
        // A diagram split across pages: each enlarged part is a figure of its own with its caption.
        const details = this.partsOf(block.id).filter((p) => p.part === 'detail');
        details.forEach(({ page }, i) => {
          const part = this.document.furniture.figurePart(i + 1, details.length);
          out.push(
            this.leaf(key(`detail-caption@${page}`), elem('Caption', [], { lang: languageOf(block.caption) })),
            this.leaf(key(`detail@${page}`), elem('Figure', [], { alt: part, lang: this.document.furniture.lang })),
          );
        });
        return out;
      }
      case 'image':
        return [this.leaf(key(), elem('Figure', [], { alt: block.photo.alt, lang: block.photo.lang }))];
      case 'contents':
        return [this.contents(block.id)];
    }
  }

  /** The contents: a TOC of entries, each a Link (its title, page number and annotation); subentries nested. */
  private contents(id: string): StructElem {
    const toc = elem('TOC');
    const items = new Map<string, StructElem>();
    const titles = new Map<string, { title: string; lang: string }>();
    this.laid.outline.forEach((entry, i) => {
      titles.set(String(i), entry);
      entry.children.forEach((child, j) => titles.set(`${i}.${j}`, child));
    });
    for (const { part } of this.partsOf(id)) {
      if (!part.startsWith('entry:')) continue;
      const index = part.slice('entry:'.length);
      if (items.has(index)) continue;
      const entry = titles.get(index);
      const link = elem('Link', [], { lang: entry?.lang, linkText: entry?.title });
      this.leaves.set(`${id}#entry:${index}`, link);
      this.leaves.set(`${id}#page:${index}`, link);
      const item = elem('TOCI', [link]);
      items.set(index, item);
      const parent = index.includes('.') ? items.get(index.slice(0, index.indexOf('.'))) : undefined;
      if (parent) {
        let sub = parent.kids.find((k): k is StructElem => k.kind === 'elem' && k.type === 'TOC');
        if (!sub) {
          sub = elem('TOC');
          parent.kids.push(sub);
        }
        sub.kids.push(item);
      } else toc.kids.push(item);
    }
    return toc;
  }

  section(section: Section): StructElem {
    return elem(
      'Sect',
      section.blocks.flatMap((b) => this.block(b)),
      { lang: section.lang },
    );
  }

  /** Figures' bounding boxes: the box of their drawing on the first page it is on. */
  boxes(): void {
    this.laid.pages.forEach((page, index) => {
      for (const op of page.ops) {
        if ((op.kind !== 'scene' && op.kind !== 'image') || op.owner.kind !== 'node') continue;
        const target = this.leaves.get(ownerKey(op.owner, index)) ?? this.leaves.get(ownerKey(op.owner));
        if (!target || target.type !== 'Figure' || target.bbox) continue;
        const box = op.kind === 'scene' ? op.box : op;
        target.bbox = {
          page: index,
          x1: box.x,
          y1: page.height - box.y - box.height,
          x2: box.x + box.width,
          y2: page.height - box.y,
        };
      }
    });
  }
}

export function mapDocument(document: ReportDocument, laid: LaidDocument): MappedStructure {
  const mapper = new Mapper(document, laid);
  const root = elem(
    'Document',
    document.sections.map((s) => mapper.section(s)),
    { lang: document.lang },
  );
  mapper.boxes();
  return { root, leaves: mapper.leaves };
}
