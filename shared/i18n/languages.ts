export const languages = ['en', 'fi', 'sv'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** Each language's own name, shown in the language switcher whatever the UI language is. */
export const languageNames: Record<Language, string> = { en: 'English', fi: 'Suomi', sv: 'Svenska' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks the first supported language from a list such as navigator.languages or app.getPreferredSystemLanguages(). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}
