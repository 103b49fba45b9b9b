import { z } from '../model/zod';
import type { TimerState } from './timer';

/** A stored timer state is read back through this: storage is outside the type system. */
export const timerStateSchema = z.object({
  blockId: z.string().min(1).max(100).nullable(),
  status: z.enum(['idle', 'running', 'paused', 'finished']),
  elapsedMs: z.number().finite().min(0),
  since: z.number().finite().nullable(),
  extraMinutes: z.number().int().min(-1_440).max(1_440),
}) satisfies z.ZodType<TimerState>;
