import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import type * as Y from 'yjs';
import { relationStrengths, type EcosystemContent, type Relation } from '../../../shared/model';
import { relationTypeList } from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from './type-names';
import { TextLanguageSelect } from '../boards/TextLanguageSelect';
import { LiveTextField } from '../boards/LiveTextField';
import { asOneStep } from '../../store/board-docs';
import { deleteRelations, reverseRelation, updateRelation } from '../../store/ecosystem-doc';

export function RelationPanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  relation: Relation;
  content: EcosystemContent;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, relation, content } = props;
  const act = (edit: () => void) => asOneStep(undo, edit);
  const names = useBuiltInTypeNames();
  const name = (id: string) => content.actors.find((a) => a.id === id)?.name ?? '';
  return (
    <aside className="note-panel" aria-labelledby="relation-panel-heading">
      <h2 id="relation-panel-heading">{t('ecosystem.relationPanelTitle')}</h2>
      <dl className="relation-ends">
        <dt>{t('ecosystem.from')}</dt>
        <dd>{name(relation.from)}</dd>
        <dt>{t('ecosystem.to')}</dt>
        <dd>{name(relation.to)}</dd>
      </dl>
      <button
        type="button"
        className="button button-small"
        onClick={() => act(() => reverseRelation(doc, relation.id))}
      >
        {t('ecosystem.reverse')}
      </button>
      <ChoiceSelect
        label={t('ecosystem.relationType')}
        value={relation.type}
        choices={relationTypeList(content, names)}
        onChange={(type) => act(() => updateRelation(doc, relation.id, { type }))}
      />
      <LiveTextField
        label={t('ecosystem.label')}
        lang={relation.lang}
        value={relation.label}
        maxLength={500}
        undo={undo}
        onChange={(label) => updateRelation(doc, relation.id, { label })}
      />
      <TextLanguageSelect
        value={relation.lang}
        onChange={(lang) => act(() => updateRelation(doc, relation.id, { lang }))}
      />
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={!relation.directed}
          onChange={(e) => act(() => updateRelation(doc, relation.id, { directed: !e.target.checked }))}
        />
        {t('ecosystem.twoWay')}
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={relation.informal}
          onChange={(e) => act(() => updateRelation(doc, relation.id, { informal: e.target.checked }))}
        />
        {t('ecosystem.informal')}
      </label>
      <label className="field">
        <span className="field-label">{t('ecosystem.strength')}</span>
        <select
          className="select"
          value={relation.strength ?? ''}
          onChange={(e) =>
            act(() =>
              updateRelation(doc, relation.id, {
                strength: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : null,
              }),
            )
          }
        >
          <option value="">{t('ecosystem.strengthNone')}</option>
          {relationStrengths.map((s) => (
            <option key={s} value={s}>
              {t(`ecosystem.strengths.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-danger-text"
        onClick={() => {
          act(() => deleteRelations(doc, [relation.id]));
          props.onDeleted();
        }}
      >
        {t('ecosystem.deleteRelation')}
      </button>
    </aside>
  );
}
