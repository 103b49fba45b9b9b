// The page flow: pages of operations and a cursor moving down the current page's content box.
import type { Orientation, Paper, Run } from '../../tree';
import { breakLines, type Line } from '../line-break';
import type { DrawOp, FontFace, LaidPage, Measurer, Owner } from '../ops';
import { MARGIN, pageSize, type TextStyle } from '../styles';

export interface ContentBox {
  left: number;
  top: number;
  width: number;
  bottom: number;
}

export class Flow {
  readonly pages: LaidPage[] = [];
  /** The cursor: the top of the next thing placed. */
  y = 0;

  constructor(
    readonly paper: Paper,
    readonly measure: Measurer,
  ) {}

  get page(): LaidPage {
    const page = this.pages.at(-1);
    if (!page) throw new Error('No page yet.');
    return page;
  }

  get box(): ContentBox {
    const { width, height } = this.page;
    return {
      left: MARGIN.left,
      top: MARGIN.top,
      width: width - MARGIN.left - MARGIN.right,
      bottom: height - MARGIN.bottom,
    };
  }

  /** True when nothing has been placed on the current page yet. */
  get fresh(): boolean {
    return this.y <= this.box.top + 0.5;
  }

  remaining(): number {
    return this.box.bottom - this.y;
  }

  newPage(sectionId: string, orientation: Orientation, furniture = true): void {
    const { width, height } = pageSize(this.paper, orientation);
    this.pages.push({ width, height, orientation, sectionId, furniture, ops: [] });
    this.y = MARGIN.top;
  }

  /** A new page like the current one (same section and orientation). */
  continuePage(): void {
    const { sectionId, orientation, furniture } = this.page;
    this.newPage(sectionId, orientation, furniture);
  }

  /** Moves to a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.remaining() && !this.fresh) this.continuePage();
  }

  /** Adds vertical space, but none at the top of a page. */
  space(amount: number): void {
    if (!this.fresh) this.y += amount;
  }

  push(op: DrawOp): void {
    this.page.ops.push(op);
  }

  lines(runs: readonly Run[], face: FontFace, size: number, width: number): Line[] {
    return breakLines(this.measure, runs, face, size, width);
  }
}

/** The baseline of a line whose line box starts at `top`: the glyphs centred in the box. */
export const baselineIn = (top: number, style: Pick<TextStyle, 'leading' | 'size'>) =>
  top + (style.leading + style.size * 0.7) / 2;

/** Draws one line's fragments with its line box's top at `top`, starting at x. */
export function drawLine(flow: Flow, line: Line, x: number, top: number, style: TextStyle, owner: Owner): void {
  const y = baselineIn(top, style);
  for (const f of line.fragments) {
    const push = (text: string, at: number, actualText?: string) =>
      flow.push({
        kind: 'text',
        owner,
        x: x + at,
        y,
        text,
        face: f.face,
        size: style.size,
        color: style.color,
        lang: f.lang,
        ...(actualText === undefined ? {} : { actualText }),
      });
    if (!f.addedHyphen) {
      push(f.text, f.x);
      continue;
    }
    // The word part before an added hyphen is drawn on its own, tagged with its text without the
    // hyphen (PDF 1.7 §14.9.4): what comes before it in the fragment is drawn as it is.
    const start = f.text.search(/\S*$/);
    const head = f.text.slice(0, start);
    if (head) push(head, f.x);
    const part = f.text.slice(start);
    push(part, f.x + (head ? flow.measure.width(head, f.face, style.size) : 0), part.slice(0, -1));
  }
}

/**
 * Places lines of text at x, flowing onto new pages; at least `keep` lines stay together at the
 * start (no lone first line at a page's foot).
 */
export function placeLines(
  flow: Flow,
  lines: readonly Line[],
  x: number,
  style: TextStyle,
  owner: Owner,
  keep = 2,
): void {
  flow.ensure(Math.min(keep, lines.length) * style.leading);
  lines.forEach((line, i) => {
    // A last line alone at the top of a page (a widow) takes one line along with it.
    const widow = i === lines.length - 2 && lines.length >= 3 ? 2 : 1;
    if (i > 0) flow.ensure(widow * style.leading);
    drawLine(flow, line, x, flow.y, style, owner);
    flow.y += style.leading;
  });
}
