import { useTranslation } from 'react-i18next';
import type { SessionFields } from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';
import { DraftField } from './DraftField';

/** A session's title, date, place and start time; every change is written at once. */
export function SessionDetails({
  session,
  onChange,
}: {
  session: WorkshopSession;
  onChange: (fields: SessionFields) => void;
}) {
  const { t } = useTranslation();
  const field = (key: keyof SessionFields, type: 'text' | 'date' | 'time' = 'text', wide = false) => (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span className="field-label">{t(`facilitation.fields.${key}`)}</span>
      <DraftField
        label={t(`facilitation.fields.${key}`)}
        type={type}
        value={session[key]}
        maxLength={500}
        onChange={(value) => onChange({ [key]: value })}
      />
    </label>
  );
  return (
    <section className="panel" aria-labelledby="session-details-heading">
      <h2 id="session-details-heading">{t('facilitation.details')}</h2>
      <div className="form-grid">
        {field('title', 'text', true)}
        {field('place', 'text', true)}
        {field('date', 'date')}
        {field('startTime', 'time')}
      </div>
    </section>
  );
}
