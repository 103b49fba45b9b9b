import { z } from '../zod';
import {
  coordinate,
  itemId,
  itemList,
  itemText,
  itemTitle,
  isLocked,
  lockFlag,
  noteColorSchema,
  tagList,
  textLang,
} from './common';

/** A named area of a canvas template (e.g. "Key Partners"). */
export const canvasSectionSchema = z.object({
  id: itemId,
  title: itemTitle,
  prompt: itemText,
  x: coordinate,
  y: coordinate,
  width: coordinate,
  height: coordinate,
  /** Cannot be moved, resized or deleted; its notes are locked with it (issue 9). */
  locked: lockFlag,
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
  /** Cannot be moved or deleted (issue 9); a note in a locked section is locked too. */
  locked: lockFlag,
  /** The language of its text, when not the project's (the report marks the passage). */
  lang: textLang,
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
  /** The whole board is locked: nothing moves or changes but votes (issue 9). */
  locked: lockFlag,
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

/** Why a note cannot be moved or deleted: its own lock, its section's, or neither (a board lock aside). */
export function noteLock(
  note: Pick<CanvasNote, 'locked' | 'sectionId'>,
  sections: readonly Pick<CanvasSection, 'id' | 'locked'>[],
): 'note' | 'section' | null {
  if (isLocked(note)) return 'note';
  return note.sectionId !== null && sections.some((s) => s.id === note.sectionId && isLocked(s)) ? 'section' : null;
}

/** The notes that cannot be moved or deleted: locked themselves or in a locked section. */
export function lockedNoteIds(content: Pick<CanvasContent, 'notes' | 'sections'>): Set<string> {
  const sections = new Set(content.sections.filter(isLocked).map((s) => s.id));
  const locked = content.notes.filter((n) => isLocked(n) || (n.sectionId !== null && sections.has(n.sectionId)));
  return new Set(locked.map((n) => n.id));
}
