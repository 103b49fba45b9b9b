import { z } from './zod';
import { sessionsSchema, type WorkshopSession } from './facilitation';
import { textLanguages } from './boards/common';

export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  participants: 1_000,
  facilitators: 100,
} as const;

const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
/** A calendar date as typed in a date field (YYYY-MM-DD), or empty when not set. */
const dateText = z.union([z.literal(''), z.iso.date()]);

export const participantSchema = z.object({
  id: z.string().min(1).max(100),
  name: shortText,
  organisation: shortText,
  role: shortText,
});
export type Participant = z.infer<typeof participantSchema>;

export const projectSchema = z.object({
  id: z.string().min(1).max(100),
  title: shortText,
  organisation: shortText,
  goal: longText,
  startDate: dateText,
  endDate: dateText,
  facilitators: z.array(shortText).max(LIMITS.facilitators),
  participants: z.array(participantSchema).max(LIMITS.participants),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Workshop sessions with their agendas and what they decided (issue 9); a default for older files. */
  sessions: sessionsSchema,
  /**
   * The language the project's own text is in (its notes, names and titles), when the facilitator
   * has said: the editors mark the boards with it and the report tags the text with it. Absent:
   * not said, and the report asks (issue 12). An item in another language has its own `lang`.
   */
  language: z
    .enum(textLanguages)
    .optional()
    .meta({ description: "BCP 47 tag of the project's own text; absent: not set." }),
});
/**
 * A project. `sessions` is optional in the type because database rows and literals made before
 * facilitation have none; a parsed file always has them. Read them with `sessionsOf()`.
 */
export type Project = Omit<z.infer<typeof projectSchema>, 'sessions'> & { sessions?: WorkshopSession[] };

/** The fields a user edits on the project overview. */
export type ProjectFields = Pick<
  Project,
  | 'title'
  | 'organisation'
  | 'goal'
  | 'startDate'
  | 'endDate'
  | 'facilitators'
  | 'participants'
  | 'sessions'
  | 'language'
>;
