import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionEdit } from '../../../shared/facilitation';
import { sessionsOf, type WorkshopSession } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import type { ProjectRow } from '../../store/db';
import { replaySessionJournal, saveSessionEdit } from '../../store/sessions-journal';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; value: T };

/**
 * A project's row, live (edits from this tab and others show at once), after replaying session
 * edits an earlier page journalled but could not store.
 */
export function useProjectRow(projectId: string): Loaded<ProjectRow> {
  const { db } = useServices();
  const [replayed, setReplayed] = useState(false);
  useEffect(() => {
    let live = true;
    void replaySessionJournal(db, projectId).finally(() => live && setReplayed(true));
    return () => {
      live = false;
    };
  }, [db, projectId]);
  const row = useLiveQuery(
    async () => (replayed ? ((await db.projects.get(projectId)) ?? null) : undefined),
    [db, projectId, replayed],
  );
  if (row === undefined) return { state: 'loading' };
  if (row === null || row.deletedAt) return { state: 'missing' };
  return { state: 'ready', value: row };
}

/** Writes one edit of the project's sessions at once, through the journal, with the saving indicator. */
export function useSessionEdit(projectId: string) {
  const { db } = useServices();
  const write = useWrite();
  return useCallback((edit: SessionEdit) => write(saveSessionEdit(db, projectId, edit)), [db, projectId, write]);
}

export function findSession(row: ProjectRow, sessionId: string): WorkshopSession | undefined {
  return sessionsOf(row).find((s) => s.id === sessionId);
}
