import type { AgendaBlock } from '../model';

/**
 * The run of a session as a state machine over an injected clock: every event carries `now`
 * (milliseconds, from whatever clock the caller trusts), so nothing here waits or reads the time.
 */
export interface TimerState {
  /** The current block; null before the start and after the last block. */
  blockId: string | null;
  status: 'idle' | 'running' | 'paused' | 'finished';
  /** Time spent on the current block before the last start or resume. */
  elapsedMs: number;
  /** The clock reading when the timer last started or resumed; null unless running. */
  since: number | null;
  /** Minutes added or taken away during this run of the block; the agenda keeps its plan. */
  extraMinutes: number;
}

export type TimerEvent =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'adjust'; minutes: number }
  | { type: 'next'; now: number };

/** A block's real duration, to be kept in the agenda when the facilitator moves on. */
export interface RecordedDuration {
  blockId: string;
  seconds: number;
  endedAt: number;
}

export const IDLE_TIMER: TimerState = { blockId: null, status: 'idle', elapsedMs: 0, since: null, extraMinutes: 0 };

const MAX_RECORDED_SECONDS = 86_400;

type Blocks = readonly Pick<AgendaBlock, 'id' | 'minutes'>[];

export function elapsedMs(state: TimerState, now: number): number {
  return state.elapsedMs + (state.since === null ? 0 : Math.max(0, now - state.since));
}

/** What a face of the timer shows at `now`. */
export interface TimerView {
  blockIndex: number;
  elapsedMs: number;
  /** The block's time for this run: planned plus the minutes added or taken away. */
  allowedMs: number;
  /** Negative once over time. */
  remainingMs: number;
  timeUp: boolean;
}

export function timerView(state: TimerState, blocks: Blocks, now: number): TimerView {
  const blockIndex = blocks.findIndex((b) => b.id === state.blockId);
  const block = blocks[blockIndex];
  const allowedMs = block ? Math.max(0, block.minutes + state.extraMinutes) * 60_000 : 0;
  const spent = elapsedMs(state, now);
  const remainingMs = allowedMs - spent;
  return { blockIndex, elapsedMs: spent, allowedMs, remainingMs, timeUp: block !== undefined && remainingMs <= 0 };
}

/** True when the current block's time ran out between two clock readings: when to give the cue, once. */
export function timeRanOut(state: TimerState, blocks: Blocks, before: number, now: number): boolean {
  return !timerView(state, blocks, before).timeUp && timerView(state, blocks, now).timeUp;
}

/**
 * Applies one event. Moving on records the block's real duration (if it ran at all) and starts
 * the next block at once if the timer was running; after the last block the run is finished.
 */
export function stepTimer(
  state: TimerState,
  event: TimerEvent,
  blocks: Blocks,
): { state: TimerState; recorded: RecordedDuration | null } {
  const unchanged = { state, recorded: null };
  const current = blocks.findIndex((b) => b.id === state.blockId);
  switch (event.type) {
    case 'start': {
      if (state.status === 'paused') return stepTimer(state, { type: 'resume', now: event.now }, blocks);
      if (state.status === 'running') return unchanged;
      // From idle or finished: from the top.
      const first = blocks[0];
      if (!first) return unchanged;
      return {
        state: { blockId: first.id, status: 'running', elapsedMs: 0, since: event.now, extraMinutes: 0 },
        recorded: null,
      };
    }
    case 'pause':
      if (state.status !== 'running') return unchanged;
      return {
        state: { ...state, status: 'paused', elapsedMs: elapsedMs(state, event.now), since: null },
        recorded: null,
      };
    case 'resume':
      if (state.status !== 'paused') return unchanged;
      return { state: { ...state, status: 'running', since: event.now }, recorded: null };
    case 'adjust': {
      if (current < 0) return unchanged;
      const planned = blocks[current]?.minutes ?? 0;
      // Never below no time at all; never beyond a day.
      const extraMinutes = Math.min(1_440 - planned, Math.max(-planned, state.extraMinutes + event.minutes));
      return { state: { ...state, extraMinutes }, recorded: null };
    }
    case 'next': {
      if (current < 0) return unchanged;
      const spent = elapsedMs(state, event.now);
      const recorded =
        spent > 0
          ? {
              blockId: state.blockId as string,
              seconds: Math.min(MAX_RECORDED_SECONDS, Math.round(spent / 1000)),
              endedAt: event.now,
            }
          : null;
      const following = blocks[current + 1];
      if (!following) {
        return { state: { ...IDLE_TIMER, status: 'finished' }, recorded };
      }
      const running = state.status === 'running';
      return {
        state: {
          blockId: following.id,
          status: running ? 'running' : 'paused',
          elapsedMs: 0,
          since: running ? event.now : null,
          extraMinutes: 0,
        },
        recorded,
      };
    }
  }
}

/**
 * A stored state made safe for the agenda as it is now: a block deleted during the run puts the
 * timer back to idle rather than showing nothing.
 */
export function reconcileTimer(state: TimerState, blocks: Blocks): TimerState {
  if (state.blockId !== null && !blocks.some((b) => b.id === state.blockId)) return IDLE_TIMER;
  return state;
}
