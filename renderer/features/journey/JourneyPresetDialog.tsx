import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyPresets, type JourneyPreset } from '../../../shared/journey';
import { Dialog } from '../../ui/Dialog';
import { currentLanguage } from '../../app/i18n';

/** Picks the preset a new journey starts from: customer journey, service blueprint or blank. */
export function JourneyPresetDialog(props: { onCreate: (preset: JourneyPreset) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [chosen, setChosen] = useState(journeyPresets[0]);
  return (
    <Dialog
      title={t('journey.choosePreset')}
      onClose={props.onCancel}
      onSubmit={() => props.onCreate(chosen)}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('journey.create')}
          </button>
        </>
      }
    >
      <fieldset className="fieldset template-choices">
        <legend className="visually-hidden">{t('journey.choosePreset')}</legend>
        {journeyPresets.map((preset) => (
          <label key={preset.id} className={`template-choice${preset === chosen ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name="journey-preset"
              value={preset.id}
              checked={preset === chosen}
              onChange={() => setChosen(preset)}
            />
            <span>
              <span className="template-name">{preset.name[language]}</span>
              <span className="template-description">{preset.description[language]}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
