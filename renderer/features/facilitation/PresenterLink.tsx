import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { hrefFor, navigate } from '../../app/router';

/**
 * Opens the presenter view: in the desktop app its own window (on the projector when there is
 * one); in the browser a second tab. Either way it follows the run through the database.
 */
export function PresenterLink({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const route = { name: 'present', projectId, sessionId } as const;
  const presenter = platform.presenter;
  if (presenter) {
    // If main cannot open the window (an id it refuses), show the view here, full screen on demand.
    const open = () => void presenter.open(projectId, sessionId).catch(() => navigate(route));
    return (
      <button type="button" className="button" onClick={open}>
        {t('facilitation.presenter')}
      </button>
    );
  }
  return platform.kind === 'browser' ? (
    <a className="button" href={hrefFor(route)} target="_blank" rel="noopener">
      {t('facilitation.presenterNewTab')}
    </a>
  ) : (
    <a className="button" href={hrefFor(route)}>
      {t('facilitation.presenter')}
    </a>
  );
}
