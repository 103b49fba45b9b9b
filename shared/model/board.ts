import { z } from './zod';
import { canvasContentSchema } from './boards/canvas';
import { ecosystemContentSchema } from './boards/ecosystem';
import { journeyContentSchema } from './boards/journey';
import { itemTitle } from './boards/common';

/** The longest text alternative a board's diagram may have (characters, after trimming). */
export const BOARD_ALT_TEXT_MAX = 2_000;

/** The facilitator's text alternative of a board, or null when the report generates one. */
export const ownAltText = (board: { altText?: string }): string | null => board.altText?.trim() || null;

export const boardKinds = ['canvas', 'ecosystem', 'journey'] as const;
export type BoardKind = (typeof boardKinds)[number];

const envelope = {
  id: z.string().min(1).max(100),
  title: itemTitle,
  /** Position among the project's boards of the same kind, from 0. */
  order: z.number().int().min(0).max(100_000),
  /**
   * The facilitator's own text alternative of the board's diagram (the report's figure, the
   * SVG/PNG export's description). Optional and absent when unset, like `lang`: older files and
   * the sample stay as they are; absent or empty, the report generates one from the content.
   */
  altText: z
    .string()
    .trim()
    .max(BOARD_ALT_TEXT_MAX)
    .optional()
    .meta({ description: "The diagram's text alternative; absent or empty: generated from the content." }),
};

/** A board as it appears in a project snapshot: the envelope plus its kind's content. */
export const boardSchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('canvas'), content: canvasContentSchema }),
  z.object({ ...envelope, kind: z.literal('ecosystem'), content: ecosystemContentSchema }),
  z.object({ ...envelope, kind: z.literal('journey'), content: journeyContentSchema }),
]);

export type Board = z.infer<typeof boardSchema>;
export type BoardOf<K extends BoardKind> = Extract<Board, { kind: K }>;
export type BoardContent<K extends BoardKind> = BoardOf<K>['content'];
/** Everything of a board but its content: what lists and menus need. */
export type BoardSummary = Omit<Board, 'content'> & { kind: BoardKind };
