import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

export function SaveTemplateDialog(props: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  return (
    <Dialog
      title={t('canvas.userTemplate.saveTitle')}
      onClose={props.onCancel}
      onSubmit={() => props.onSave(name)}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('dialog.save')}
          </button>
        </>
      }
    >
      <p>{t('canvas.userTemplate.saveHelp')}</p>
      <label className="field">
        <span className="field-label">{t('dialog.name')}</span>
        <input className="input" value={name} autoFocus maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}
