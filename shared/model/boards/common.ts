import { z } from '../zod';

export const BOARD_LIMITS = {
  title: 500,
  text: 5_000,
  itemsPerBoard: 20_000,
  tags: 50,
} as const;

export const itemId = z.string().min(1).max(100);
export const itemText = z.string().max(BOARD_LIMITS.text);
export const itemTitle = z.string().max(BOARD_LIMITS.title);
export const tagList = z.array(z.string().max(100)).max(BOARD_LIMITS.tags);
/** Coordinates are board units (CSS pixels at 100 % zoom). Bounded so a file cannot ask for absurd canvases. */
export const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
export const itemList = <T extends z.ZodType>(item: T) => z.array(item).max(BOARD_LIMITS.itemsPerBoard);

/** Note colours by name; the canvas issue gives each a colour-vision-safe fill. */
export const noteColors = ['yellow', 'orange', 'pink', 'blue', 'green', 'grey'] as const;
export const noteColorSchema = z.enum(noteColors);
export type NoteColor = z.infer<typeof noteColorSchema>;

/**
 * A facilitator's lock (issue 9) on a board, a canvas section, a note or an actor. Optional, and
 * absent reads as false: files and content made before locks (templates, the sample, older
 * exports) stay exactly as they are, and parsing adds nothing to them. Read it with `isLocked()`;
 * what a lock refuses is in docs/decisions.md.
 */
export const lockFlag = z.boolean().optional().meta({ default: false });

export const isLocked = (item: { locked?: boolean }): boolean => item.locked === true;

/**
 * Languages a text item can be marked as being in (BCP 47): Kartta's own three and the Sámi
 * languages of Finland (Northern, Inari, Skolt). A small closed list on purpose: the report tags
 * the passage with it and the editor offers each by name.
 */
export const textLanguages = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export type TextLanguage = (typeof textLanguages)[number];

/**
 * The language of an item's own text when it differs from the project's content language (a
 * Swedish note in a Finnish workshop). Optional and absent when unset, like `lockFlag`: older
 * files, templates and the sample stay exactly as they are.
 */
export const textLang = z
  .enum(textLanguages)
  .optional()
  .meta({ description: "BCP 47 tag of the item's text; absent: the project's content language." });
