import { z } from './zod';

export const FACILITATION_LIMITS = {
  sessions: 100,
  blocksPerSession: 200,
  itemsPerSession: 2_000,
  shortText: 500,
  longText: 5_000,
  /** A block of a whole day at most. */
  minutes: 1_440,
  /** An overrun block is still recorded, up to a day. */
  actualSeconds: 86_400,
} as const;

const id = z.string().min(1).max(100);
const shortText = z.string().max(FACILITATION_LIMITS.shortText);
const longText = z.string().max(FACILITATION_LIMITS.longText);
/** A calendar date (YYYY-MM-DD), or empty when not set. */
const dateText = z.union([z.literal(''), z.iso.date()]);
/** A clock time (HH:MM, 24-hour), or empty: the agenda then shows times from the start. */
export const clockTime = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]);

export const blockKinds = ['block', 'break'] as const;
export type BlockKind = (typeof blockKinds)[number];

/** One item of a workshop's agenda: a part of the programme run with a method, or a break. */
export const agendaBlockSchema = z.object({
  id,
  kind: z.enum(blockKinds),
  title: shortText,
  /** Planned duration. */
  minutes: z.number().int().min(0).max(FACILITATION_LIMITS.minutes),
  /** The method as the facilitator names it (free text). */
  method: shortText,
  /** A method of the library (shared/facilitation/methods.ts); an id the library no longer has is kept. */
  methodId: id.nullable(),
  /** A board of the project used in this block; like a journey's `basedOn`, it may have been deleted since. */
  boardId: id.nullable(),
  purpose: longText,
  instructions: longText,
  materials: longText,
  /** Who leads the block (free text: a facilitator, a participant, a pair). */
  lead: shortText,
  /** How long the block really took, recorded when the facilitator moved on; null until run. */
  actual: z
    .object({
      seconds: z.number().int().min(0).max(FACILITATION_LIMITS.actualSeconds),
      /** When the facilitator moved on from it. */
      endedAt: z.iso.datetime(),
    })
    .nullable(),
});
export type AgendaBlock = z.infer<typeof agendaBlockSchema>;

/** The block a captured item came up in; null when it was captured outside any block. */
const blockRef = id.nullable();

export const decisionSchema = z.object({ id, blockId: blockRef, text: longText });
export type Decision = z.infer<typeof decisionSchema>;

export const actionItemSchema = z.object({
  id,
  blockId: blockRef,
  what: longText,
  who: shortText,
  /** By when (YYYY-MM-DD), or empty. */
  due: dateText,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const parkedQuestionSchema = z.object({ id, blockId: blockRef, text: longText });
export type ParkedQuestion = z.infer<typeof parkedQuestionSchema>;

const items = <T extends z.ZodType>(item: T) => z.array(item).max(FACILITATION_LIMITS.itemsPerSession);

/** One workshop of the project: when and where, its agenda, and what it decided. */
export const workshopSessionSchema = z.object({
  id,
  title: shortText,
  date: dateText,
  place: shortText,
  startTime: clockTime,
  blocks: z.array(agendaBlockSchema).max(FACILITATION_LIMITS.blocksPerSession),
  decisions: items(decisionSchema),
  actionItems: items(actionItemSchema),
  parkedQuestions: items(parkedQuestionSchema),
});
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/** The project's sessions; files written before facilitation have none. */
export const sessionsSchema = z.array(workshopSessionSchema).max(FACILITATION_LIMITS.sessions).default([]);

interface Problem {
  message: string;
  path: (string | number)[];
}

/**
 * Broken references inside the project's sessions (paths relative to `sessions`): ids used twice,
 * and captured items linked to a block their session does not have. A block's board may be gone.
 */
export function sessionProblems(sessions: readonly WorkshopSession[]): Problem[] {
  const problems: Problem[] = [];
  const unique = (list: readonly { id: string }[], path: (string | number)[]) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ message: `duplicate id "${item.id}"`, path: [...path, i, 'id'] });
      seen.add(item.id);
    });
  };
  unique(sessions, []);
  sessions.forEach((session, s) => {
    const blocks = new Set(session.blocks.map((b) => b.id));
    unique(session.blocks, [s, 'blocks']);
    for (const key of ['decisions', 'actionItems', 'parkedQuestions'] as const) {
      unique(session[key], [s, key]);
      session[key].forEach((item, i) => {
        if (item.blockId !== null && !blocks.has(item.blockId)) {
          problems.push({ message: `block "${item.blockId}" does not exist`, path: [s, key, i, 'blockId'] });
        }
      });
    }
  });
  return problems;
}

/** A project's sessions, also for rows and literals made before sessions existed. */
export function sessionsOf(project: { sessions?: readonly WorkshopSession[] }): readonly WorkshopSession[] {
  return project.sessions ?? [];
}
