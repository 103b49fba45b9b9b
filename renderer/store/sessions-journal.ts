import type { SessionEdit } from '../../shared/facilitation';
import type { KarttaDB } from './db';
import { journalledIds } from './journal-keys';
import { editSessions } from './sessions-repo';

/**
 * A write-ahead journal for session edits, like edit-journal.ts for the project form: each edit
 * is written synchronously to localStorage before the database write and removed once that
 * committed, so what was typed just before a reload is replayed. Edits are absolute (ids and
 * positions), so replaying one that had already been stored does no harm.
 */
const PREFIX = 'kartta.journal.sessions.';

interface Entry {
  token: string;
  edit: SessionEdit;
}

let counter = 0;

function read(projectId: string): Entry[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PREFIX + projectId) ?? '[]');
    return Array.isArray(value) ? (value as Entry[]) : [];
  } catch {
    return [];
  }
}

function write(projectId: string, entries: Entry[]): void {
  try {
    if (entries.length === 0) localStorage.removeItem(PREFIX + projectId);
    else localStorage.setItem(PREFIX + projectId, JSON.stringify(entries));
  } catch {
    // A full localStorage must not block the real write; the journal is only a safety net.
  }
}

/** Writes one edit through the journal: what the session screens call on every change. */
export async function saveSessionEdit(db: KarttaDB, projectId: string, edit: SessionEdit): Promise<void> {
  const token = `${Date.now()}-${counter++}`;
  write(projectId, [...read(projectId), { token, edit }]);
  try {
    await editSessions(db, projectId, [edit]);
  } finally {
    // A refused edit is not replayed either: it would be refused again.
    write(
      projectId,
      read(projectId).filter((e) => e.token !== token),
    );
  }
}

/**
 * Writes what an earlier page journalled but could not confirm, before a session screen reads
 * the project. Edits that no longer apply (a malformed entry, a deleted project) are dropped.
 */
export async function replaySessionJournal(db: KarttaDB, projectId: string): Promise<number> {
  const entries = read(projectId);
  if (entries.length === 0) return 0;
  write(projectId, []);
  try {
    await editSessions(
      db,
      projectId,
      entries.map((e) => e.edit),
    );
    return entries.length;
  } catch {
    return 0;
  }
}

/**
 * At start, before anything reads a project: every project's journalled session edits, so a
 * backup or an export made before the session screen is opened has them too.
 */
export async function replaySessionJournals(db: KarttaDB): Promise<number> {
  let replayed = 0;
  for (const id of journalledIds(PREFIX)) replayed += await replaySessionJournal(db, id);
  return replayed;
}
