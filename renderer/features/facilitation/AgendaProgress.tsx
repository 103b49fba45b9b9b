import { useTranslation } from 'react-i18next';
import { computeSchedule, formatClockTime, formatHoursMinutes, formatSeconds } from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';

/** The whole agenda beside the timer: planned times, the current block marked, actual next to planned once run. */
export function AgendaProgress({
  session,
  currentBlockId,
}: {
  session: WorkshopSession;
  currentBlockId: string | null;
}) {
  const { t } = useTranslation();
  const schedule = computeSchedule(session);
  const at = (minute: number) => (schedule.onClock ? formatClockTime(minute) : `+${formatHoursMinutes(minute)}`);
  return (
    <section className="panel agenda-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('facilitation.agenda')}</h2>
      <ol className="plain-list progress-list">
        {schedule.rows.map((row) => {
          const current = row.block.id === currentBlockId;
          return (
            <li
              key={row.block.id}
              className={`progress-item${current ? ' is-current' : ''}${row.block.kind === 'break' ? ' is-break' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="progress-time">{at(row.startMinute)}</span>
              <span className="progress-title">{row.block.title || t('facilitation.untitledBlock')}</span>
              <span className="progress-durations">
                {t('facilitation.minutesShort', { count: row.block.minutes })}
                {row.actualSeconds !== null &&
                  ` · ${t('facilitation.actualShort', { time: formatSeconds(row.actualSeconds) })}`}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="agenda-total">
        {t('facilitation.total', { time: formatHoursMinutes(schedule.plannedMinutes) })}
        {schedule.plannedMinutesOfRun > 0 &&
          ` · ${t('facilitation.actualTotal', {
            actual: formatSeconds(schedule.actualSeconds),
            planned: formatHoursMinutes(schedule.plannedMinutesOfRun),
          })}`}
      </p>
    </section>
  );
}
