import { useMemo } from 'react';
import { lockedNoteIds, type CanvasContent } from '../../../shared/model';
import { useLockHint } from '../boards/use-lock-hint';

/** The board's lock, and the notes locked themselves or by their section. */
export interface CanvasLocks {
  board: boolean;
  notes: ReadonlySet<string>;
}
export type LockHint = ReturnType<typeof useLockHint>['hint'];
export type LockGuard = ReturnType<typeof useLockHint>['guard'];

/** Facilitator locks (issue 9): what cannot move or be deleted, and the reason said once per try. */
export function useCanvasLocks(content: CanvasContent) {
  const boardLocked = content.locked === true;
  const locks = useMemo<CanvasLocks>(
    () => ({ board: boardLocked, notes: lockedNoteIds(content) }),
    [boardLocked, content],
  );
  const { hint, guard } = useLockHint();
  return { boardLocked, locks, hint, guard };
}
