import { useTranslation } from 'react-i18next';

export function FacilitatorsEditor({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{t('overview.facilitators')}</legend>
      <ul className="plain-list">
        {value.map((name, i) => (
          <li key={i} className="inline-row">
            <input
              className="input"
              aria-label={t('overview.facilitator', { n: i + 1 })}
              value={name}
              maxLength={500}
              onChange={(e) => onChange(value.map((v, j) => (j === i ? e.target.value : v)))}
            />
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('overview.removeFacilitator', { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={() => onChange([...value, ''])}>
        {t('overview.addFacilitator')}
      </button>
    </fieldset>
  );
}
