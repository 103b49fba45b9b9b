import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getSaveState, subscribeSaveState } from '../store/save-status';

export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeSaveState, getSaveState);
  return (
    <span className={`save-indicator save-${state.status}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {t(`app.save.${state.status}`)}
    </span>
  );
}
