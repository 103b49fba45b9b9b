import { describe, expect, it } from 'vitest';
import {
  IDLE_TIMER,
  reconcileTimer,
  stepTimer,
  timeRanOut,
  timerView,
  type TimerEvent,
  type TimerState,
} from '../../../shared/facilitation';
import { block } from './helpers';

const blocks = [block('a', 10), block('b', 5), block('c', 1)];
const MIN = 60_000;

/** Runs events from idle and returns the final state and every recorded duration. */
function run(events: TimerEvent[], from: TimerState = IDLE_TIMER) {
  let state = from;
  const recorded = [];
  for (const event of events) {
    const step = stepTimer(state, event, blocks);
    state = step.state;
    if (step.recorded) recorded.push(step.recorded);
  }
  return { state, recorded };
}

describe('session timer', () => {
  it('starts at the first block and counts down with the injected clock', () => {
    const { state } = run([{ type: 'start', now: 1_000 }]);
    expect(state).toMatchObject({ blockId: 'a', status: 'running' });
    const view = timerView(state, blocks, 1_000 + 3 * MIN);
    expect(view).toMatchObject({ blockIndex: 0, elapsedMs: 3 * MIN, allowedMs: 10 * MIN, remainingMs: 7 * MIN });
    expect(view.timeUp).toBe(false);
  });

  it('does not count while paused, and counts again after resume', () => {
    const { state } = run([
      { type: 'start', now: 0 },
      { type: 'pause', now: 2 * MIN },
      { type: 'resume', now: 50 * MIN },
    ]);
    expect(timerView(state, blocks, 50 * MIN).elapsedMs).toBe(2 * MIN);
    expect(timerView(state, blocks, 51 * MIN).elapsedMs).toBe(3 * MIN);
    // A paused timer's face does not move.
    const paused = run([
      { type: 'start', now: 0 },
      { type: 'pause', now: MIN },
    ]).state;
    expect(timerView(paused, blocks, 99 * MIN).remainingMs).toBe(9 * MIN);
  });

  it('start on a paused timer resumes it; repeated events are harmless', () => {
    const { state } = run([
      { type: 'start', now: 0 },
      { type: 'start', now: MIN },
      { type: 'pause', now: 2 * MIN },
      { type: 'pause', now: 3 * MIN },
      { type: 'start', now: 4 * MIN },
      { type: 'resume', now: 5 * MIN },
    ]);
    expect(state).toMatchObject({ blockId: 'a', status: 'running', since: 4 * MIN, elapsedMs: 2 * MIN });
  });

  it('adds and removes minutes for this run only, never below zero', () => {
    const { state } = run([
      { type: 'start', now: 0 },
      { type: 'adjust', minutes: 1 },
      { type: 'adjust', minutes: 1 },
      { type: 'adjust', minutes: -1 },
    ]);
    expect(timerView(state, blocks, 0).allowedMs).toBe(11 * MIN);
    const many = run(
      Array.from({ length: 30 }, (): TimerEvent => ({ type: 'adjust', minutes: -1 })),
      state,
    ).state;
    expect(timerView(many, blocks, 0).allowedMs).toBe(0);
    expect(timerView(many, blocks, 0).timeUp).toBe(true);
    // Adjusting before the start does nothing.
    expect(run([{ type: 'adjust', minutes: 1 }]).state).toEqual(IDLE_TIMER);
  });

  it('detects time up once, at the moment it runs out, and goes on counting over time', () => {
    const { state } = run([{ type: 'start', now: 0 }]);
    expect(timeRanOut(state, blocks, 9 * MIN, 10 * MIN - 1)).toBe(false);
    expect(timeRanOut(state, blocks, 10 * MIN - 1, 10 * MIN)).toBe(true);
    expect(timeRanOut(state, blocks, 10 * MIN, 11 * MIN)).toBe(false);
    expect(timerView(state, blocks, 12 * MIN)).toMatchObject({ timeUp: true, remainingMs: -2 * MIN });
    // A minute added after time was up gives time back.
    const more = run([{ type: 'adjust', minutes: 3 }], state).state;
    expect(timerView(more, blocks, 12 * MIN)).toMatchObject({ timeUp: false, remainingMs: MIN });
  });

  it('moving on records the real duration of the block and starts the next one at once', () => {
    const { state, recorded } = run([
      { type: 'start', now: 0 },
      { type: 'pause', now: 4 * MIN },
      { type: 'resume', now: 6 * MIN },
      { type: 'next', now: 13 * MIN + 400 },
    ]);
    expect(recorded).toEqual([{ blockId: 'a', seconds: 660, endedAt: 13 * MIN + 400 }]);
    expect(state).toMatchObject({
      blockId: 'b',
      status: 'running',
      elapsedMs: 0,
      since: 13 * MIN + 400,
      extraMinutes: 0,
    });
  });

  it('a paused timer moves on paused; a block never started records nothing', () => {
    const paused = run([
      { type: 'start', now: 0 },
      { type: 'pause', now: MIN },
      { type: 'next', now: 2 * MIN },
    ]);
    expect(paused.state).toMatchObject({ blockId: 'b', status: 'paused', elapsedMs: 0 });
    const skipped = run([{ type: 'next', now: 3 * MIN }], paused.state);
    expect(skipped.recorded).toEqual([]);
    expect(skipped.state.blockId).toBe('c');
  });

  it('finishes after the last block, and start begins again from the top', () => {
    const { state, recorded } = run([
      { type: 'start', now: 0 },
      { type: 'next', now: 10 * MIN },
      { type: 'next', now: 15 * MIN },
      { type: 'next', now: 17 * MIN },
      { type: 'next', now: 18 * MIN },
    ]);
    expect(recorded.map((r) => [r.blockId, r.seconds])).toEqual([
      ['a', 600],
      ['b', 300],
      ['c', 120],
    ]);
    expect(state).toMatchObject({ status: 'finished', blockId: null });
    expect(timerView(state, blocks, 20 * MIN)).toMatchObject({ blockIndex: -1, timeUp: false });
    expect(run([{ type: 'start', now: 30 * MIN }], state).state).toMatchObject({ blockId: 'a', status: 'running' });
  });

  it('an empty agenda cannot start', () => {
    expect(stepTimer(IDLE_TIMER, { type: 'start', now: 0 }, []).state).toEqual(IDLE_TIMER);
  });

  it('a block deleted during the run puts the timer back to idle', () => {
    const { state } = run([{ type: 'start', now: 0 }]);
    expect(reconcileTimer(state, blocks)).toBe(state);
    expect(reconcileTimer(state, blocks.slice(1))).toEqual(IDLE_TIMER);
  });
});
