import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { canvasTemplates, type CanvasTemplate } from '../../../shared/templates';
import { StartingPointDialog } from '../../ui/StartingPointDialog';
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
  const options = [
    ...canvasTemplates.map((c) => ({ id: c.id, name: c.name[language], description: c.description[language] })),
    ...userTemplates.map((u) => ({
      id: `user:${u.id}`,
      name: u.name,
      description: t('canvas.userTemplate.description', { count: u.sections.length }),
    })),
  ];
  return (
    <StartingPointDialog
      title={t('canvas.chooseTemplate')}
      createLabel={t('canvas.create')}
      group="template"
      options={options}
      chosen={chosen}
      onChoose={setChosen}
      onCreate={() => props.onCreate(choice)}
      onCancel={props.onCancel}
    >
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
    </StartingPointDialog>
  );
}
