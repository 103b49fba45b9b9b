import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Asks for a name (rename a project or board, name a template). An empty name keeps the initial one. */
export function NameDialog(props: {
  title: string;
  initial: string;
  help?: string;
  maxLength?: number;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      onSubmit={() => props.onSave(name.trim() || props.initial)}
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
      {props.help && <p>{props.help}</p>}
      <label className="field">
        <span className="field-label">{t('dialog.name')}</span>
        <input
          className="input"
          value={name}
          autoFocus
          maxLength={props.maxLength ?? 500}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
    </Dialog>
  );
}
