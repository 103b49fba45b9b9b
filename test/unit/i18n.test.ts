import { describe, expect, it } from 'vitest';
import { catalogues, languages, pickLanguage } from '../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  const english = flatten(catalogues.en as unknown as Tree);

  it.each(languages)('%s has exactly the English keys, none empty', (language) => {
    const catalogue = flatten(catalogues[language] as unknown as Tree);
    expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
    const empty = [...catalogue].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s uses the same {{placeholders}} as English in every message', (language) => {
    const catalogue = flatten(catalogues[language] as unknown as Tree);
    const mismatched = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(catalogue.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('Finnish and Swedish are translated, not copies of English', () => {
    // Words that really are the same in Swedish (or a loan word in both).
    const sameOnPurpose = new Set([
      'sv:overview.facilitator',
      'sv:outline.persona',
      'sv:outline.relationTypes.information',
      // Names and numbers only, or the same word in Swedish.
      'sv:ecosystem.actorLabel',
      'sv:ecosystem.relationsOf_one',
    ]);
    for (const language of ['fi', 'sv'] as const) {
      const catalogue = flatten(catalogues[language] as unknown as Tree);
      const same = [...english].filter(
        ([key, text]) =>
          catalogue.get(key) === text &&
          text.length > 12 &&
          /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '')) && // a pure pattern of placeholders needs no translation
          !sameOnPurpose.has(`${language}:${key}`),
      );
      expect(same.map(([key]) => key)).toEqual([]);
    }
  });

  it('picks the first supported language from the system list', () => {
    expect(pickLanguage(['de-DE', 'sv-FI', 'fi'])).toBe('sv');
    expect(pickLanguage(['fi_FI'])).toBe('fi');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
