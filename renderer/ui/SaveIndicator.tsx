import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getSaveState, subscribeSaveState } from '../store/save-status';

export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeSaveState, getSaveState);
  return (
    // Not a live region: it changes on every keystroke, which a screen reader would read out each
    // time. Failures are announced by their notice (role="alert") instead.
    <span className={`save-indicator save-${state.status}`}>
      <span className="save-dot" aria-hidden="true" />
      {t(`app.save.${state.status}`)}
    </span>
  );
}
