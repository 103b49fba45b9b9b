import { reportLogoKey } from './report-logo';
import { markProjectTouched } from './touched-projects';
import { newId, nowIso, type ProjectFields } from '../../shared/model';
import { titleKey, type KarttaDB, type ProjectRow } from './db';

export type ProjectSort = 'updated' | 'title' | 'created';

export interface ProjectListItem {
  project: ProjectRow;
  boardCount: number;
}

/** Live projects (not deleted), filtered by a search text and sorted. */
export async function listProjects(
  db: KarttaDB,
  query = '',
  sort: ProjectSort = 'updated',
): Promise<ProjectListItem[]> {
  const needle = query.trim().toLocaleLowerCase();
  const rows = await db.projects.filter((p) => !p.deletedAt).toArray();
  const matching = needle
    ? rows.filter((p) => [p.title, p.organisation, p.goal].some((text) => text.toLocaleLowerCase().includes(needle)))
    : rows;
  const sorted = matching.sort((a, b) => {
    if (sort === 'title') return a.titleKey.localeCompare(b.titleKey) || a.id.localeCompare(b.id);
    const key = sort === 'created' ? 'createdAt' : 'updatedAt';
    return b[key].localeCompare(a[key]);
  });
  const boards = await db.boards.filter((b) => !b.deletedAt).toArray();
  const counts = new Map<string, number>();
  for (const b of boards) counts.set(b.projectId, (counts.get(b.projectId) ?? 0) + 1);
  return sorted.map((project) => ({ project, boardCount: counts.get(project.id) ?? 0 }));
}

export async function listDeletedProjects(db: KarttaDB): Promise<ProjectRow[]> {
  const rows = await db.projects.filter((p) => Boolean(p.deletedAt)).toArray();
  return rows.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

export async function createProject(db: KarttaDB, title: string): Promise<ProjectRow> {
  const now = nowIso();
  const row: ProjectRow = {
    id: newId(),
    title,
    titleKey: titleKey(title),
    organisation: '',
    goal: '',
    startDate: '',
    endDate: '',
    facilitators: [],
    participants: [],
    createdAt: now,
    updatedAt: now,
  };
  await db.projects.add(row);
  return row;
}

/** Writes the fields a user changed, at once (no debounce: nothing typed may be lost). */
export async function updateProject(db: KarttaDB, id: string, fields: Partial<ProjectFields>): Promise<void> {
  const changes: Partial<ProjectRow> = { ...fields, updatedAt: nowIso() };
  if (fields.title !== undefined) changes.titleKey = titleKey(fields.title);
  const updated = await db.projects.update(id, changes);
  if (updated === 0) throw new Error(`project ${id} not found`);
  markProjectTouched(id);
}

/** Soft delete: the project and its boards stay until purged, so Undo and Restore can bring them back. */
export async function deleteProject(db: KarttaDB, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: nowIso() });
}

export async function restoreProject(db: KarttaDB, id: string): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(id);
    if (!row) return;
    delete row.deletedAt;
    await db.projects.put(row);
  });
}

/** Removes projects deleted longer ago than the retention period, with their boards and documents. */
export async function purgeDeletedProjects(db: KarttaDB, olderThanDays = 30, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000).toISOString();
  const old = await db.projects.filter((p) => Boolean(p.deletedAt) && (p.deletedAt ?? '') < cutoff).toArray();
  const ids = old.map((p) => p.id);
  // Boards deleted on their own (Undo offered, then the notice went) go after the same period.
  const oldBoards = await db.boards.filter((b) => Boolean(b.deletedAt) && (b.deletedAt ?? '') < cutoff).primaryKeys();
  if (ids.length === 0 && oldBoards.length === 0) return 0;
  await db.transaction('rw', [db.projects, db.boards, db.attachments, db.meta], async () => {
    await db.boards.where('projectId').anyOf(ids).delete();
    await db.attachments.where('projectId').anyOf(ids).delete();
    await db.meta.bulkDelete(ids.map(reportLogoKey));
    await db.boards.bulkDelete(oldBoards);
    await db.projects.bulkDelete(ids);
  });
  return ids.length;
}
