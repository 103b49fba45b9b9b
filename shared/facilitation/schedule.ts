import type { AgendaBlock, WorkshopSession } from '../model';

const MINUTES_PER_DAY = 1_440;

/** A block placed on the clock: minutes from midnight when the session has a start time, else from its start. */
export interface ScheduledBlock {
  block: AgendaBlock;
  startMinute: number;
  endMinute: number;
  /** Recorded duration in seconds, or null if the block has not been run. */
  actualSeconds: number | null;
  /** Actual minus planned, in seconds; null if not run. */
  differenceSeconds: number | null;
}

export interface Schedule {
  rows: ScheduledBlock[];
  /** True when times are clock times (the session has a start time), false when offsets from the start. */
  onClock: boolean;
  startMinute: number;
  endMinute: number;
  plannedMinutes: number;
  /** Sum of the recorded durations of the blocks that were run. */
  actualSeconds: number;
  /** Planned minutes of the blocks that were run: what `actualSeconds` compares with. */
  plannedMinutesOfRun: number;
  /** Actual minus planned over the blocks that were run, in seconds. */
  differenceSeconds: number;
}

/** "HH:MM" to minutes from midnight; null for an empty or malformed time. */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** Minutes from midnight as "HH:MM"; a session running past midnight wraps to the next day. */
export function formatClockTime(minute: number): string {
  const m = ((Math.round(minute) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes as "H:MM": a total, or a time from the start of a session without a start time. */
export function formatHoursMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** Seconds as "M:SS", from an hour "H:MM:SS" (or with "-" over time): the timer's face and recorded durations. */
export function formatSeconds(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(Math.trunc(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const minutes = Math.floor(s / 60);
  return s >= 3600
    ? `${sign}${Math.floor(s / 3600)}:${pad(minutes % 60)}:${pad(s % 60)}`
    : `${sign}${minutes}:${pad(s % 60)}`;
}

/**
 * Each block's start and end from the session's start time and the planned durations before it,
 * the planned total, and recorded against planned time per block and in total.
 */
export function computeSchedule(session: Pick<WorkshopSession, 'startTime' | 'blocks'>): Schedule {
  const clockStart = parseClockTime(session.startTime);
  const startMinute = clockStart ?? 0;
  let at = startMinute;
  let actualSeconds = 0;
  let plannedMinutesOfRun = 0;
  const rows = session.blocks.map((block): ScheduledBlock => {
    const row: ScheduledBlock = {
      block,
      startMinute: at,
      endMinute: at + block.minutes,
      actualSeconds: block.actual?.seconds ?? null,
      differenceSeconds: block.actual ? block.actual.seconds - block.minutes * 60 : null,
    };
    at += block.minutes;
    if (block.actual) {
      actualSeconds += block.actual.seconds;
      plannedMinutesOfRun += block.minutes;
    }
    return row;
  });
  return {
    rows,
    onClock: clockStart !== null,
    startMinute,
    endMinute: at,
    plannedMinutes: at - startMinute,
    actualSeconds,
    plannedMinutesOfRun,
    differenceSeconds: actualSeconds - plannedMinutesOfRun * 60,
  };
}
