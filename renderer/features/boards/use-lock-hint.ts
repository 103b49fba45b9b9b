import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { LockedError } from '../../store/board-docs';

type HintKey = 'cannotMove' | 'cannotDelete' | 'boardCannotChange';
/** A held arrow key repeats: the reason is said once, not once per repeat. */
const QUIET_MS = 2500;

/**
 * Says why a key or button did nothing to a locked item, as a polite notice (the notice region
 * is a live region), at most once while the same reason keeps coming.
 */
export function useLockHint() {
  const { t } = useTranslation();
  const { notices } = useServices();
  const last = useRef<{ key: HintKey; at: number } | null>(null);
  const hint = useCallback(
    (key: HintKey) => {
      const now = Date.now();
      if (last.current?.key === key && now - last.current.at < QUIET_MS) return;
      last.current = { key, at: now };
      notices.show({ tone: 'info', message: t(`locks.${key}`) });
    },
    [notices, t],
  );
  /** Runs an edit; a refusal by a lock (one the UI did not foresee) becomes a hint, not an error. */
  const guard = useCallback(
    <T>(edit: () => T, boardLocked: boolean): T | undefined => {
      try {
        return edit();
      } catch (error) {
        if (!(error instanceof LockedError)) throw error;
        hint(boardLocked || error.ids.length === 0 ? 'boardCannotChange' : 'cannotMove');
        return undefined;
      }
    },
    [hint],
  );
  return { hint, guard };
}
