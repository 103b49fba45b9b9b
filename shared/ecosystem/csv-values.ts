// What the cells of an imported CSV mean: types by their id or their name in any of the app's
// languages, rings by name or number, yes/no and strength in words or numbers. Case, accents and
// extra spaces never matter (csv-columns' normalise).
import { catalogues, languages } from '../i18n';
import {
  actorTypes,
  defaultRings,
  relationTypes,
  type ActorType,
  type RelationStrength,
  type RelationType,
  type Ring,
} from '../model';
import { normalise } from './csv-columns';

/**
 * Every way of writing a type: its id, and its name in each language, whole and by the parts of
 * a name such as "Järjestö / yhdistys". A word that could mean two types is left out.
 */
function typeWords<T extends string>(
  ids: readonly T[],
  names: (language: (typeof languages)[number]) => Record<T, string>,
) {
  const words = new Map<string, T | null>();
  const add = (word: string, id: T) => {
    const key = normalise(word);
    if (!key) return;
    const seen = words.get(key);
    words.set(key, seen === undefined || seen === id ? id : null);
  };
  for (const id of ids) add(id, id);
  for (const language of languages) {
    for (const id of ids) {
      const name = names(language)[id];
      add(name, id);
      for (const part of name.split('/')) add(part, id);
    }
  }
  return words;
}

const actorTypeWords = typeWords(actorTypes, (l) => catalogues[l].outline.actorTypes);
const relationTypeWords = typeWords(relationTypes, (l) => catalogues[l].outline.relationTypes);

const lookUp = <T extends string>(words: ReadonlyMap<string, T | null>, text: string) =>
  words.get(normalise(text)) ?? null;

/** An actor type from its id or name; null when the text names none. */
export const actorTypeOf = (text: string): ActorType | null => lookUp(actorTypeWords, text);
/** A relation type from its id or name; null when the text names none. */
export const relationTypeOf = (text: string): RelationType | null => lookUp(relationTypeWords, text);

const defaultRingWords = new Map<string, number>();
for (const language of languages) {
  const { core, direct, indirect } = catalogues[language].boards.defaultRings;
  defaultRings([core, direct, indirect]).forEach((ring, index) => defaultRingWords.set(normalise(ring.name), index));
}

/**
 * The ring a cell names: a ring of the map by its name, else by its number counted from the core
 * (1 = innermost), else a new map's default ring name in any language ("Ydin" is the core even on
 * a map made in English). Null when none fits.
 */
export function ringOf(rings: readonly Ring[], text: string): Ring | null {
  const key = normalise(text);
  const named = rings.find((r) => normalise(r.name) === key);
  if (named) return named;
  if (/^\d+$/.test(key)) return rings[Number(key) - 1] ?? null;
  const index = defaultRingWords.get(key);
  return index === undefined ? null : (rings[index] ?? null);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'kyllä', 'k', 'ja', 'j', 'sant', '✓'].map(normalise));
const NO = new Set(['', 'no', 'n', 'false', '0', 'ei', 'e', 'nej', 'falskt', '-'].map(normalise));

/** Yes or no from a cell ("kyllä", "x", "1", "ja", empty = no); null when it is neither. */
export function yesNoOf(text: string): boolean | null {
  const key = normalise(text);
  return YES.has(key) ? true : NO.has(key) ? false : null;
}

const strengthWords = new Map<string, RelationStrength>();
for (const strength of [1, 2, 3] as const) {
  strengthWords.set(String(strength), strength);
  for (const language of languages) {
    strengthWords.set(normalise(catalogues[language].ecosystem.strengths[strength]), strength);
  }
}

/** A relation's strength from 1-3 or weak/medium/strong in any language; empty is "not given". */
export function strengthOf(text: string): { ok: true; value: RelationStrength | null } | { ok: false } {
  const key = normalise(text);
  if (key === '') return { ok: true, value: null };
  const value = strengthWords.get(key);
  return value === undefined ? { ok: false } : { ok: true, value };
}

/** One of the map's own types by its name (any case, accents and spacing), or null. */
export function ownTypeOf(own: readonly { id: string; name: string }[] | undefined, text: string): string | null {
  const key = normalise(text);
  return key ? (own?.find((type) => normalise(type.name) === key)?.id ?? null) : null;
}
