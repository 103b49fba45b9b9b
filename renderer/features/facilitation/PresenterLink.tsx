import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { hrefFor } from '../../app/router';

/**
 * Opens the presenter view: in the browser a second tab (same origin, so it follows the run
 * through the database); in the desktop app, which opens no second window yet, this window.
 */
export function PresenterLink({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const href = hrefFor({ name: 'present', projectId, sessionId });
  return platform.kind === 'browser' ? (
    <a className="button" href={href} target="_blank" rel="noopener">
      {t('facilitation.presenterNewTab')}
    </a>
  ) : (
    <a className="button" href={href}>
      {t('facilitation.presenter')}
    </a>
  );
}
