import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSeconds, timerView, type TimerState } from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';
import { useClock } from './use-clock';
import { useTimeUpCue } from './use-time-up-cue';
import type { TimerCommand } from './use-run-state';

type Step = (command: TimerCommand) => unknown;

/**
 * The current block and its countdown with the facilitator's controls. The face is not a live
 * region (it would speak every second); time up and the change of block are announced politely.
 */
export function TimerPanel({ session, state, step }: { session: WorkshopSession; state: TimerState; step: Step }) {
  const { t } = useTranslation();
  const [sound, setSound] = useState(false);
  const now = useClock(state.status === 'running');
  const view = timerView(state, session.blocks, now);
  const block = session.blocks[view.blockIndex];
  const last = view.blockIndex === session.blocks.length - 1;
  useTimeUpCue(state.blockId, view.timeUp, sound);
  const remaining = Math.ceil(view.remainingMs / 1000);
  const title = block ? block.title || t('facilitation.untitledBlock') : '';

  return (
    <section className={`panel timer-panel${view.timeUp ? ' is-time-up' : ''}`} aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="eyebrow">
        {state.status === 'finished'
          ? t('facilitation.finished')
          : block
            ? t('facilitation.blockOf', { n: view.blockIndex + 1, count: session.blocks.length })
            : t('facilitation.notStarted')}
      </h2>
      {block && <p className="timer-block-title">{title}</p>}
      {block && (
        <p className="timer-face" role="timer" aria-label={t('facilitation.timeLeft')}>
          {formatSeconds(remaining)}
        </p>
      )}
      {view.timeUp && (
        <p className="timer-time-up" aria-hidden="true">
          {t('facilitation.timeUp')}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {view.timeUp ? t('facilitation.timeUpFor', { title }) : block ? t('facilitation.nowRunning', { title }) : ''}
      </p>
      <div className="button-row timer-controls">
        {state.status === 'running' ? (
          <button type="button" className="button button-primary" onClick={() => void step({ type: 'pause' })}>
            {t('facilitation.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={session.blocks.length === 0}
            onClick={() => void step({ type: 'start' })}
          >
            {state.status === 'paused'
              ? t('facilitation.resume')
              : state.status === 'finished'
                ? t('facilitation.startAgain')
                : t('facilitation.start')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={!block}
          onClick={() => void step({ type: 'adjust', minutes: -1 })}
        >
          {t('facilitation.minusMinute')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!block}
          onClick={() => void step({ type: 'adjust', minutes: 1 })}
        >
          {t('facilitation.plusMinute')}
        </button>
        <button type="button" className="button" disabled={!block} onClick={() => void step({ type: 'next' })}>
          {last ? t('facilitation.finish') : t('facilitation.next')}
        </button>
        <label className="checkbox-field">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
          {t('facilitation.sound')}
        </label>
      </div>
      {block && (block.purpose || block.instructions) && (
        <div className="timer-notes">
          {block.purpose && <p>{block.purpose}</p>}
          {block.instructions && <p className="muted">{block.instructions}</p>}
        </div>
      )}
    </section>
  );
}
