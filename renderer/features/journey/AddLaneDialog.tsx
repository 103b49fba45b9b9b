import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laneTypes, type Lane } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';

export function AddLaneDialog(props: { onAdd: (title: string, type: Lane['type']) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<Lane['type']>('notes');
  const [title, setTitle] = useState('');
  return (
    <Dialog
      title={t('journey.addLaneTitle')}
      onClose={props.onCancel}
      onSubmit={() => props.onAdd(title.trim() || t(`journey.laneTypes.${type}`), type)}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('journey.add')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('journey.laneTitle')}</span>
        <input
          className="input"
          type="text"
          value={title}
          maxLength={500}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
        />
      </label>
      <label className="field">
        <span className="field-label">{t('journey.laneType')}</span>
        <select className="input" value={type} onChange={(e) => setType(e.target.value as Lane['type'])}>
          {laneTypes.map((k) => (
            <option key={k} value={k}>
              {t(`journey.laneTypes.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
