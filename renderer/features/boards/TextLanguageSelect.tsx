import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguages, type TextLanguage } from '../../../shared/model';

/**
 * Each language by its own name, the same in every UI: a Sámi speaker finds "Davvisámegiella",
 * not a Finnish or English word for it.
 */
export const TEXT_LANGUAGE_NAMES: Record<TextLanguage, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
  se: 'Davvisámegiella',
  smn: 'Anarâškielâ',
  sms: 'Nuõrttsääʹmǩiõll',
};

/**
 * The language an item's text is in, when not the project's: the editor puts it on the text as
 * `lang` (a screen reader reads it by that language's rules) and the report tags the passage.
 */
export function TextLanguageSelect({
  value,
  onChange,
  disabled,
}: {
  value: TextLanguage | undefined;
  onChange: (lang: TextLanguage | undefined) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const help = useId();
  return (
    <label className="field">
      <span className="field-label">{t('boards.textLanguage')}</span>
      <select
        className="select"
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={help}
        onChange={(e) => onChange(asTextLanguage(e.target.value))}
      >
        <option value="">{t('boards.projectLanguage')}</option>
        {textLanguages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {TEXT_LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
      <span id={help} className="field-help">
        {t('boards.textLanguageHelp')}
      </span>
    </label>
  );
}

const asTextLanguage = (value: string): TextLanguage | undefined => textLanguages.find((lang) => lang === value);
