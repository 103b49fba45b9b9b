import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import type { ActorType, Ring } from '../../../shared/model';
import type { ActorTypeInfo } from '../../../shared/ecosystem';
import { Dialog } from '../../ui/Dialog';

/** Asks for a new actor's name, type and ring: one step, all by keyboard. */
export function AddActorDialog(props: {
  rings: readonly Ring[];
  types: readonly ActorTypeInfo[];
  initialRingId: string;
  onAdd: (actor: { name: string; type: ActorType; ringId: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [type, setType] = useState<ActorType>('citizen');
  const [ringId, setRingId] = useState(props.initialRingId);
  return (
    <Dialog
      title={t('ecosystem.newActorTitle')}
      onClose={props.onCancel}
      onSubmit={() => name.trim() && props.onAdd({ name: name.trim(), type, ringId })}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            {t('ecosystem.add')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('ecosystem.actorName')}</span>
        <input
          className="input"
          value={name}
          autoFocus
          required
          maxLength={500}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <ChoiceSelect label={t('ecosystem.actorType')} value={type} choices={props.types} onChange={setType} />
      <label className="field">
        <span className="field-label">{t('ecosystem.ring')}</span>
        <select className="select" value={ringId} onChange={(e) => setRingId(e.target.value)}>
          {props.rings.map((ring) => (
            <option key={ring.id} value={ring.id}>
              {ring.name}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
