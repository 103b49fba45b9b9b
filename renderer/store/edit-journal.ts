import { projectSchema, type ProjectFields } from '../../shared/model';
import type { KarttaDB } from './db';
import { journalledIds } from './journal-keys';
import { updateProject } from './projects-repo';

/**
 * A write-ahead journal for typed project fields. IndexedDB aborts transactions still running
 * when the page unloads, so text typed just before a reload or a window close could be lost
 * (PITFALLS.md). Each change is also written synchronously to localStorage, cleared once the
 * database write has committed, and replayed at the next start.
 */
const PREFIX = 'kartta.journal.project.';

type Pending = Partial<ProjectFields>;

/**
 * JSON drops `undefined`, and a field the user cleared (the project's language set back to "not
 * set") is written as `undefined`: the journal keeps it as `null` so a replay clears it too.
 */
function read(projectId: string): Pending {
  try {
    const raw = JSON.parse(localStorage.getItem(PREFIX + projectId) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value ?? undefined])) as Pending;
  } catch {
    return {};
  }
}

/** Records a change before it is written to the database; returns a token for `settle`. */
function journalChange(projectId: string, fields: Pending): string {
  const entries = Object.entries({ ...read(projectId), ...fields });
  const merged = JSON.stringify(Object.fromEntries(entries.map(([key, value]) => [key, value ?? null])));
  try {
    localStorage.setItem(PREFIX + projectId, merged);
  } catch {
    // A full localStorage must not block the real write; the journal is only a safety net.
  }
  return merged;
}

/** Clears the journal after the write committed, unless a newer change was journalled since. */
function settleChange(projectId: string, token: string): void {
  if (localStorage.getItem(PREFIX + projectId) === token) localStorage.removeItem(PREFIX + projectId);
}

/** Changes journalled but never confirmed as stored, by project. */
function pendingChanges(): { projectId: string; fields: Pending }[] {
  return journalledIds(PREFIX).map((projectId) => ({ projectId, fields: read(projectId) }));
}

function dropChange(projectId: string): void {
  localStorage.removeItem(PREFIX + projectId);
}

const journalSchema = projectSchema
  .pick({
    title: true,
    organisation: true,
    goal: true,
    startDate: true,
    endDate: true,
    facilitators: true,
    participants: true,
    language: true,
  })
  .partial();

/** Set fields, and cleared ones only where a project may be without them (its language, never its title). */
function storable(fields: Pending): Pending {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key, value]) => value !== undefined || projectSchema.shape[key as keyof Pending].safeParse(undefined).success,
    ),
  );
}

/** Writes project fields through the journal: what the overview form calls on every change. */
export async function saveProjectFields(db: KarttaDB, projectId: string, fields: Pending): Promise<void> {
  const token = journalChange(projectId, fields);
  await updateProject(db, projectId, fields);
  settleChange(projectId, token);
}

/** At start: writes what the last session journalled but could not confirm. Returns how many projects. */
export async function replayJournal(db: KarttaDB): Promise<number> {
  let replayed = 0;
  for (const { projectId, fields } of pendingChanges()) {
    const parsed = journalSchema.safeParse(fields);
    if (parsed.success && (await db.projects.get(projectId))) {
      await updateProject(db, projectId, storable(parsed.data));
      replayed++;
    }
    dropChange(projectId);
  }
  return replayed;
}
