// The report's look: paper, margins, type scale and colours, in points. Calm and neutral, as
// municipalities publish: one family (Noto Sans), a restrained accent, generous white space.
import type { Orientation, Paper, ParagraphStyle } from '../tree';
import type { FontFace } from './ops';

export const PAPER: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER[paper];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

export const MARGIN = { top: 72, bottom: 70, left: 64, right: 64 } as const;
/** Baselines of the running header and the footer, from the page's top and bottom edges. */
export const FURNITURE = { headerBaseline: 40, footerBaseline: 40, ruleGap: 8, size: 7.5 } as const;

export const COLORS = {
  ink: '#1d2a30',
  muted: '#56656c',
  accent: '#1f4e5f',
  rule: '#d5d2c8',
  ruleLight: '#e6e3db',
  tableHeader: '#edf1f1',
  zebra: '#f8f7f3',
  coverBand: '#1f4e5f',
} as const;

export interface TextStyle {
  face: FontFace;
  size: number;
  /** Line height. */
  leading: number;
  color: string;
  /** Space before and after the block. */
  before: number;
  after: number;
}

const style = (
  face: FontFace,
  size: number,
  leading: number,
  color: string,
  before: number,
  after: number,
): TextStyle => ({
  face,
  size,
  leading,
  color,
  before,
  after,
});

export const PARAGRAPH: Record<ParagraphStyle, TextStyle> = {
  title: style('bold', 30, 37, COLORS.ink, 0, 14),
  subtitle: style('regular', 15, 21, COLORS.muted, 0, 28),
  kicker: style('bold', 9, 12, COLORS.accent, 0, 6),
  lead: style('regular', 11.5, 17, COLORS.ink, 0, 9),
  body: style('regular', 10, 14.6, COLORS.ink, 0, 8),
  muted: style('regular', 9.5, 13.8, COLORS.muted, 0, 8),
  caption: style('italic', 8.5, 12, COLORS.muted, 6, 12),
  small: style('regular', 8, 11, COLORS.muted, 0, 4),
};

export const HEADING: Record<1 | 2 | 3, TextStyle> = {
  1: style('bold', 22, 28, COLORS.ink, 0, 16),
  2: style('bold', 13.5, 18, COLORS.accent, 20, 8),
  3: style('bold', 10.5, 14.5, COLORS.ink, 14, 5),
};

export const TABLE = {
  text: style('regular', 8.5, 11.8, COLORS.ink, 0, 0),
  header: style('bold', 8.5, 11.8, COLORS.ink, 0, 0),
  padX: 6,
  padY: 4.5,
  paragraphGap: 3,
  before: 4,
  after: 14,
} as const;

export const LIST = {
  indent: 16,
  itemGap: 5,
  details: style('regular', 8.5, 12, COLORS.muted, 1, 0),
  photo: { maxWidth: 180, maxHeight: 130, gap: 5 },
  after: 8,
} as const;

export const FACTS = {
  term: style('bold', 9, 13, COLORS.muted, 0, 0),
  value: style('regular', 10, 14.5, COLORS.ink, 0, 0),
  termWidth: 120,
  rowGap: 6,
  after: 16,
} as const;

export const CONTENTS = {
  entry: style('regular', 11, 15, COLORS.ink, 0, 0),
  child: style('regular', 9.5, 13, COLORS.muted, 0, 0),
  entryGap: 9,
  childGap: 3,
  childIndent: 16,
  numberWidth: 36,
} as const;

/** Legibility floor for diagram text: a diagram scaled so its smallest text is below this is split. */
export const MIN_FIGURE_TEXT = 5;
