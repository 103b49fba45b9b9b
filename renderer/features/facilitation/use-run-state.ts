import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { reconcileTimer, type TimerState } from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { parseRunState, runKey, stepSessionRun } from '../../store/session-run';

/** A timer event as the UI gives it; the time is read when it is applied. */
export type TimerCommand = { type: 'start' | 'pause' | 'resume' | 'next' } | { type: 'adjust'; minutes: number };

/** The session's timer as stored (live across tabs: the presenter view follows it), and a way to step it. */
export function useRunState(projectId: string, session: WorkshopSession) {
  const { db } = useServices();
  const write = useWrite();
  const stored = useLiveQuery(() => db.meta.get(runKey(projectId, session.id)), [db, projectId, session.id]);
  const state: TimerState = reconcileTimer(parseRunState(stored?.value), session.blocks);
  const step = useCallback(
    (command: TimerCommand) =>
      write(
        stepSessionRun(
          db,
          projectId,
          session.id,
          command.type === 'adjust' ? command : { type: command.type, now: Date.now() },
        ),
      ),
    [db, projectId, session.id, write],
  );
  return { state, step };
}
