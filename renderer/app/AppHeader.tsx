import { useTranslation } from 'react-i18next';
import { languageNames, languages, isLanguage } from '../../shared/i18n';
import { useContext } from 'react';
import { SaveIndicator } from '../ui/SaveIndicator';
import { ServicesContext } from './context';
import { currentLanguage, switchLanguage } from './i18n';

export function AppHeader() {
  const { t } = useTranslation();
  const services = useContext(ServicesContext);
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <img src="./favicon.svg" alt="" width="28" height="28" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <div className="header-tools">
        {services && <SaveIndicator />}
        <label className="language-select">
          <span className="field-label-inline">{t('app.language')}</span>
          <select
            className="select"
            value={currentLanguage()}
            onChange={(e) => {
              const language = e.target.value;
              if (!isLanguage(language)) return;
              void switchLanguage(language).then(() => services?.platform.setLanguage(language));
            }}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
