// Page furniture, added once the page count is known: the running header (project title, and the
// section on the right), a hairline, and the footer "page X of Y"; and the contents page's numbers.
import type { ReportDocument } from '../../tree';
import type { Destination, DrawOp, FontFace, Measurer } from '../ops';
import { COLORS, FURNITURE, MARGIN } from '../styles';
import type { Flow } from './flow';

/** The text cut with "…" to fit `width`. */
export function truncate(measure: Measurer, text: string, face: FontFace, size: number, width: number): string {
  if (measure.width(text, face, size) <= width) return text;
  let chars = [...text];
  while (chars.length > 1 && measure.width(`${chars.join('').trimEnd()}…`, face, size) > width) {
    chars = chars.slice(0, Math.max(1, Math.floor(chars.length * 0.9)));
  }
  return `${chars.join('').trimEnd()}…`;
}

export function addFurniture(
  flow: Flow,
  document: ReportDocument,
  destinations: ReadonlyMap<string, Destination>,
): void {
  const { measure } = flow;
  const size = FURNITURE.size;
  const total = flow.pages.length;
  const titles = new Map(document.sections.map((s) => [s.id, { title: s.title, lang: s.lang }]));
  flow.pages.forEach((page, index) => {
    // Contents numbers first: they belong to the page's content, furniture does not.
    page.ops = page.ops.map((op): DrawOp => {
      if (op.kind !== 'page-number') return op;
      const target = destinations.get(op.target);
      const text = target ? String(target.page + 1) : '';
      return {
        kind: 'text',
        owner: op.owner,
        x: op.x - measure.width(text, op.face, op.size),
        y: op.y,
        text,
        face: op.face,
        size: op.size,
        color: op.color,
        lang: op.lang,
      };
    });
    if (!page.furniture) return;
    const left = MARGIN.left;
    const right = page.width - MARGIN.right;
    const half = (right - left) / 2 - 12;
    const header = truncate(measure, document.runningHeader, 'regular', size, half);
    const section = titles.get(page.sectionId);
    const headerY = FURNITURE.headerBaseline;
    const ops: DrawOp[] = [
      {
        kind: 'text',
        owner: { kind: 'artifact', type: 'header' },
        x: left,
        y: headerY,
        text: header,
        face: 'regular',
        size,
        color: COLORS.muted,
        lang: document.lang,
      },
      {
        kind: 'line',
        owner: { kind: 'artifact', type: 'header' },
        x1: left,
        y1: headerY + FURNITURE.ruleGap,
        x2: right,
        y2: headerY + FURNITURE.ruleGap,
        color: COLORS.ruleLight,
        width: 0.5,
      },
    ];
    if (section && section.title !== document.runningHeader) {
      const text = truncate(measure, section.title, 'regular', size, half);
      ops.push({
        kind: 'text',
        owner: { kind: 'artifact', type: 'header' },
        x: right - measure.width(text, 'regular', size),
        y: headerY,
        text,
        face: 'regular',
        size,
        color: COLORS.muted,
        lang: section.lang,
      });
    }
    const footer = document.furniture.pageOf(index + 1, total);
    ops.push({
      kind: 'text',
      owner: { kind: 'artifact', type: 'footer' },
      x: right - measure.width(footer, 'regular', size),
      y: page.height - FURNITURE.footerBaseline,
      text: footer,
      face: 'regular',
      size,
      color: COLORS.muted,
      lang: document.lang,
    });
    // Furniture first in the stream: a reader (and a tagger) meets the page's content in order after it.
    page.ops = [...ops, ...page.ops];
  });
}
