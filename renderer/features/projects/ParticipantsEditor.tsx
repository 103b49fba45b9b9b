import { useTranslation } from 'react-i18next';
import { newId, type Participant } from '../../../shared/model';

const columns = ['name', 'organisation', 'role'] as const;
const labelKey = {
  name: 'overview.participantName',
  organisation: 'overview.participantOrganisation',
  role: 'overview.participantRole',
} as const;

export function ParticipantsEditor({
  value,
  onChange,
}: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
}) {
  const { t } = useTranslation();
  const edit = (id: string, key: (typeof columns)[number], text: string) =>
    onChange(value.map((p) => (p.id === id ? { ...p, [key]: text } : p)));
  return (
    <section className="panel" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('overview.participants')}</h2>
      {value.length === 0 ? (
        <p className="muted">{t('overview.noParticipants')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(labelKey[c])}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('dialog.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {value.map((p, i) => (
              <tr key={p.id}>
                {columns.map((c) => (
                  <td key={c}>
                    <input
                      className="input"
                      aria-label={`${t(labelKey[c])}, ${t('overview.participantRow', { n: i + 1 })}`}
                      value={p[c]}
                      maxLength={500}
                      onChange={(e) => edit(p.id, c, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('overview.removeParticipant', { n: i + 1 })}
                    onClick={() => onChange(value.filter((x) => x.id !== p.id))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...value, { id: newId(), name: '', organisation: '', role: '' }])}
      >
        {t('overview.addParticipant')}
      </button>
    </section>
  );
}
