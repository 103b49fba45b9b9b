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
  /** An attachment of the project (a photo), added after the first format: absent reads as none. */
  photoId: itemId.nullable().default(null),
});

/** A dot-voting round: N votes per participant, cast per participant or anonymously. */
export const votingRoundSchema = z.object({
  id: itemId,
  votesPerParticipant: z.number().int().min(1).max(100),
  anonymous: z.boolean(),
  status: z.enum(['open', 'closed']),
  startedAt: z.iso.datetime(),
});

/** One dot on one note. `voterId` is a participant id, or null in an anonymous round. */
export const voteSchema = z.object({
  id: itemId,
  roundId: itemId,
  noteId: itemId,
  voterId: itemId.nullable(),
});

export const canvasContentSchema = z.object({
  templateId: z.string().max(100),
  sections: itemList(canvasSectionSchema),
  notes: itemList(canvasNoteSchema),
  // Added after the first format: absent in older files, read as empty.
  rounds: itemList(votingRoundSchema).default([]),
  votes: itemList(voteSchema).default([]),
});

export type CanvasSection = z.infer<typeof canvasSectionSchema>;
export type CanvasNote = z.infer<typeof canvasNoteSchema>;
export type VotingRound = z.infer<typeof votingRoundSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type CanvasContent = z.infer<typeof canvasContentSchema>;

export const emptyCanvas = (): CanvasContent => ({
  templateId: 'blank',
  sections: [],
  notes: [],
  rounds: [],
  votes: [],
});
