import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { noteColors, type CanvasContent, type Participant } from '../../../shared/model';
import { isFiltering, noFilter, type NoteFilter } from './note-filter';

/** Search and filter notes; notes that do not match are dimmed, not hidden, to keep the context. */
export function FilterBar(props: {
  content: CanvasContent;
  participants: Participant[];
  filter: NoteFilter;
  matches: number;
  onChange: (filter: NoteFilter) => void;
}) {
  const { t } = useTranslation();
  const { filter, onChange } = props;
  const tags = [...new Set(props.content.notes.flatMap((n) => n.tags))].sort((a, b) => a.localeCompare(b));
  const set = <K extends keyof NoteFilter>(key: K, value: NoteFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div className="filter-bar" role="search" aria-label={t('canvas.filter.label')}>
      <label className="inline-field">
        <span>{t('canvas.filter.search')}</span>
        <input className="input" type="search" value={filter.text} onChange={(e) => set('text', e.target.value)} />
      </label>
      <label className="inline-field">
        <span>{t('canvas.color')}</span>
        <select
          className="select"
          value={filter.color}
          onChange={(e) => set('color', e.target.value as NoteFilter['color'])}
        >
          <option value="">{t('canvas.filter.any')}</option>
          {noteColors.map((c) => (
            <option key={c} value={c}>
              {t(`canvas.colors.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <ChoiceSelect
        inline
        label={t('canvas.tags')}
        value={filter.tag}
        choices={tags.map((tag) => ({ id: tag, name: tag }))}
        any={t('canvas.filter.any')}
        onChange={(tag) => set('tag', tag)}
      />
      <label className="inline-field">
        <span>{t('canvas.author')}</span>
        <select className="select" value={filter.authorId} onChange={(e) => set('authorId', e.target.value)}>
          <option value="">{t('canvas.filter.any')}</option>
          {props.participants
            .filter((p) => p.name.trim())
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      {isFiltering(filter) && (
        <>
          <span role="status">{t('canvas.filter.matches', { count: props.matches })}</span>
          <button type="button" className="button button-small" onClick={() => onChange(noFilter)}>
            {t('canvas.filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}
