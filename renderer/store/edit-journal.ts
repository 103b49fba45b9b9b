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

function read(projectId: string): Pending {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + projectId) ?? '{}') as Pending;
  } catch {
    return {};
  }
}

/** Records a change before it is written to the database; returns a token for `settle`. */
function journalChange(projectId: string, fields: Pending): string {
  const merged = JSON.stringify({ ...read(projectId), ...fields });
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
      await updateProject(db, projectId, parsed.data);
      replayed++;
    }
    dropChange(projectId);
  }
  return replayed;
}
