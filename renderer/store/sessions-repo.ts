import { applySessionEdit, type SessionEdit } from '../../shared/facilitation';
import { sessionProblems, sessionsOf, sessionsSchema, type WorkshopSession } from '../../shared/model';
import type { KarttaDB } from './db';
import { updateProject } from './projects-repo';

/**
 * Applies edits to a project's sessions in one transaction: the row is read inside it, so two
 * quick edits (a capture while the timer records a duration) never overwrite each other.
 */
export async function editSessions(db: KarttaDB, projectId: string, edits: readonly SessionEdit[]): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(projectId);
    if (!row || row.deletedAt) throw new Error(`project ${projectId} not found`);
    const next = edits.reduce(applySessionEdit, sessionsOf(row) as WorkshopSession[]);
    await updateProject(db, projectId, { sessions: checkedSessions(next) });
  });
}

/** Never store sessions a file could not hold: the export would then refuse its own project. */
function checkedSessions(sessions: WorkshopSession[]): WorkshopSession[] {
  const parsed = sessionsSchema.safeParse(sessions);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid sessions');
  const problem = sessionProblems(parsed.data)[0];
  if (problem) throw new Error(problem.message);
  return parsed.data;
}
