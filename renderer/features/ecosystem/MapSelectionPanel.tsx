import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Relation } from '../../../shared/model';
import { asOneStep } from '../../store/board-docs';
import { setActorsLocked } from '../../store/ecosystem-doc';
import { LockIcon } from '../boards/LockIcon';

/** What can be done to several selected actors and relations at once. */
export function MapSelectionPanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  actors: Actor[];
  relations: Relation[];
  boardLocked: boolean;
  onGroup: () => void;
  /** Deletes the selection but its locked actors (the editor's delete leaves them out). */
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, actors, relations, boardLocked } = props;
  const count = actors.length + relations.length;
  const locked = actors.filter((a) => a.locked).length;
  const lock = (value: boolean) =>
    asOneStep(undo, () =>
      setActorsLocked(
        doc,
        actors.map((a) => a.id),
        value,
      ),
    );
  return (
    <aside className="note-panel" aria-labelledby="map-selection-heading">
      <h2 id="map-selection-heading">{t('ecosystem.selectedCount', { count })}</h2>
      {boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      {locked > 0 && !boardLocked && (
        <p className="lock-note">
          <LockIcon /> {t('locks.selectionLocked', { count: locked })}
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={boardLocked}>
        {actors.length > 1 && (
          <button type="button" className="button" onClick={props.onGroup}>
            {t('ecosystem.groupSelected')}
          </button>
        )}
        {actors.length > 1 && (
          <div className="inline-row">
            {locked < actors.length && (
              <button type="button" className="button button-small" onClick={() => lock(true)}>
                <LockIcon /> {t('locks.lockActors')}
              </button>
            )}
            {locked > 0 && (
              <button type="button" className="button button-small" onClick={() => lock(false)}>
                <LockIcon /> {t('locks.unlockActors')}
              </button>
            )}
          </div>
        )}
        <button
          type="button"
          className="button button-danger-text"
          disabled={locked === actors.length && relations.length === 0}
          onClick={props.onDelete}
        >
          {t('ecosystem.deleteSelected', { count })}
        </button>
      </fieldset>
    </aside>
  );
}
