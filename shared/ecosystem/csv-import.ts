// CSV import of an ecosystem map: an actors file and an optional relations file (relations name
// their actors) become the actors and relations to add, and a list of the rows that cannot be
// added and why. Nothing here writes anything: the renderer shows the plan, and writes it only
// when the user confirms (renderer/store/ecosystem-import.ts), all at once.
import {
  BOARD_LIMITS,
  newId,
  type Actor,
  type EcosystemContent,
  type Relation,
  type RelationType,
  type Ring,
} from '../model';
import { normalise, type ActorColumnMapping, type RelationColumnMapping } from './csv-columns';
import type { CsvFileKind, CsvIssue } from './csv-issues';
import type { CsvRow, CsvTable } from './csv-table';
import { actorTypeOf, ownTypeOf, relationTypeOf, ringOf, strengthOf, yesNoOf } from './csv-values';
import { layoutByRing } from './ring-layout';

export * from './csv-columns';
export * from './csv-issues';
export * from './csv-table';

/** A relation's type when its file has no type for it: what the editor gives a new relation. */
const DEFAULT_RELATION_TYPE: RelationType = 'service';
const MAX_TAG_LENGTH = 100;

export interface CsvImportInput {
  /** The map the import goes into, as it is now. */
  map: Pick<EcosystemContent, 'rings' | 'ringWidth' | 'actors' | 'relations'> &
    Partial<Pick<EcosystemContent, 'customActorTypes' | 'customRelationTypes'>>;
  actors?: { table: CsvTable; columns: ActorColumnMapping } | null;
  relations?: { table: CsvTable; columns: RelationColumnMapping } | null;
  /** Id maker (tests pass a counter); positions never depend on the ids. */
  makeId?: () => string;
}

export interface CsvImportPlan {
  /** New actors, placed, in file order. */
  actors: Actor[];
  relations: Relation[];
  /** A wider ring band the layout of a new map needs, or null to keep the map's. */
  ringWidth: number | null;
  issues: CsvIssue[];
  /** Rows skipped for their problems, per file. */
  skipped: Record<CsvFileKind, number>;
}

/** Turns the files' rows into what to add to the map. Pure and deterministic (but for ids). */
export function planCsvImport(input: CsvImportInput): CsvImportPlan {
  const makeId = input.makeId ?? newId;
  const issues: CsvIssue[] = [];
  const actors = input.actors
    ? readActors(input.map, input.actors.table, input.actors.columns, issues)
    : emptyRead<ActorRow>();
  const onMap = namesOnMap(input.map.actors);
  const ids = actors.rows.map(() => makeId());
  const byName = new Map(actors.rows.map((row, i) => [normalise(row.name), ids[i]]));
  const relations = input.relations
    ? readRelations(
        input.relations.table,
        input.relations.columns,
        { byName, onMap, skipped: actors.skippedNames, existing: input.map.relations.length },
        issues,
        makeId,
        input.map.customRelationTypes,
      )
    : emptyRead<Relation>();
  const placed = place(input.map, actors.rows, relations.rows, ids);
  return {
    actors: actors.rows.map((row, i) => ({ ...row, id: ids[i], ...(placed.positions[i] ?? { x: 0, y: 0 }) })),
    relations: relations.rows,
    ringWidth: placed.ringWidth,
    issues: issues.sort(byFileAndLine),
    skipped: { actors: actors.skipped, relations: relations.skipped },
  };
}

type ActorRow = Omit<Actor, 'id' | 'x' | 'y'>;
interface Read<T> {
  rows: T[];
  skipped: number;
  /** Names on skipped rows, so a relation to one can say why its actor is missing. */
  skippedNames: Set<string>;
}
const emptyRead = <T>(): Read<T> => ({ rows: [], skipped: 0, skippedNames: new Set() });

/** Reads one row's cells by column; `problem` records an issue in a named column of this row. */
function rowReader(file: CsvFileKind, table: CsvTable, row: CsvRow, issues: CsvIssue[]) {
  let bad = false;
  return {
    cell: (index: number | null) => (index === null ? '' : (row.cells[index] ?? '').trim()),
    problem(index: number | null, key: CsvIssue['key'], params: CsvIssue['params'] = {}) {
      bad = true;
      issues.push({ file, line: row.line, column: index === null ? null : columnName(table, index), key, params });
    },
    /** A text cell no longer than `limit`. */
    text(index: number | null, limit: number) {
      const value = this.cell(index);
      if (value.length > limit) this.problem(index, 'tooLong', { length: value.length, limit });
      return value;
    },
    get bad() {
      return bad;
    },
  };
}

/** A column's header as the file has it, or its position when the header is empty. */
export const columnName = (table: Pick<CsvTable, 'headers'>, index: number) => table.headers[index] || `#${index + 1}`;

function readActors(
  map: CsvImportInput['map'],
  table: CsvTable,
  columns: ActorColumnMapping,
  issues: CsvIssue[],
): Read<ActorRow> {
  const result = emptyRead<ActorRow>();
  const skipAll = () => {
    result.skipped = table.rows.length;
    result.rows = [];
    const column = columns.name;
    if (column !== null) for (const row of table.rows) result.skippedNames.add(normalise(row.cells[column] ?? ''));
    return result;
  };
  if (columns.name === null) {
    issues.push({ file: 'actors', line: null, column: null, key: 'noNameColumn', params: {} });
    return skipAll();
  }
  const onMap = namesOnMap(map.actors);
  /** Line of the row that brought each name in (valid rows only). */
  const firstLine = new Map<string, number>();
  const outermost = map.rings[map.rings.length - 1];
  for (const row of table.rows) {
    const read = rowReader('actors', table, row, issues);
    const name = read.text(columns.name, BOARD_LIMITS.title);
    const key = normalise(name);
    const earlier = firstLine.get(key);
    if (!key) read.problem(columns.name, 'missingName');
    else if (onMap.has(key)) read.problem(columns.name, 'nameOnMap', { name });
    else if (earlier !== undefined) read.problem(columns.name, 'duplicateName', { name, line: earlier });
    const typeText = read.cell(columns.type);
    // No type given is "other"; the map's own types by name, then the built-in ones; a type given
    // that neither knows is a mistake to show.
    const type = typeText === '' ? 'other' : (ownTypeOf(map.customActorTypes, typeText) ?? actorTypeOf(typeText));
    if (!type) read.problem(columns.type, 'unknownType', { value: typeText });
    const ringText = read.cell(columns.ring);
    // No ring given: the outermost ring, the one for actors nobody placed closer.
    const ring: Ring | null = ringText === '' ? outermost : ringOf(map.rings, ringText);
    if (!ring) read.problem(columns.ring, 'unknownRing', { value: ringText, count: map.rings.length });
    const organisation = read.text(columns.organisation, BOARD_LIMITS.title);
    const role = read.text(columns.role, BOARD_LIMITS.title);
    const description = read.text(columns.description, BOARD_LIMITS.text);
    const tags = tagsOf(read.cell(columns.tags));
    if (tags.length > BOARD_LIMITS.tags) {
      read.problem(columns.tags, 'tooManyTags', { count: tags.length, limit: BOARD_LIMITS.tags });
    }
    const longTag = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
    if (longTag) read.problem(columns.tags, 'tooLong', { length: longTag.length, limit: MAX_TAG_LENGTH });
    if (read.bad || !type || !ring) {
      result.skipped++;
      if (key) result.skippedNames.add(key);
      continue;
    }
    firstLine.set(key, row.line);
    // Groups are not read from CSV (yet): imported actors belong to none.
    result.rows.push({ name, type, ringId: ring.id, organisation, role, description, tags, groupId: null });
  }
  const total = map.actors.length + result.rows.length;
  if (total > BOARD_LIMITS.itemsPerBoard) {
    issues.push({
      file: 'actors',
      line: null,
      column: null,
      key: 'mapFull',
      params: { count: total, limit: BOARD_LIMITS.itemsPerBoard },
    });
    return skipAll();
  }
  return result;
}

/** Tags are separated by commas or semicolons (the editor's field takes commas); repeats are dropped. */
function tagsOf(text: string): string[] {
  const tags = text
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The map's actors by normalised name; a name held by two actors maps to null (ambiguous). */
function namesOnMap(actors: readonly Actor[]): Map<string, string | null> {
  const names = new Map<string, string | null>();
  for (const actor of actors) {
    const key = normalise(actor.name);
    names.set(key, names.has(key) ? null : actor.id);
  }
  return names;
}

interface Names {
  /** The file's valid actors: normalised name to new id. */
  byName: ReadonlyMap<string, string>;
  onMap: ReadonlyMap<string, string | null>;
  skipped: ReadonlySet<string>;
  /** Relations the map has already. */
  existing: number;
}

function readRelations(
  table: CsvTable,
  columns: RelationColumnMapping,
  names: Names,
  issues: CsvIssue[],
  makeId: () => string,
  ownTypes: CsvImportInput['map']['customRelationTypes'],
): Read<Relation> {
  const result = emptyRead<Relation>();
  const missing = (['from', 'to'] as const).filter((field) => columns[field] === null);
  if (missing.length > 0) {
    for (const field of missing) {
      issues.push({
        file: 'relations',
        line: null,
        column: null,
        key: field === 'from' ? 'noFromColumn' : 'noToColumn',
        params: {},
      });
    }
    result.skipped = table.rows.length;
    return result;
  }
  for (const row of table.rows) {
    const read = rowReader('relations', table, row, issues);
    const endpoint = (index: number | null): string | null => {
      const name = read.cell(index);
      const key = normalise(name);
      // A name in the file wins over the map's: the two never share one (nameOnMap).
      const id = key ? (names.byName.get(key) ?? names.onMap.get(key)) : undefined;
      if (id) return id;
      if (!key) read.problem(index, 'missingActor');
      else if (id === null) read.problem(index, 'ambiguousActor', { name });
      else read.problem(index, names.skipped.has(key) ? 'actorSkipped' : 'unknownActor', { name });
      return null;
    };
    const from = endpoint(columns.from);
    const to = endpoint(columns.to);
    if (from && to && from === to) read.problem(columns.to, 'sameActor');
    const typeText = read.cell(columns.type);
    const type = typeText === '' ? DEFAULT_RELATION_TYPE : (ownTypeOf(ownTypes, typeText) ?? relationTypeOf(typeText));
    if (!type) read.problem(columns.type, 'unknownRelationType', { value: typeText });
    const label = read.text(columns.label, BOARD_LIMITS.title);
    const flag = (index: number | null) => {
      const value = yesNoOf(read.cell(index));
      if (value === null) read.problem(index, 'notYesNo', { value: read.cell(index) });
      return value ?? false;
    };
    const twoWay = flag(columns.twoWay);
    const informal = flag(columns.informal);
    const strength = strengthOf(read.cell(columns.strength));
    if (!strength.ok) read.problem(columns.strength, 'badStrength', { value: read.cell(columns.strength) });
    if (read.bad || !from || !to || !type || !strength.ok) {
      result.skipped++;
      continue;
    }
    result.rows.push({ id: makeId(), from, to, type, label, directed: !twoWay, informal, strength: strength.value });
  }
  const total = names.existing + result.rows.length;
  if (total > BOARD_LIMITS.itemsPerBoard) {
    const params = { count: total, limit: BOARD_LIMITS.itemsPerBoard };
    issues.push({ file: 'relations', line: null, column: null, key: 'mapFull', params });
    return { rows: [], skipped: table.rows.length, skippedNames: new Set() };
  }
  return result;
}

/**
 * Where the new actors go. A map without actors is laid out by ring with everything imported
 * (the same files always give the same map). On a map that has actors, the new ones are spread
 * evenly round the middle of their ring's band: they may overlap, and "Arrange by ring" tidies.
 */
function place(
  map: CsvImportInput['map'],
  actors: readonly ActorRow[],
  relations: readonly Relation[],
  ids: readonly string[],
): { positions: { x: number; y: number }[]; ringWidth: number | null } {
  if (map.actors.length === 0) {
    // Ids made for the layout only: it breaks ties by id, and real ids are random.
    const layoutId = (i: number) => `csv-${String(i).padStart(6, '0')}`;
    const index = new Map(ids.map((id, i) => [id, layoutId(i)]));
    const layout = layoutByRing({
      rings: map.rings,
      ringWidth: map.ringWidth,
      // Imported actors belong to no group, and have built-in types.
      groups: [],
      customActorTypes: [],
      actors: actors.map((a, i) => ({ ...a, id: layoutId(i), x: 0, y: 0 })),
      relations: relations.map((r) => ({ ...r, from: index.get(r.from) ?? '', to: index.get(r.to) ?? '' })),
    });
    return {
      positions: actors.map((_, i) => layout.positions.get(layoutId(i)) ?? { x: 0, y: 0 }),
      ringWidth: layout.ringWidth === map.ringWidth ? null : layout.ringWidth,
    };
  }
  const ringIndex = new Map(map.rings.map((r, i) => [r.id, i]));
  const perRing = new Map<string, number>();
  const slot = actors.map((a) => {
    const n = perRing.get(a.ringId) ?? 0;
    perRing.set(a.ringId, n + 1);
    return n;
  });
  const positions = actors.map((a, i) => {
    const radius = ((ringIndex.get(a.ringId) ?? 0) + 0.5) * map.ringWidth;
    const angle = -Math.PI / 2 + (2 * Math.PI * slot[i]) / (perRing.get(a.ringId) ?? 1);
    return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
  });
  return { positions, ringWidth: null };
}

const byFileAndLine = (a: CsvIssue, b: CsvIssue) =>
  (a.file === b.file ? 0 : a.file === 'actors' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0);
