import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { canvasTemplates, type CanvasTemplate } from '../../../shared/templates';
import { Dialog } from '../../ui/Dialog';
import { currentLanguage } from '../../app/i18n';
import { useServices } from '../../app/context';
import { deleteUserTemplate, listUserTemplates } from '../../store/templates-repo';
import type { UserTemplateRow } from '../../store/db';

export type TemplateChoice =
  { kind: 'builtin'; template: CanvasTemplate } | { kind: 'user'; template: UserTemplateRow };

/** Picks the template a new canvas starts from: the library (credited, as licences ask) or the user's own. */
export function TemplatePickerDialog(props: { onCreate: (choice: TemplateChoice) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const language = currentLanguage();
  const userTemplates = useLiveQuery(() => listUserTemplates(db), [db]) ?? [];
  const [chosen, setChosen] = useState(canvasTemplates[0].id);
  const builtin = canvasTemplates.find((c) => c.id === chosen);
  const own = userTemplates.find((u) => `user:${u.id}` === chosen);
  const choice: TemplateChoice = own
    ? { kind: 'user', template: own }
    : { kind: 'builtin', template: builtin ?? canvasTemplates[0] };
  const option = (id: string, name: string, description: string) => (
    <label key={id} className={`template-choice${id === chosen ? ' is-chosen' : ''}`}>
      <input type="radio" name="template" value={id} checked={id === chosen} onChange={() => setChosen(id)} />
      <span>
        <span className="template-name">{name}</span>
        <span className="template-description">{description}</span>
      </span>
    </label>
  );
  return (
    <Dialog
      title={t('canvas.chooseTemplate')}
      onClose={props.onCancel}
      onSubmit={() => props.onCreate(choice)}
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
        {canvasTemplates.map((c) => option(c.id, c.name[language], c.description[language]))}
        {userTemplates.map((u) =>
          option(`user:${u.id}`, u.name, t('canvas.userTemplate.description', { count: u.sections.length })),
        )}
      </fieldset>
      {choice.kind === 'builtin' ? (
        <p className="field-help">{t('canvas.templateSource', { credit: choice.template.source.credit })}</p>
      ) : (
        <button
          type="button"
          className="button button-small button-danger-text"
          onClick={() => {
            void deleteUserTemplate(db, choice.template.id);
            setChosen(canvasTemplates[0].id);
          }}
        >
          {t('canvas.userTemplate.delete', { name: choice.template.name })}
        </button>
      )}
    </Dialog>
  );
}
