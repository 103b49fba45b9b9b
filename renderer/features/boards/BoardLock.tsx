import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { asOneStep, setBoardLocked } from '../../store/board-docs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LockIcon } from './LockIcon';

/**
 * "Lock board" in a toolbar; "Unlock board" asks first, so a lock set for a session is not
 * lifted by a stray click. Each is one undo step.
 */
export function BoardLockButton({ doc, undo, locked }: { doc: Y.Doc; undo: Y.UndoManager; locked: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => (locked ? setConfirming(true) : asOneStep(undo, () => setBoardLocked(doc, true)))}
      >
        <LockIcon /> {locked ? t('locks.unlockBoard') : t('locks.lockBoard')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('locks.unlockTitle')}
          body={t('locks.unlockBody')}
          confirmLabel={t('locks.unlockConfirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            asOneStep(undo, () => setBoardLocked(doc, false));
          }}
        />
      )}
    </>
  );
}

/** The banner over a locked board; a status, so a screen reader hears it when the lock is set. */
export function BoardLockBanner({ locked, help }: { locked: boolean; help: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="board-lock-status">
      {locked && (
        <p className="board-lock-banner">
          <LockIcon /> <strong>{t('locks.banner')}</strong> {help}
        </p>
      )}
    </div>
  );
}

/** Why a selected item is locked, at the top of its side panel (nothing when it is not). */
export function LockReason({ reason }: { reason: string | null }) {
  return reason ? (
    <p className="lock-note">
      <LockIcon /> {reason}
    </p>
  ) : null;
}

/**
 * The button that locks or unlocks an item, placed beside its Delete button: the panel's first
 * field stays its main one (F6 lands there).
 */
export function ItemLockButton(props: {
  lockLabel: string;
  unlockLabel: string;
  /** Whether the item's own lock is set (a note may be locked by its section only). */
  ownLock: boolean;
  onChange: (locked: boolean) => void;
}) {
  return (
    <button type="button" className="button" onClick={() => props.onChange(!props.ownLock)}>
      <LockIcon /> {props.ownLock ? props.unlockLabel : props.lockLabel}
    </button>
  );
}
