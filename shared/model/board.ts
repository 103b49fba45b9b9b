import { z } from './zod';
import { canvasContentSchema } from './boards/canvas';
import { ecosystemContentSchema } from './boards/ecosystem';
import { journeyContentSchema } from './boards/journey';
import { itemTitle } from './boards/common';

export const boardKinds = ['canvas', 'ecosystem', 'journey'] as const;
export type BoardKind = (typeof boardKinds)[number];

const envelope = {
  id: z.string().min(1).max(100),
  title: itemTitle,
  /** Position among the project's boards of the same kind, from 0. */
  order: z.number().int().min(0).max(100_000),
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
