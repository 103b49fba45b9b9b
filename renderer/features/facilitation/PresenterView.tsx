import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatSeconds, timerView } from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';
import { useServices } from '../../app/context';
import { hrefFor } from '../../app/router';
import type { ProjectRow } from '../../store/db';
import { useClock } from './use-clock';
import { useRunState } from './use-run-state';
import { isPresenterWindowSearch } from '../../platform/presenter-platform';

/**
 * A clean, large view of the current block and its timer for a projector. It only reads: the
 * run view (in another tab, or this window before) steps the timer, and Dexie's live queries
 * bring every change here, also from another tab.
 */
export function PresenterView({ project, session }: { project: ProjectRow; session: WorkshopSession }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { state } = useRunState(project.id, session);
  const now = useClock(state.status === 'running');
  const view = timerView(state, session.blocks, now);
  const block = session.blocks[view.blockIndex];
  const following = session.blocks[view.blockIndex + 1];
  const board = useLiveQuery(
    async () => (block?.boardId ? await db.boards.get(block.boardId) : undefined),
    [db, block?.boardId],
  );
  const [fullScreen, setFullScreen] = useState(false);
  const inPresenterWindow = isPresenterWindowSearch(window.location.search);
  useEffect(() => {
    const update = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const untitled = t('facilitation.untitledBlock');

  return (
    <main id="main" className={`presenter${view.timeUp ? ' is-time-up' : ''}`}>
      <header className="presenter-bar">
        <span>{session.title || t('facilitation.untitledSession')}</span>
        {!fullScreen && (
          <span className="presenter-tools">
            <button
              type="button"
              className="button button-small"
              onClick={() => void document.documentElement.requestFullscreen()}
            >
              {t('facilitation.fullScreen')}
            </button>
            {/* Not in the desktop app's presenter window: the run view belongs in the main window. */}
            {!inPresenterWindow && (
              <a
                className="button button-small"
                href={hrefFor({ name: 'run', projectId: project.id, sessionId: session.id })}
              >
                {t('facilitation.toRunView')}
              </a>
            )}
          </span>
        )}
      </header>
      {block ? (
        <>
          <p className="presenter-step">
            {t('facilitation.blockOf', { n: view.blockIndex + 1, count: session.blocks.length })}
          </p>
          <h1 className="presenter-title">{block.title || untitled}</h1>
          <p className="presenter-timer" role="timer" aria-label={t('facilitation.timeLeft')}>
            {formatSeconds(Math.ceil(view.remainingMs / 1000))}
          </p>
          {view.timeUp && <p className="presenter-time-up">{t('facilitation.timeUp')}</p>}
          {board && !board.deletedAt && board.projectId === project.id && (
            <p className="presenter-board">
              {t('facilitation.boardInUse', { title: board.title || t(`boards.untitled.${board.kind}`) })}
            </p>
          )}
          {block.instructions && <p className="presenter-instructions">{block.instructions}</p>}
          {following && (
            <p className="presenter-next">{t('facilitation.upNext', { title: following.title || untitled })}</p>
          )}
        </>
      ) : (
        <h1 className="presenter-title">
          {state.status === 'finished' ? t('facilitation.thanks') : t('facilitation.startsSoon')}
        </h1>
      )}
    </main>
  );
}
