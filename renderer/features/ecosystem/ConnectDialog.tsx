import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import type { Actor, RelationType } from '../../../shared/model';
import type { RelationTypeInfo } from '../../../shared/ecosystem';
import { Dialog } from '../../ui/Dialog';

const SHOWN = 200;

/**
 * Adds a relation from one actor by keyboard: find the other actor in a searchable list, pick
 * the relation's type, label and direction.
 */
export function ConnectDialog(props: {
  from: Actor;
  actors: readonly Actor[];
  types: readonly RelationTypeInfo[];
  onAdd: (relation: { to: string; type: RelationType; label: string; directed: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState<RelationType>('service');
  const [label, setLabel] = useState('');
  const [twoWay, setTwoWay] = useState(false);
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return props.actors
      .filter((a) => a.id !== props.from.id)
      .filter((a) => !q || a.name.toLocaleLowerCase().includes(q) || a.organisation.toLocaleLowerCase().includes(q))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, SHOWN);
  }, [props.actors, props.from.id, query]);
  // The first match is chosen until the user picks another, so typing a name and Enter is enough.
  const target = matches.some((a) => a.id === to) ? to : (matches[0]?.id ?? '');
  return (
    <Dialog
      title={t('ecosystem.connectTitle', { name: props.from.name })}
      onClose={props.onCancel}
      onSubmit={() => target && props.onAdd({ to: target, type, label: label.trim(), directed: !twoWay })}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!target}>
            {t('ecosystem.add')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('ecosystem.connectSearch')}</span>
        <input className="input" type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">{t('ecosystem.connectTarget')}</span>
        <select
          className="select"
          size={Math.min(8, Math.max(2, matches.length))}
          value={target}
          onChange={(e) => setTo(e.target.value)}
        >
          {matches.map((a) => (
            <option key={a.id} value={a.id}>
              {a.organisation ? `${a.name} (${a.organisation})` : a.name}
            </option>
          ))}
        </select>
      </label>
      {matches.length === 0 && <p role="status">{t('ecosystem.connectNone')}</p>}
      <ChoiceSelect label={t('ecosystem.relationType')} value={type} choices={props.types} onChange={setType} />
      <label className="field">
        <span className="field-label">{t('ecosystem.label')}</span>
        <input className="input" value={label} maxLength={500} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label className="checkbox-field">
        <input type="checkbox" checked={twoWay} onChange={(e) => setTwoWay(e.target.checked)} />
        {t('ecosystem.twoWay')}
      </label>
    </Dialog>
  );
}
