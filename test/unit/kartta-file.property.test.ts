// Property tests for the one door a .kartta file comes in by (issue 7): generated valid projects
// round-trip, and generated broken or hostile files are refused with a readable error without an
// exception escaping restore() or Object.prototype changing. Seeded: a failure prints its seed
// and path, and reruns the same.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import {
  restore,
  serializeKarttaFile,
  toKarttaFile,
  MAX_JSON_DEPTH,
  type ProjectSnapshot,
  type RestoreError,
  type RestoreResult,
} from '../../shared/model';
import { appVersion, at, must, savedAt, validSnapshot } from './kartta-file.arbitraries';

const SEED = 7_2026;
const RUNS = 1_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const fileText = (snapshot: ProjectSnapshot, version: string, when: Date) =>
  serializeKarttaFile(toKarttaFile(snapshot, version, when));
const validFile = fc.tuple(validSnapshot, appVersion, savedAt).map(([s, v, when]) => fileText(s, v, when));
const pathText = (path: Path) => ['$', ...path.map(String)].join('.');

/** Every value in a JSON tree below the root, with its path. */
function entries(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  if (Array.isArray(value))
    value.forEach((v, i) => entries(v, [...path, i], out).push({ path: [...path, i], value: v }));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) entries(v, [...path, k], out).push({ path: [...path, k], value: v });
  }
  return out;
}
const parent = (root: Json, path: Path) => path.slice(0, -1).reduce<Json>((v, k) => (v as never)[k], root);
const setAt = (root: Json, path: Path, value: Json) => {
  (parent(root, path) as Record<string | number, Json>)[at(path, path.length - 1)] = value;
};

/** Fields with a default (added after the first files): a file may leave them out. */
const DEFAULTED = new Set([
  'attachments',
  'photoId',
  'rounds',
  'votes',
  'view',
  'ringWidth',
  'groups',
  'customActorTypes',
  'customRelationTypes',
  'groupId',
  'role',
  'informal',
  'strength',
  'lineBelow',
  'collapsed',
  'state',
  'basedOn',
  'steps',
  'personaRef',
  'sessions',
  'locked',
  'lang',
  'altText',
  'language',
]);
/**
 * Defaulted fields that stay absent when left out (a lock reads as false, a text language as the
 * project's, a board's text alternative as the generated one, a project's language as not set):
 * nothing to fill in.
 */
const ABSENT_IS_DEFAULT = new Set(['locked', 'lang', 'altText', 'language']);
/**
 * A participant's role is required, an actor's has a default; a board's order is required, a
 * journey note's has one; a note's colour is required, a lane's has one; a canvas note's author
 * is required, a journey note's (the one with a stage) has one.
 */
const isDefaulted = (root: Json, path: Path) => {
  const key = path[path.length - 1] as string;
  if (key === 'order') return path.includes('notes');
  if (key === 'color') return path.includes('lanes');
  if (key === 'authorId') return 'stageId' in (parent(root, path) as object);
  return DEFAULTED.has(key) && !(key === 'role' && path.includes('participants'));
};
/** Fields that hold a reference to another item; null in a nullable one means "none". */
const REFERENCES = new Set([
  'sectionId',
  'photoId',
  'noteId',
  'roundId',
  'ringId',
  'groupId',
  'stageId',
  'laneId',
  'blockId',
]);
const ID_LISTS = new Set([
  'boards',
  'attachments',
  'participants',
  'sections',
  'notes',
  'rounds',
  'votes',
  'rings',
  'groups',
  'actors',
  'relations',
  'customActorTypes',
  'customRelationTypes',
  'stages',
  'lanes',
  'sessions',
  'blocks',
  'decisions',
  'actionItems',
  'parkedQuestions',
]);
const typeName = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** A value of another JSON type; never null for a non-null value (nullable fields accept it). */
const otherTypes: Record<string, Json[]> = {
  null: [7, true, {}],
  boolean: [1, 'true', []],
  number: ['1', false, {}, []],
  string: [42, true, [], {}],
  array: ['[]', 0, {}],
  object: ['{}', 0, []],
};

/** A mutation of a valid file that must be refused, with the error kinds it may give and a path it must name. */
interface Broken {
  what: string;
  text: string;
  kinds: RestoreError['kind'][];
  path?: string;
}

const broken: fc.Arbitrary<Broken & { mutation: string }> = fc
  .tuple(
    validFile,
    fc.constantFrom(
      'truncated',
      'wrong type',
      'removed field',
      'dangling reference',
      'duplicate id',
      'unknown kind',
      'prototype key',
      'deep nesting',
      'huge string',
      'not json',
    ),
    fc.nat(),
    fc.nat(),
    fc.string({ maxLength: 40 }),
  )
  .map(([text, mutation, a, b, noise]) => ({ mutation, ...mutate(text, mutation, a, b, noise) }));

/** Breaks a valid file's text in the way `mutation` names, falling back to truncation when the file has nothing to break that way. */
function mutate(text: string, mutation: string, a: number, b: number, noise: string): Broken {
  const data = JSON.parse(text) as Json;
  const all = entries(data);
  const choose = <T>(list: T[], n = a): T | undefined => list[n % Math.max(list.length, 1)];
  const keyOf = (e: { path: Path }) => e.path[e.path.length - 1];
  const fallback = (): Broken => ({
    what: 'truncated',
    text: text.slice(0, a % text.trimEnd().length),
    kinds: ['not-json'],
  });
  switch (mutation) {
    case 'truncated':
      return fallback();
    case 'wrong type': {
      const target = must(choose(all));
      const value = must(choose(must(otherTypes[typeName(target.value)]), b));
      setAt(data, target.path, value);
      const kinds: RestoreError['kind'][] = target.path[0] === 'format' ? ['not-kartta'] : ['invalid'];
      return {
        what: `${pathText(target.path)} = ${JSON.stringify(value)}`,
        text: JSON.stringify(data),
        kinds,
        path: pathText(target.path),
      };
    }
    case 'removed field': {
      const target = must(choose(all.filter((e) => typeof keyOf(e) === 'string' && !isDefaulted(data, e.path))));
      Reflect.deleteProperty(parent(data, target.path) as object, keyOf(target) as string);
      const kinds: RestoreError['kind'][] = target.path[0] === 'format' ? ['not-kartta'] : ['invalid'];
      return {
        what: `removed ${pathText(target.path)}`,
        text: JSON.stringify(data),
        kinds,
        path: pathText(target.path),
      };
    }
    case 'dangling reference': {
      const refs = all.filter((e) => {
        const key = keyOf(e);
        if (typeof e.value !== 'string') return false;
        if (REFERENCES.has(key as string)) return true;
        // An actor's or relation's type, a relation's ends.
        return (key === 'from' || key === 'to' || key === 'type') && e.path.includes('content');
      });
      const target = choose(refs);
      if (!target) return fallback();
      setAt(data, target.path, 'missing-🙈');
      return {
        what: `${pathText(target.path)} dangles`,
        text: JSON.stringify(data),
        kinds: ['invalid'],
        path: pathText(target.path),
      };
    }
    case 'duplicate id': {
      const lists = all.filter(
        (e) => ID_LISTS.has(keyOf(e) as string) && Array.isArray(e.value) && e.value.length >= 2,
      );
      const target = choose(lists);
      if (!target) return fallback();
      const items = target.value as { id: Json }[];
      const i = b % items.length;
      const j = (i + 1 + (a % (items.length - 1))) % items.length;
      at(items, j).id = at(items, i).id;
      // The second of the two is the duplicate.
      const second = Math.max(i, j);
      return {
        what: `duplicate id in ${pathText(target.path)}`,
        text: JSON.stringify(data),
        kinds: ['invalid'],
        path: pathText([...target.path, second, 'id']),
      };
    }
    case 'unknown kind': {
      const boards = all.filter((e) => keyOf(e) === 'kind');
      const target = choose(boards);
      if (!target) return fallback();
      setAt(data, target.path, noise === 'canvas' ? 'whiteboard' : noise);
      return {
        what: `${pathText(target.path)} = ${JSON.stringify(noise)}`,
        text: JSON.stringify(data),
        kinds: ['invalid'],
      };
    }
    case 'prototype key': {
      const objects = [{ path: [], value: data }, ...all].filter(
        (e) => e.value !== null && typeof e.value === 'object' && !Array.isArray(e.value),
      );
      const target = must(choose(objects));
      const key = must(choose(['__proto__', 'constructor', 'prototype'], b));
      // defineProperty makes an own "__proto__" key that JSON.stringify writes out.
      Object.defineProperty(target.value, key, { value: { polluted: true }, enumerable: true });
      return { what: `${key} in ${pathText(target.path)}`, text: JSON.stringify(data), kinds: ['not-json'] };
    }
    case 'deep nesting': {
      const target = must(choose(all));
      const depth = MAX_JSON_DEPTH + 1 + (b % 500);
      const open = b % 2 === 0 ? '[' : '{"a":';
      const close = b % 2 === 0 ? ']' : '}';
      const marker = '"__deep__"';
      setAt(data, target.path, '__deep__');
      const deep = open.repeat(depth) + '1' + close.repeat(depth);
      return {
        what: `${depth} levels at ${pathText(target.path)}`,
        text: JSON.stringify(data).replace(marker, deep),
        kinds: ['too-deep'],
      };
    }
    case 'huge string': {
      // Longer than every text limit (the longest, a project's goal, is 20,000).
      const strings = all.filter((e) => typeof e.value === 'string' && keyOf(e) !== 'data');
      const target = must(choose(strings));
      setAt(data, target.path, 'x'.repeat(20_001 + (b % 1000)));
      const kinds: RestoreError['kind'][] = target.path[0] === 'format' ? ['not-kartta'] : ['invalid'];
      return {
        what: `huge ${pathText(target.path)}`,
        text: JSON.stringify(data),
        kinds,
        path: pathText(target.path),
      };
    }
    default:
      // Text that is not JSON at all, or JSON that is no project file.
      return b % 2 === 0
        ? { what: 'noise', text: `${noise}\u0000{`, kinds: ['not-json'] }
        : { what: 'json noise', text: JSON.stringify([noise, a]), kinds: ['not-kartta'] };
  }
}

const messages = catalogues.en.files.errors;
const messageKey: Record<RestoreError['kind'], keyof typeof messages> = {
  'too-large': 'tooLarge',
  'too-deep': 'tooDeep',
  'not-json': 'notJson',
  'not-kartta': 'notKartta',
  'newer-version': 'newerVersion',
  invalid: 'invalid_other',
};

/** Refused, with a message to show and, for schema errors, what is wrong and where. */
function expectReadable(result: RestoreResult): RestoreError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  const { error } = result;
  expect(messages[messageKey[error.kind]]).toBeTruthy();
  if (error.kind === 'not-json') expect(error.detail).not.toBe('');
  if (error.kind === 'invalid') {
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.path).toMatch(/^\$/);
      expect(issue.message).not.toBe('');
    }
  }
  return error;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
});

describe('.kartta files, generated', () => {
  it(`round-trips ${RUNS} valid projects of every board kind to an equal snapshot`, () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(validSnapshot, appVersion, savedAt, (snapshot, version, when) => {
        snapshot.boards.forEach((b) => kinds.add(b.kind));
        const result = restore(fileText(snapshot, version, when));
        if (!result.ok) throw new Error(JSON.stringify(result.error).slice(0, 1000));
        expect(result.file.snapshot).toEqual(snapshot);
        expect(result.file.appVersion).toBe(version);
        expect(result.file.savedAt).toBe(when.toISOString());
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect([...kinds].sort()).toEqual(['canvas', 'ecosystem', 'journey']);
  });

  it(`refuses ${RUNS} broken or hostile files with a readable error`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(broken, (file) => {
        seen.add(file.what === 'truncated' ? 'truncated' : file.mutation);
        let result: RestoreResult;
        try {
          result = restore(file.text);
        } catch (e) {
          throw new Error(`restore() threw on ${file.what}: ${String(e)}`, { cause: e });
        }
        const error = expectReadable(result);
        expect(file.kinds, file.what).toContain(error.kind);
        if (file.path && error.kind === 'invalid') {
          expect(
            error.issues.map((i) => i.path),
            file.what,
          ).toContain(file.path);
        }
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(seen.size, [...seen].join(', ')).toBe(10);
  });

  it('accepts a file without a defaulted field and fills in the default', () => {
    fc.assert(
      fc.property(validFile, fc.nat(), (text, n) => {
        const data = JSON.parse(text) as Json;
        // A non-empty list left out would leave its references dangling (votes without rounds).
        const defaulted = entries(data).filter(
          (e) =>
            isDefaulted(data, e.path) &&
            !ABSENT_IS_DEFAULT.has(String(e.path[e.path.length - 1])) &&
            !(Array.isArray(e.value) && e.value.length > 0),
        );
        fc.pre(defaulted.length > 0);
        const target = at(defaulted, n % defaulted.length);
        Reflect.deleteProperty(parent(data, target.path) as object, target.path[target.path.length - 1] as string);
        const result = restore(JSON.stringify(data));
        if (!result.ok) throw new Error(`${pathText(target.path)}: ${JSON.stringify(result.error).slice(0, 500)}`);
        const key = String(target.path[target.path.length - 1]);
        expect(parent(result.file as unknown as Json, target.path), pathText(target.path)).toHaveProperty([key]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('accepts a file without a lock flag, and leaves it absent (read as unlocked)', () => {
    fc.assert(
      fc.property(validFile, fc.nat(), (text, n) => {
        const data = JSON.parse(text) as Json;
        const flags = entries(data).filter((e) => ABSENT_IS_DEFAULT.has(String(e.path[e.path.length - 1])));
        fc.pre(flags.length > 0);
        const target = at(flags, n % flags.length);
        Reflect.deleteProperty(parent(data, target.path) as object, target.path[target.path.length - 1] as string);
        const result = restore(JSON.stringify(data));
        if (!result.ok) throw new Error(`${pathText(target.path)}: ${JSON.stringify(result.error).slice(0, 500)}`);
        const key = String(target.path[target.path.length - 1]);
        expect(parent(result.file as unknown as Json, target.path), pathText(target.path)).not.toHaveProperty([key]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('never throws on random edits of a valid file', () => {
    fc.assert(
      fc.property(validFile, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }), (text, where, insert) => {
        const i = where % text.length;
        const edited = text.slice(0, i) + insert + text.slice(i + 1 + (where % 3));
        const result = restore(edited);
        if (!result.ok) expectReadable(result);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
