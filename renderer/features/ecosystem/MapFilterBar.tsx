import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import type { EcosystemContent } from '../../../shared/model';
import { actorTypeList, relationTypeList } from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from './type-names';
import { isFilteringMap, noMapFilter, type MapFilter } from './map-filter';

/** Search, filter and focus; what does not match is dimmed, not hidden, to keep the context. */
export function MapFilterBar(props: {
  content: EcosystemContent;
  filter: MapFilter;
  shown: number;
  onChange: (filter: MapFilter) => void;
}) {
  const { t } = useTranslation();
  const names = useBuiltInTypeNames();
  const { filter, onChange, content } = props;
  const tags = [...new Set(content.actors.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
  const set = <K extends keyof MapFilter>(key: K, value: MapFilter[K]) => onChange({ ...filter, [key]: value });
  const active = isFilteringMap(filter) || filter.focusSteps > 0;
  return (
    <div className="filter-bar" role="search" aria-label={t('ecosystem.filter')}>
      <label className="inline-field">
        <span>{t('ecosystem.search')}</span>
        <input className="input" type="search" value={filter.text} onChange={(e) => set('text', e.target.value)} />
      </label>
      <ChoiceSelect
        inline
        label={t('ecosystem.actorTypeFilter')}
        value={filter.actorType ?? ''}
        choices={actorTypeList(content, names)}
        any={t('ecosystem.anyType')}
        onChange={(type) => set('actorType', type || null)}
      />
      <ChoiceSelect
        inline
        label={t('ecosystem.relationTypeFilter')}
        value={filter.relationType ?? ''}
        choices={relationTypeList(content, names)}
        any={t('ecosystem.anyType')}
        onChange={(type) => set('relationType', type || null)}
      />
      {tags.length > 0 && (
        <ChoiceSelect
          inline
          label={t('ecosystem.tagFilter')}
          value={filter.tag ?? ''}
          choices={tags.map((tag) => ({ id: tag, name: tag }))}
          any={t('ecosystem.anyType')}
          onChange={(tag) => set('tag', tag || null)}
        />
      )}
      <label className="inline-field">
        <span>{t('ecosystem.focus')}</span>
        <select
          className="select"
          value={filter.focusSteps}
          onChange={(e) => set('focusSteps', Number(e.target.value) as MapFilter['focusSteps'])}
        >
          <option value={0}>{t('ecosystem.focusOff')}</option>
          <option value={1}>{t('ecosystem.focusOne')}</option>
          <option value={2}>{t('ecosystem.focusTwo')}</option>
        </select>
      </label>
      {active && (
        <>
          <span role="status">{t('ecosystem.matches', { count: props.shown, total: content.actors.length })}</span>
          <button type="button" className="button button-small" onClick={() => onChange(noMapFilter)}>
            {t('ecosystem.clearFilter')}
          </button>
        </>
      )}
    </div>
  );
}
