import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasTemplates, type CanvasTemplate } from '../../../shared/templates';
import { Dialog } from '../../ui/Dialog';
import { currentLanguage } from '../../app/i18n';

/** Picks the template a new canvas starts from; the credit of each is shown, as its licence asks. */
export function TemplatePickerDialog(props: { onCreate: (template: CanvasTemplate) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [chosen, setChosen] = useState(canvasTemplates[0].id);
  const template = canvasTemplates.find((c) => c.id === chosen) ?? canvasTemplates[0];
  return (
    <Dialog
      title={t('canvas.chooseTemplate')}
      onClose={props.onCancel}
      onSubmit={() => props.onCreate(template)}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('canvas.create')}
          </button>
        </>
      }
    >
      <fieldset className="fieldset template-choices">
        <legend className="visually-hidden">{t('canvas.chooseTemplate')}</legend>
        {canvasTemplates.map((c) => (
          <label key={c.id} className={`template-choice${c.id === chosen ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name="template"
              value={c.id}
              checked={c.id === chosen}
              onChange={() => setChosen(c.id)}
            />
            <span>
              <span className="template-name">{c.name[language]}</span>
              <span className="template-description">{c.description[language]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field-help">{t('canvas.templateSource', { credit: template.source.credit })}</p>
    </Dialog>
  );
}
