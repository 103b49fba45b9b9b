import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyPresets, type JourneyPreset } from '../../../shared/journey';
import { StartingPointDialog } from '../../ui/StartingPointDialog';
import { currentLanguage } from '../../app/i18n';

/** Picks the preset a new journey starts from: customer journey, service blueprint or blank. */
export function JourneyPresetDialog(props: { onCreate: (preset: JourneyPreset) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [chosen, setChosen] = useState(journeyPresets[0]);
  return (
    <StartingPointDialog
      title={t('journey.choosePreset')}
      createLabel={t('journey.create')}
      group="journey-preset"
      options={journeyPresets.map((p) => ({ id: p.id, name: p.name[language], description: p.description[language] }))}
      chosen={chosen.id}
      onChoose={(id) => setChosen(journeyPresets.find((p) => p.id === id) ?? journeyPresets[0])}
      onCreate={() => props.onCreate(chosen)}
      onCancel={props.onCancel}
    />
  );
}
