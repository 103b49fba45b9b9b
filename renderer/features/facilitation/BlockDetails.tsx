import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { findMethod, type BlockFields } from '../../../shared/facilitation';
import type { AgendaBlock } from '../../../shared/model';
import { currentLanguage } from '../../app/i18n';
import { useServices } from '../../app/context';
import { listBoards } from '../../store/boards-repo';
import { DraftField } from './DraftField';

const TEXTS = [
  ['purpose', true],
  ['instructions', true],
  ['materials', true],
] as const;

/** A block's details in a panel below the agenda: method, board, purpose, instructions, materials, lead. */
export function BlockDetails({
  projectId,
  block,
  onChange,
  onClose,
}: {
  projectId: string;
  block: AgendaBlock;
  onChange: (fields: BlockFields) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const boards = useLiveQuery(() => listBoards(db, projectId), [db, projectId]) ?? [];
  const method = findMethod(block.methodId);
  const title = block.title || t('facilitation.untitledBlock');
  const boardGone = block.boardId !== null && !boards.some((b) => b.id === block.boardId);
  return (
    <section className="panel block-details" aria-labelledby="block-details-heading">
      <div className="inline-heading">
        <h2 id="block-details-heading">{t('facilitation.detailsHeading', { title })}</h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('facilitation.closeDetails')}
        </button>
      </div>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('facilitation.fields.kind')}</span>
          <select
            className="select"
            value={block.kind}
            onChange={(e) => onChange({ kind: e.target.value === 'break' ? 'break' : 'block' })}
          >
            <option value="block">{t('facilitation.kinds.block')}</option>
            <option value="break">{t('facilitation.kinds.break')}</option>
          </select>
        </label>
        <label className="field field-wide">
          <span className="field-label">{t('facilitation.fields.method')}</span>
          <DraftField
            label={t('facilitation.fields.method')}
            value={block.method}
            maxLength={500}
            onChange={(method) => onChange({ method })}
          />
          {method && (
            <span className="field-help">
              {t('facilitation.fromLibrary', { title: method.title[currentLanguage()] })}
            </span>
          )}
        </label>
        <label className="field field-wide">
          <span className="field-label">{t('facilitation.fields.board')}</span>
          <select
            className="select"
            value={block.boardId ?? ''}
            onChange={(e) => onChange({ boardId: e.target.value || null })}
          >
            <option value="">{t('facilitation.noBoard')}</option>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title || t(`boards.untitled.${b.kind}`)}
              </option>
            ))}
            {boardGone && <option value={block.boardId ?? ''}>{t('facilitation.boardGone')}</option>}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('facilitation.fields.lead')}</span>
          <DraftField
            label={t('facilitation.fields.lead')}
            value={block.lead}
            maxLength={500}
            onChange={(lead) => onChange({ lead })}
          />
        </label>
        {TEXTS.map(([key, multiline]) => (
          <label key={key} className="field field-full">
            <span className="field-label">{t(`facilitation.fields.${key}`)}</span>
            <DraftField
              label={t(`facilitation.fields.${key}`)}
              multiline={multiline}
              value={block[key]}
              maxLength={5_000}
              onChange={(value) => onChange({ [key]: value })}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
