import type { WorkshopSession } from '../../../shared/model';

/** "Tue 10 Mar 2026, 09:00, Valtuustosali": what there is of a session's date, time and place. */
export function formatSessionWhen(session: WorkshopSession, language: string): string {
  const date = session.date
    ? new Date(`${session.date}T12:00:00Z`).toLocaleDateString(language, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : '';
  return [date, session.startTime, session.place].filter(Boolean).join(', ');
}
