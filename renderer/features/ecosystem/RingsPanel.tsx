import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { EcosystemContent } from '../../../shared/model';
import { OwnTypesSection } from './OwnTypesSection';
import { asOneStep } from '../../store/board-docs';
import { MAX_RINGS, addRing, removeGroup, removeRing, renameGroup, renameRing } from '../../store/ecosystem-doc';
import { useLockHint } from '../boards/use-lock-hint';

/** Shown when nothing is selected: the map's rings, named, added and removed. */
export function RingsPanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  content: EcosystemContent;
  boardLocked: boolean;
}) {
  const { t } = useTranslation();
  const { doc, undo, content } = props;
  const { guard } = useLockHint();
  // Removing a ring moves the actors outside it inwards: a locked one refuses, and says why.
  const act = (edit: () => void) => guard(() => asOneStep(undo, edit), props.boardLocked);
  return (
    <aside className="note-panel" aria-labelledby="rings-panel-heading">
      <h2 id="rings-panel-heading">{t('ecosystem.mapPanelTitle')}</h2>
      {props.boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      <fieldset className="plain-fieldset" disabled={props.boardLocked}>
        {content.rings.map((ring, i) => (
          <div key={ring.id} className="ring-row">
            <label className="field">
              <span className="field-label">{t('ecosystem.ringName', { n: i + 1 })}</span>
              <input
                className="input"
                value={ring.name}
                maxLength={500}
                onChange={(e) => renameRing(doc, ring.id, e.target.value)}
                onBlur={() => undo.stopCapturing()}
              />
            </label>
            {content.rings.length > 1 && (
              <button
                type="button"
                className="button button-small button-danger-text"
                aria-label={t('ecosystem.removeRing', { name: ring.name || i + 1 })}
                onClick={() => act(() => removeRing(doc, ring.id))}
              >
                ×
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button"
          disabled={content.rings.length >= MAX_RINGS}
          onClick={() => act(() => addRing(doc, t('ecosystem.newRing')))}
        >
          {t('ecosystem.addRing')}
        </button>
        <p className="field-help">{t('ecosystem.removeRingHelp')}</p>
        <h2 id="groups-panel-heading">{t('ecosystem.groupsTitle')}</h2>
        {content.groups.map((group, i) => (
          <div key={group.id} className="ring-row">
            <label className="field">
              <span className="field-label">{t('ecosystem.groupName', { n: i + 1 })}</span>
              <input
                className="input"
                value={group.name}
                maxLength={500}
                onChange={(e) => renameGroup(doc, group.id, e.target.value)}
                onBlur={() => undo.stopCapturing()}
              />
            </label>
            <button
              type="button"
              className="button button-small button-danger-text"
              aria-label={t('ecosystem.removeGroup', { name: group.name || i + 1 })}
              onClick={() => act(() => removeGroup(doc, group.id))}
            >
              ×
            </button>
          </div>
        ))}
        <p className="field-help">{t('ecosystem.removeGroupHelp')}</p>
        <OwnTypesSection doc={doc} undo={undo} content={content} />
      </fieldset>
    </aside>
  );
}
