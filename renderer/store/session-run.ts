import {
  IDLE_TIMER,
  applySessionEdit,
  reconcileTimer,
  stepTimer,
  timerStateSchema,
  type TimerEvent,
  type TimerState,
} from '../../shared/facilitation';
import { sessionsOf, type WorkshopSession } from '../../shared/model';
import type { KarttaDB } from './db';
import { updateProject } from './projects-repo';

/**
 * The running state of a session's timer lives in the meta table, not in the project: it is the
 * facilitator's, not the file's. Every tab of the app sees it (Dexie's live queries follow writes
 * from other tabs), which is how the presenter view follows the run.
 */
export const runKey = (projectId: string, sessionId: string) => `facilitation.run.${projectId}.${sessionId}`;

/** A stored state, checked; anything unreadable is a timer that has not started. */
export function parseRunState(value: unknown): TimerState {
  const parsed = timerStateSchema.safeParse(value);
  return parsed.success ? parsed.data : IDLE_TIMER;
}

export async function readRunState(db: KarttaDB, projectId: string, sessionId: string): Promise<TimerState> {
  return parseRunState((await db.meta.get(runKey(projectId, sessionId)))?.value);
}

/**
 * One timer event, in one transaction with the agenda it runs: the state moves on and, when a
 * block ends, its real duration is kept in the block.
 */
export async function stepSessionRun(
  db: KarttaDB,
  projectId: string,
  sessionId: string,
  event: TimerEvent,
): Promise<TimerState> {
  return db.transaction('rw', [db.projects, db.meta], async () => {
    const row = await db.projects.get(projectId);
    const sessions = row ? (sessionsOf(row) as WorkshopSession[]) : [];
    const session = sessions.find((s) => s.id === sessionId);
    if (!row || !session) throw new Error(`session ${sessionId} not found`);
    const current = reconcileTimer(await readRunState(db, projectId, sessionId), session.blocks);
    const { state, recorded } = stepTimer(current, event, session.blocks);
    await db.meta.put({ key: runKey(projectId, sessionId), value: state });
    if (recorded) {
      const actual = { seconds: recorded.seconds, endedAt: new Date(recorded.endedAt).toISOString() };
      const next = applySessionEdit(sessions, {
        type: 'update-block',
        sessionId,
        blockId: recorded.blockId,
        fields: { actual },
      });
      await updateProject(db, projectId, { sessions: next });
    }
    return state;
  });
}

/** Back to the start, keeping the durations recorded so far. */
export async function resetSessionRun(db: KarttaDB, projectId: string, sessionId: string): Promise<void> {
  await db.meta.put({ key: runKey(projectId, sessionId), value: IDLE_TIMER });
}
