// The bottom line of a sticky note in a drawing: its tags on the left, its vote count on the right
// (as the editor's `.canvas-note-tags` and `.canvas-note-votes`).
import type { SceneShape } from './scene';
import { fitText, textWidth } from './text-fit';
import { textBlock } from './layout';
import { NOTE_INK } from './note-style';

const TAG_SIZES = [11, 10] as const;
const TAG_LINE = 1.3;
const BADGE = { fontSize: 11, height: 16, padX: 6, gap: 6 } as const;

export const tagsText = (tags: readonly string[]) => tags.map((tag) => `#${tag}`).join(' ');

/** A dark pill with "● n", its top-right corner at (right, top). */
export function voteBadge(votes: number, right: number, top: number): { shapes: SceneShape[]; width: number } {
  const text = `● ${votes}`;
  const width = Math.ceil(textWidth(text, BADGE.fontSize, true)) + 2 * BADGE.padX;
  return {
    width,
    shapes: [
      {
        kind: 'rect',
        x: right - width,
        y: top,
        width,
        height: BADGE.height,
        radius: BADGE.height / 2,
        fill: NOTE_INK.badge,
      },
      {
        kind: 'text',
        x: right - width / 2,
        y: top + BADGE.height / 2 + 0.35 * BADGE.fontSize,
        text,
        fontSize: BADGE.fontSize,
        bold: true,
        anchor: 'middle',
        fill: NOTE_INK.badgeText,
      },
    ],
  };
}

/**
 * Tags and votes in one row from (x, top), `width` wide, with at most `maxHeight` of height for the
 * tags (they shrink, then end with "…"); nothing when the note has neither.
 */
export function noteFooter(
  tags: readonly string[],
  votes: number,
  x: number,
  top: number,
  width: number,
  maxHeight = Infinity,
): { shapes: SceneShape[]; height: number } {
  const badge = votes > 0 ? voteBadge(votes, x + width, top) : null;
  const tagWidth = width - (badge ? badge.width + BADGE.gap : 0);
  const fitted =
    tags.length > 0
      ? fitText(tagsText(tags), tagWidth, TAG_SIZES, false, (size) =>
          Math.min(3, Math.floor(maxHeight / (size * TAG_LINE))),
        )
      : null;
  const block = fitted
    ? textBlock(fitted.lines, x, top, {
        fontSize: fitted.fontSize,
        bold: false,
        fill: NOTE_INK.tags,
        lineHeight: TAG_LINE,
      })
    : { shapes: [], height: 0 };
  return {
    shapes: [...block.shapes, ...(badge?.shapes ?? [])],
    height: Math.max(block.height, badge ? BADGE.height : 0),
  };
}

export const VOTE_BADGE_HEIGHT = BADGE.height;
