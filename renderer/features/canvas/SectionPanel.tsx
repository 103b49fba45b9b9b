import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveTextField } from '../boards/LiveTextField';
import type * as Y from 'yjs';
import { asOneStep } from '../../store/board-docs';
import type { CanvasSection } from '../../../shared/model';
import {
  MAX_SECTION,
  MIN_SECTION,
  removeSection,
  reorderSection,
  setSectionLocked,
  updateSection,
} from '../../store/canvas-doc';
import { ItemLockButton, LockReason } from '../boards/BoardLock';

/** Renames, resizes, reorders and removes the selected section: how a Blank canvas gets its layout. */
export function SectionPanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  section: CanvasSection;
  index: number;
  count: number;
  boardLocked: boolean;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, section } = props;
  const act = (edit: () => void) => asOneStep(undo, edit);
  // A locked section keeps its place, size and notes; its title, prompt and reading order may change.
  const locked = section.locked === true;
  return (
    <aside className="note-panel" aria-labelledby="section-panel-heading">
      <h2 id="section-panel-heading">{t('canvas.sectionPanelTitle')}</h2>
      {props.boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      <fieldset className="plain-fieldset" disabled={props.boardLocked}>
        <LockReason reason={locked ? t('locks.sectionLocked') : null} />
        <LiveTextField
          label={t('canvas.sectionTitle')}
          value={section.title}
          maxLength={500}
          undo={undo}
          onChange={(title) => updateSection(doc, section.id, { title })}
        />
        <LiveTextField
          label={t('canvas.sectionPrompt')}
          value={section.prompt}
          maxLength={5000}
          undo={undo}
          onChange={(prompt) => updateSection(doc, section.id, { prompt })}
        />
        <div className="inline-row">
          <SizeField
            label={t('canvas.sectionWidth')}
            value={section.width}
            min={MIN_SECTION.width}
            disabled={locked}
            onCommit={(width) => act(() => updateSection(doc, section.id, { width }))}
          />
          <SizeField
            label={t('canvas.sectionHeight')}
            value={section.height}
            min={MIN_SECTION.height}
            disabled={locked}
            onCommit={(height) => act(() => updateSection(doc, section.id, { height }))}
          />
        </div>
        <div className="inline-row">
          <button
            type="button"
            className="button button-small"
            disabled={props.index === 0}
            onClick={() => act(() => reorderSection(doc, section.id, -1))}
          >
            {t('canvas.moveEarlier')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={props.index === props.count - 1}
            onClick={() => act(() => reorderSection(doc, section.id, 1))}
          >
            {t('canvas.moveLater')}
          </button>
        </div>
        <ItemLockButton
          lockLabel={t('locks.lockSection')}
          unlockLabel={t('locks.unlockSection')}
          ownLock={locked}
          onChange={(lock) => act(() => setSectionLocked(doc, section.id, lock))}
        />
        <button
          type="button"
          className="button button-danger-text"
          aria-describedby="delete-section-help"
          disabled={locked}
          onClick={() => {
            act(() => removeSection(doc, section.id));
            props.onDeleted();
          }}
        >
          {t('canvas.deleteSection')}
        </button>
        <span id="delete-section-help" className="field-help">
          {t('canvas.deleteSectionHelp')}
        </span>
      </fieldset>
    </aside>
  );
}

/** A size typed freely and applied on Enter or leaving the field (clamped then), one undo step. */
function SizeField(props: {
  label: string;
  value: number;
  min: number;
  disabled: boolean;
  onCommit: (value: number) => void;
}) {
  const [draft, setDraft] = useState(String(props.value));
  useEffect(() => setDraft(String(props.value)), [props.value]);
  const commit = () => {
    const value = Number(draft);
    if (Number.isFinite(value) && value > 0 && value !== props.value) props.onCommit(value);
    else setDraft(String(props.value));
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        className="input"
        type="number"
        min={props.min}
        max={MAX_SECTION}
        step={20}
        disabled={props.disabled}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}
