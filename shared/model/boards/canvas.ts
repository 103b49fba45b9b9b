import { z } from '../zod';
import { coordinate, itemId, itemList, itemText, itemTitle, noteColorSchema, tagList } from './common';

/** A named area of a canvas template (e.g. "Key Partners"). */
export const canvasSectionSchema = z.object({
  id: itemId,
  title: itemTitle,
  prompt: itemText,
  x: coordinate,
  y: coordinate,
  width: coordinate,
  height: coordinate,
});

export const canvasNoteSchema = z.object({
  id: itemId,
  /** The section the note sits in, or null for a note placed outside every section. */
  sectionId: itemId.nullable(),
  text: itemText,
  color: noteColorSchema,
  x: coordinate,
  y: coordinate,
  tags: tagList,
  /** A participant id of the project, when the note has an author. */
  authorId: itemId.nullable(),
});

export const canvasContentSchema = z.object({
  templateId: z.string().max(100),
  sections: itemList(canvasSectionSchema),
  notes: itemList(canvasNoteSchema),
});

export type CanvasSection = z.infer<typeof canvasSectionSchema>;
export type CanvasNote = z.infer<typeof canvasNoteSchema>;
export type CanvasContent = z.infer<typeof canvasContentSchema>;

export const emptyCanvas = (): CanvasContent => ({ templateId: 'blank', sections: [], notes: [] });
