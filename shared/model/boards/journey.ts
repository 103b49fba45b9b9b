import { z } from '../zod';
import { itemId, itemList, itemText, itemTitle, lockFlag, noteColorSchema, tagList, textLang } from './common';

export const laneTypes = ['notes', 'emotion', 'channels', 'images'] as const;
export const channels = ['web', 'mobile', 'phone', 'email', 'letter', 'face-to-face', 'chat', 'kiosk'] as const;

export const stageSchema = z.object({
  id: itemId,
  title: itemTitle,
  /** The steps the person takes in this stage, in order (shown under its title); added after format v1 files. */
  steps: z.array(itemTitle).max(50).default([]),
});
/**
 * The lines a service blueprint draws under a lane: the line of interaction (customer | frontstage),
 * of visibility (frontstage | backstage) and of internal interaction (backstage | support).
 */
export const blueprintLines = ['interaction', 'visibility', 'internal'] as const;

export const laneSchema = z.object({
  id: itemId,
  title: itemTitle,
  type: z.enum(laneTypes),
  /** The blueprint line drawn below this lane, if any; added after format v1 files. */
  lineBelow: z.enum(blueprintLines).nullable().default(null),
  /** Folded to one line in the editor (its content stays, in the outline and the report too). */
  collapsed: z.boolean().default(false),
  /** A tint for the lane's header and cells (a note colour name), or none; added after format v1 files. */
  color: noteColorSchema.nullable().default(null),
});

/** A sticky note in one cell (stage × notes lane). */
export const journeyNoteSchema = z.object({
  id: itemId,
  stageId: itemId,
  laneId: itemId,
  text: itemText,
  color: noteColorSchema,
  tags: tagList,
  /** Place within its cell, top first (a Yjs map keeps no order of its own); added after format v1 files. */
  order: z.number().int().min(0).max(1_000_000).default(0),
  /** A participant id of the project, when the note has an author; added after format v1 files. */
  authorId: itemId.nullable().default(null),
  /** An attachment of the project (a photo or screenshot; an image lane's notes carry one). */
  photoId: itemId.nullable().default(null),
  /** Dots the group gave this note (a journey is voted on by a show of hands, not in rounds). */
  votes: z.number().int().min(0).max(999).default(0),
  /** The language of its text, when not the project's (the report marks the passage). */
  lang: textLang,
});

/** An emotion score from -2 to +2 for one stage of an emotion lane. */
export const emotionScoreSchema = z.object({
  stageId: itemId,
  laneId: itemId,
  score: z.number().int().min(-2).max(2),
});

/** The channels (touchpoints) used in one stage of a channel lane. */
export const touchpointSchema = z.object({
  stageId: itemId,
  laneId: itemId,
  channels: z.array(z.enum(channels)).max(channels.length),
  text: itemText,
  /** The language of its text, when not the project's. */
  lang: textLang,
});

export const journeyContentSchema = z.object({
  preset: z.enum(['customer-journey', 'service-blueprint', 'blank']),
  persona: itemTitle,
  /**
   * Who the persona is in the project: a persona canvas (actorId null) or an actor of an ecosystem
   * map. `persona` keeps the name shown, so the header still reads right if the board is gone.
   */
  personaRef: z.object({ boardId: itemId, actorId: itemId.nullable() }).nullable().default(null),
  /** An as-is journey, or a to-be one redesigned from a copy of `basedOn` (a board id that may be gone). */
  state: z.enum(['as-is', 'to-be']).default('as-is'),
  basedOn: itemId.nullable().default(null),
  stages: itemList(stageSchema),
  lanes: itemList(laneSchema),
  notes: itemList(journeyNoteSchema),
  scores: itemList(emotionScoreSchema),
  touchpoints: itemList(touchpointSchema),
  /** A board lock (issue 9): only votes change while it is set (docs/decisions.md). */
  locked: lockFlag,
});

export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type LaneType = Lane['type'];
export type BlueprintLine = (typeof blueprintLines)[number];
export type Channel = (typeof channels)[number];
export type JourneyNote = z.infer<typeof journeyNoteSchema>;
export type EmotionScore = z.infer<typeof emotionScoreSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type JourneyContent = z.infer<typeof journeyContentSchema>;
