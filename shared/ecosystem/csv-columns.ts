// Which column of a CSV file holds which field of an actor or a relation. The import guesses it
// from the header row, in English, Finnish or Swedish; the user can change every choice.

export const actorCsvFields = ['name', 'type', 'ring', 'organisation', 'role', 'description', 'tags'] as const;
export const relationCsvFields = ['from', 'to', 'type', 'label', 'twoWay', 'informal', 'strength'] as const;
export type ActorCsvField = (typeof actorCsvFields)[number];
export type RelationCsvField = (typeof relationCsvFields)[number];

/** For each field, the index of its column, or null when no column is used for it. */
export type ColumnMapping<F extends string> = Record<F, number | null>;
export type ActorColumnMapping = ColumnMapping<ActorCsvField>;
export type RelationColumnMapping = ColumnMapping<RelationCsvField>;

/**
 * Lower case, without accents, with spaces, hyphens, underscores and dots as one space: "Kehä",
 * "keha" and " KEHÄ " are the same header, and "two_way" is "Two-way".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

// Written as people write them; both sides are compared normalised.
const actorHeaders: Record<ActorCsvField, readonly string[]> = {
  name: ['name', 'actor', 'actor name', 'nimi', 'toimija', 'toimijan nimi', 'namn', 'aktör', 'aktörens namn'],
  type: ['type', 'actor type', 'kind', 'tyyppi', 'toimijatyyppi', 'toimijan tyyppi', 'laji', 'typ', 'aktörstyp'],
  ring: ['ring', 'ring number', 'circle', 'kehä', 'kehän numero', 'ringens nummer'],
  organisation: ['organisation', 'organization', 'org', 'organisaatio', 'yhteisö', 'organisationen'],
  role: ['role', 'contact role', 'rooli', 'yhteyshenkilön rooli', 'tehtävä', 'roll', 'kontaktpersonens roll'],
  description: ['description', 'notes', 'kuvaus', 'huomiot', 'beskrivning', 'anteckningar'],
  tags: ['tags', 'tag', 'keywords', 'tunnisteet', 'tunniste', 'avainsanat', 'taggar', 'tagg', 'nyckelord'],
};

const relationHeaders: Record<RelationCsvField, readonly string[]> = {
  from: ['from', 'source', 'from actor', 'mistä', 'lähde', 'keneltä', 'från', 'källa', 'från aktör'],
  to: ['to', 'target', 'to actor', 'mihin', 'kohde', 'kenelle', 'till', 'mål', 'till aktör'],
  type: ['type', 'relation type', 'kind', 'tyyppi', 'suhteen tyyppi', 'suhdetyyppi', 'laji', 'typ', 'relationstyp'],
  label: ['label', 'name', 'title', 'description', 'nimi', 'otsikko', 'nimike', 'kuvaus', 'etikett', 'namn', 'rubrik'],
  twoWay: ['two-way', 'bidirectional', 'both ways', 'kaksisuuntainen', 'molempiin suuntiin', 'dubbelriktad'],
  informal: ['informal', 'epävirallinen', 'informell'],
  strength: ['strength', 'weight', 'vahvuus', 'paino', 'styrka', 'vikt'],
};

function guess<F extends string>(headers: readonly string[], known: Record<F, readonly string[]>): ColumnMapping<F> {
  const names = headers.map(normalise);
  const used = new Set<number>();
  const mapping = {} as ColumnMapping<F>;
  for (const field of Object.keys(known) as F[]) {
    const words = new Set(known[field].map(normalise));
    const index = names.findIndex((name, i) => !used.has(i) && words.has(name));
    mapping[field] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}

/** The columns an actors file's header names suggest; a field whose column is not found is null. */
export const guessActorColumns = (headers: readonly string[]): ActorColumnMapping => guess(headers, actorHeaders);

/** The columns a relations file's header names suggest. */
export const guessRelationColumns = (headers: readonly string[]): RelationColumnMapping =>
  guess(headers, relationHeaders);
