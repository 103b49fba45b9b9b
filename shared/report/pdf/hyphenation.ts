// Where a word may be hyphenated, by the TeX patterns of its language (the `hyphen` package):
// Finnish compounds such as "rakennusvalvontaviranomainen" break at syllables, never mid-syllable.
import { hyphenateSync as finnish } from 'hyphen/fi';
import { hyphenateSync as swedish } from 'hyphen/sv';
import { hyphenateSync as english } from 'hyphen/en-gb';

type Hyphenator = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

/** By primary language subtag; a language without patterns (Northern Sámi, "se") is not hyphenated. */
const HYPHENATORS: Record<string, Hyphenator> = { fi: finnish, sv: swedish, en: english };

/** Letters kept on each side of a break (TeX's lefthyphenmin / righthyphenmin, a little stricter). */
const MIN_LEFT = 2;
const MIN_RIGHT = 3;
const MARK = '\u00ad';

const cache = new Map<string, readonly number[]>();

/**
 * Indices i (0 < i < word.length) where `word` may break as word.slice(0, i) + "-" / word.slice(i).
 * `word` is one space-free token; punctuation around it is left alone by the patterns.
 */
export function hyphenPoints(word: string, lang: string): readonly number[] {
  const hyphenate = HYPHENATORS[lang.toLowerCase().split('-')[0] ?? ''];
  if (!hyphenate || word.length < MIN_LEFT + MIN_RIGHT) return [];
  const key = `${lang}\u0000${word}`;
  const known = cache.get(key);
  if (known) return known;
  const marked = hyphenate(word.replaceAll(MARK, ''), { hyphenChar: MARK, minWordLength: MIN_LEFT + MIN_RIGHT });
  const points: number[] = [];
  let index = 0;
  for (const ch of marked) {
    if (ch === MARK) {
      if (index >= MIN_LEFT && index <= word.length - MIN_RIGHT) points.push(index);
    } else index += ch.length;
  }
  // A long report hyphenates a few thousand distinct words: keep the cache bounded anyway.
  if (cache.size > 20_000) cache.clear();
  cache.set(key, points);
  return points;
}
