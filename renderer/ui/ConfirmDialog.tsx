import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function ConfirmDialog(props: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      onSubmit={props.onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-danger">
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <p>{props.body}</p>
    </Dialog>
  );
}
