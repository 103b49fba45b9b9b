import { useTranslation } from 'react-i18next';
import type { WorkshopSession } from '../../../shared/model';
import type { ProjectRow } from '../../store/db';
import { AgendaProgress } from './AgendaProgress';
import { CapturePanel } from './CapturePanel';
import { CapturedItems } from './CapturedItems';
import { PresenterLink } from './PresenterLink';
import { TimerPanel } from './TimerPanel';
import { useRunState } from './use-run-state';

/** Running a session: the timer, the rest of the agenda, and quick capture linked to the current block. */
export function RunSession({ project, session }: { project: ProjectRow; session: WorkshopSession }) {
  const { t } = useTranslation();
  const { state, step } = useRunState(project.id, session);
  return (
    <>
      <p className="eyebrow">{t('facilitation.runEyebrow')}</p>
      <h1>{session.title || t('facilitation.untitledSession')}</h1>
      <div className="button-row session-actions">
        <PresenterLink projectId={project.id} sessionId={session.id} />
      </div>
      <div className="run-layout">
        <div className="run-main">
          <TimerPanel session={session} state={state} step={step} />
          <CapturePanel projectId={project.id} session={session} currentBlockId={state.blockId} />
          <CapturedItems projectId={project.id} session={session} />
        </div>
        <AgendaProgress session={session} currentBlockId={state.blockId} />
      </div>
    </>
  );
}
