import { useTranslation } from 'react-i18next';
import { noteColors, type NoteColor } from '../../../shared/model';
import { LockIcon } from '../boards/LockIcon';

/** What can be done to several selected notes at once. */
export function SelectionPanel(props: {
  count: number;
  /** Selected notes that cannot be moved or deleted (locked themselves or by their section). */
  lockedCount: number;
  /** Selected notes locked themselves (what "Unlock notes" can free). */
  ownLocks: number;
  boardLocked: boolean;
  onLock: (locked: boolean) => void;
  onRecolour: (color: NoteColor) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="note-panel" aria-labelledby="selection-panel-heading">
      <h2 id="selection-panel-heading">{t('canvas.selection.title', { count: props.count })}</h2>
      {props.boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      {props.lockedCount > 0 && !props.boardLocked && (
        <p className="lock-note">
          <LockIcon /> {t('locks.selectionLocked', { count: props.lockedCount })}
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={props.boardLocked}>
        <fieldset className="fieldset color-choices">
          <legend className="field-label">{t('canvas.selection.recolour')}</legend>
          {noteColors.map((color) => (
            <button
              key={color}
              type="button"
              className={`color-choice note-${color}`}
              onClick={() => props.onRecolour(color)}
            >
              {t(`canvas.colors.${color}`)}
            </button>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={props.onDuplicate}>
          {t('canvas.selection.duplicate')}
        </button>
        <div className="inline-row">
          {props.ownLocks < props.count && (
            <button type="button" className="button button-small" onClick={() => props.onLock(true)}>
              <LockIcon /> {t('locks.lockNotes')}
            </button>
          )}
          {props.ownLocks > 0 && (
            <button type="button" className="button button-small" onClick={() => props.onLock(false)}>
              <LockIcon /> {t('locks.unlockNotes')}
            </button>
          )}
        </div>
        <button
          type="button"
          className="button button-danger-text"
          disabled={props.lockedCount === props.count}
          onClick={props.onDelete}
        >
          {t('canvas.selection.delete')}
        </button>
      </fieldset>
    </aside>
  );
}
