import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_METHODS, type WorkshopMethod } from '../../../shared/facilitation';
import { currentLanguage } from '../../app/i18n';
import { StartingPointDialog } from '../../ui/StartingPointDialog';

/** Picks a method of the library to add as a block, its texts in the UI language. */
export function MethodPickerDialog({
  onPick,
  onCancel,
}: {
  onPick: (method: WorkshopMethod) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [chosen, setChosen] = useState(WORKSHOP_METHODS[0]?.id ?? '');
  const method = WORKSHOP_METHODS.find((m) => m.id === chosen);
  return (
    <StartingPointDialog
      title={t('facilitation.library')}
      createLabel={t('facilitation.addBlock')}
      group="method"
      options={WORKSHOP_METHODS.map((m) => ({
        id: m.id,
        name: `${m.title[language]} (${t('facilitation.minutesShort', { count: m.minutes })})`,
        description: m.purpose[language],
      }))}
      chosen={chosen}
      onChoose={setChosen}
      onCreate={() => method && onPick(method)}
      onCancel={onCancel}
    >
      {method && <p className="field-help">{method.instructions[language]}</p>}
    </StartingPointDialog>
  );
}
