import { describe, expect, it } from 'vitest';
import {
  computeSchedule,
  formatClockTime,
  formatHoursMinutes,
  formatSeconds,
  parseClockTime,
} from '../../../shared/facilitation';
import { block, breakBlock, session } from './helpers';

describe('agenda schedule', () => {
  it('starts each block where the durations before it end, from the session start', () => {
    const s = computeSchedule(session([block('a', 10), block('b', 30), breakBlock('c', 'Tauko', 15), block('d', 5)]));
    expect(s.onClock).toBe(true);
    expect(s.rows.map((r) => [formatClockTime(r.startMinute), formatClockTime(r.endMinute)])).toEqual([
      ['09:00', '09:10'],
      ['09:10', '09:40'],
      ['09:40', '09:55'],
      ['09:55', '10:00'],
    ]);
    expect(s.plannedMinutes).toBe(60);
    expect(formatClockTime(s.endMinute)).toBe('10:00');
  });

  it('counts from zero when the session has no start time', () => {
    const s = computeSchedule(session([block('a', 45), block('b', 30)], ''));
    expect(s.onClock).toBe(false);
    expect(s.rows.map((r) => formatHoursMinutes(r.startMinute))).toEqual(['0:00', '0:45']);
    expect(formatHoursMinutes(s.plannedMinutes)).toBe('1:15');
  });

  it('wraps past midnight', () => {
    const s = computeSchedule(session([block('a', 90)], '23:30'));
    expect(formatClockTime(s.rows[0]?.endMinute ?? -1)).toBe('01:00');
  });

  it('an empty agenda has no time at all', () => {
    const s = computeSchedule(session([]));
    expect(s).toMatchObject({ rows: [], plannedMinutes: 0, actualSeconds: 0, differenceSeconds: 0 });
  });

  it('puts actual time next to planned, per block and in total over the blocks that were run', () => {
    const s = computeSchedule(session([block('a', 10, 12 * 60 + 30), block('b', 30, 25 * 60), block('c', 20)]));
    expect(s.rows.map((r) => [r.actualSeconds, r.differenceSeconds])).toEqual([
      [750, 150],
      [1500, -300],
      [null, null],
    ]);
    expect(s.actualSeconds).toBe(2250);
    expect(s.plannedMinutesOfRun).toBe(40);
    expect(s.differenceSeconds).toBe(-150);
    // Planned start times never move with the actual times.
    expect(s.rows.map((r) => r.startMinute - s.startMinute)).toEqual([0, 10, 40]);
  });

  it('reads and writes clock times', () => {
    expect(parseClockTime('08:05')).toBe(485);
    expect(parseClockTime('')).toBeNull();
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('8:05')).toBeNull();
    expect(formatClockTime(-10)).toBe('23:50');
    expect(formatSeconds(75)).toBe('1:15');
    expect(formatSeconds(-5)).toBe('-0:05');
    expect(formatSeconds(3599)).toBe('59:59');
    expect(formatSeconds(3600)).toBe('1:00:00');
    expect(formatSeconds(-8590)).toBe('-2:23:10');
  });
});
