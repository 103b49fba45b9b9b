import type { AgendaBlock, WorkshopSession } from '../../../shared/model';
import { blankBlock, breakBlock, newSession } from '../../../shared/facilitation';

/** A block of `minutes`, optionally already run for `actualSeconds`. */
export function block(id: string, minutes: number, actualSeconds?: number): AgendaBlock {
  return {
    ...blankBlock(id, `Block ${id}`, minutes),
    actual: actualSeconds === undefined ? null : { seconds: actualSeconds, endedAt: '2026-03-10T09:00:00.000Z' },
  };
}

export function session(blocks: AgendaBlock[], startTime = '09:00'): WorkshopSession {
  return { ...newSession('s1', 'Työpaja 1'), startTime, blocks };
}

export { breakBlock };
