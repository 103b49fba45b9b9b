import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, isLanguage, languages, pickLanguage, type Language } from '../../shared/i18n';

const LANGUAGE_KEY = 'kartta.language';

/** The remembered language, else the system's if we speak it, else English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return isLanguage(saved) ? saved : pickLanguage(navigator.languages);
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogues[l] }])),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}
