import * as Y from 'yjs';
import {
  canvasContentSchema,
  ecosystemContentSchema,
  itemList,
  journeyContentSchema,
  type BoardContent,
  type BoardKind,
} from '../../shared/model';
import { z } from '../../shared/model/zod';

/**
 * The shape of each board kind's Yjs document. Components never touch raw Y types: they call
 * these helpers (DESIGN.md, Storage). Layout of a document:
 *   root map "board": kind, shapeVersion, the kind's scalar fields,
 *   one Y.Array of Y.Maps per ordered collection (sections, rings, stages, lanes),
 *   one Y.Map of Y.Maps per keyed collection (notes, actors, relations, cells), keyed by item key.
 * Item fields are plain JSON values. Board issues may add fields and collections, never rename.
 */
interface Shape {
  scalars: readonly string[];
  ordered: readonly string[];
  keyed: Readonly<Record<string, (item: Item) => string>>;
}
type Item = Record<string, unknown>;

const byId = (item: Item) => String(item.id);
const byCell = (item: Item) => `${String(item.stageId)}|${String(item.laneId)}`;

const shapes: Record<BoardKind, Shape> = {
  canvas: {
    scalars: ['templateId', 'locked'],
    ordered: ['sections'],
    keyed: { notes: byId, rounds: byId, votes: byId },
  },
  ecosystem: {
    scalars: ['view', 'ringWidth', 'locked'],
    ordered: ['rings', 'groups', 'customActorTypes', 'customRelationTypes'],
    keyed: { actors: byId, relations: byId },
  },
  journey: {
    scalars: ['preset', 'persona', 'personaRef', 'state', 'basedOn', 'locked'],
    ordered: ['stages', 'lanes'],
    keyed: { notes: byId, scores: byCell, touchpoints: byCell },
  },
};

const schemas = {
  canvas: canvasContentSchema,
  ecosystem: ecosystemContentSchema,
  journey: journeyContentSchema,
} as const;

const SHAPE_VERSION = 1;

/** Origin of every user edit: the undo manager tracks only these (DESIGN.md, Undo). */
export const LOCAL = Symbol('kartta-local-edit');
/** Origin of content written from a file or the sample: never undoable. */
export const IMPORT = Symbol('kartta-import');

const root = (doc: Y.Doc) => doc.getMap<unknown>('board');

// An absent optional field (a lock flag in a literal made before locks) is left out, never stored as undefined.
function toYMap(item: Item): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(item)) if (value !== undefined) map.set(key, value);
  return map;
}

/** An edit refused because the board, or an item it touches, is locked (issue 9). */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor(
    message: string,
    /** The locked items it would have moved or deleted; empty when the whole board is locked. */
    readonly ids: readonly string[] = [],
  ) {
    super(message);
  }
}

/** What a locked board still takes: votes are cast during a session (a canvas's rounds and votes). */
const OPEN_WHEN_LOCKED = new Set(['votes', 'rounds']);
/** A journey note's votes are a count on the note: a change of that field alone is a vote too. */
const FIELDS_OPEN_WHEN_LOCKED = new Set(['votes']);

export function isBoardLocked(doc: Y.Doc): boolean {
  return root(doc).get('locked') === true;
}

/**
 * Every user-edit primitive below asks this first, so no path (a panel, a key, an import, a
 * layout) can change a locked board; being the first write of a transaction, it refuses before
 * anything is written.
 */
function assertOpen(doc: Y.Doc, collection: string, fields: readonly string[] = []): void {
  if (OPEN_WHEN_LOCKED.has(collection)) return;
  if (fields.length > 0 && fields.every((field) => FIELDS_OPEN_WHEN_LOCKED.has(field))) return;
  if (isBoardLocked(doc)) throw new LockedError('the board is locked');
}

/** Locks or unlocks the whole board, as a user edit (the one scalar a locked board takes). */
export function setBoardLocked(doc: Y.Doc, locked: boolean): void {
  doc.transact(() => root(doc).set('locked', locked), LOCAL);
}

/** Fills an empty document with a board's content, in one transaction. */
export function writeContent<K extends BoardKind>(
  doc: Y.Doc,
  kind: K,
  content: BoardContent<K>,
  origin = IMPORT,
): void {
  const shape = shapes[kind];
  const data = content as unknown as Item;
  doc.transact(() => {
    const board = root(doc);
    board.set('kind', kind);
    board.set('shapeVersion', SHAPE_VERSION);
    for (const key of shape.scalars) if (data[key] !== undefined) board.set(key, data[key]);
    for (const key of shape.ordered) {
      const list = new Y.Array<Y.Map<unknown>>();
      list.push((data[key] as Item[]).map(toYMap));
      board.set(key, list);
    }
    for (const [key, keyOf] of Object.entries(shape.keyed)) {
      const map = new Y.Map<Y.Map<unknown>>();
      for (const item of data[key] as Item[]) map.set(keyOf(item), toYMap(item));
      board.set(key, map);
    }
  }, origin);
}

/** The board's scalars and ordered lists as plain values (its keyed collections are read apart). */
function readUnkeyed(board: Y.Map<unknown>, shape: Shape): Item {
  const data: Item = {};
  for (const key of shape.scalars) data[key] = board.get(key);
  for (const key of shape.ordered) {
    const list = board.get(key);
    data[key] = list instanceof Y.Array ? list.toArray().map((m: Y.Map<unknown>) => m.toJSON()) : [];
  }
  return data;
}

/**
 * Reads a document back into plain, validated content. Throws when the document does not hold
 * valid content of that kind: callers treat that as a damaged board, never as empty.
 */
export function readContent<K extends BoardKind>(doc: Y.Doc, kind: K): BoardContent<K> {
  const shape = shapes[kind];
  const board = root(doc);
  const data = readUnkeyed(board, shape);
  for (const key of Object.keys(shape.keyed)) {
    const map = board.get(key);
    data[key] = map instanceof Y.Map ? [...map.values()].map((m: Y.Map<unknown>) => m.toJSON()) : [];
  }
  const parsed = schemas[kind].safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`the ${kind} board's document is damaged (${where})`);
  }
  return parsed.data as BoardContent<K>;
}

/**
 * The photos a board's notes show, read straight from its document without validating it: the
 * daily sweep of unused images reads every board of every project (attachment-sweep.ts).
 */
export function notePhotoIds(doc: Y.Doc): string[] {
  const notes = root(doc).get('notes');
  if (!(notes instanceof Y.Map)) return [];
  const ids: string[] = [];
  for (const note of notes.values()) {
    const photoId: unknown = note instanceof Y.Map ? note.get('photoId') : null;
    if (typeof photoId === 'string') ids.push(photoId);
  }
  return ids;
}

/**
 * The last read of each document, kept until its next transaction: an edit's own read (a drop's
 * snap, a lock check) reuses the page's read of the same state instead of parsing the whole board
 * again before it writes (~30–50 ms at 2,000 actors, all of it before the write: issue 10).
 * Callers treat content as immutable (React state), so sharing it is safe.
 */
const lastRead = new WeakMap<Y.Doc, unknown>();
const watched = new WeakSet<Y.Doc>();
/**
 * Each keyed item's validated value, by its Y.Map, until a transaction changes that map: after an
 * edit only the changed notes or actors are converted and validated again (the whole board took
 * 15–40 ms at 2,000 actors and 4,000 relations, in the render right after a drop, ahead of the
 * write's commit: issue 10). Unchanged items keep their object, so editors can tell what changed.
 */
const parsedItems = new WeakMap<Y.Map<unknown>, unknown>();

/** The kind's schema with keyed collections taking any items (each is validated on its own). */
const shallowSchemas = new Map<BoardKind, z.ZodType>();
function shallowSchema(kind: BoardKind): z.ZodType {
  let schema = shallowSchemas.get(kind);
  if (!schema) {
    const full = schemas[kind];
    const lists = Object.keys(shapes[kind].keyed).map((key) => {
      const list = full.shape[key as keyof typeof full.shape] as z.ZodType;
      const any = itemList(z.unknown());
      return [key, list instanceof z.ZodDefault ? any.default(list.def.defaultValue as unknown[]) : any] as const;
    });
    schema = full.extend(Object.fromEntries(lists));
    shallowSchemas.set(kind, schema);
  }
  return schema;
}

function itemSchema(kind: BoardKind, key: string): z.ZodType {
  const full = schemas[kind];
  let list = full.shape[key as keyof typeof full.shape] as z.ZodType;
  if (list instanceof z.ZodDefault) list = list.unwrap() as z.ZodType;
  if (!(list instanceof z.ZodArray)) throw new Error(`${kind}.${key} is not a list`);
  return list.element as z.ZodType;
}

/**
 * readContent, validating only the keyed items that changed since the last read; anything
 * invalid is left to readContent, so a damaged board throws the same error as there.
 */
function readContentIncremental<K extends BoardKind>(doc: Y.Doc, kind: K): BoardContent<K> {
  const shape = shapes[kind];
  const board = root(doc);
  const data = readUnkeyed(board, shape);
  for (const key of Object.keys(shape.keyed)) {
    const map = board.get(key);
    const items: unknown[] = [];
    if (map instanceof Y.Map) {
      const schema = itemSchema(kind, key);
      for (const item of map.values()) {
        if (!(item instanceof Y.Map)) return readContent(doc, kind);
        let parsed = parsedItems.get(item);
        if (parsed === undefined) {
          const result = schema.safeParse(item.toJSON());
          if (!result.success) return readContent(doc, kind);
          parsed = result.data;
          parsedItems.set(item, parsed);
        }
        items.push(parsed);
      }
    }
    data[key] = items;
  }
  const parsed = shallowSchema(kind).safeParse(data);
  return parsed.success ? (parsed.data as BoardContent<K>) : readContent(doc, kind);
}

export function readContentCached<K extends BoardKind>(doc: Y.Doc, kind: K): BoardContent<K> {
  const hit = lastRead.get(doc);
  if (hit) return hit as BoardContent<K>;
  // Inside a transaction the content may still change before it ends: a plain read, kept nowhere.
  if (doc._transaction !== null) return readContent(doc, kind);
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('beforeTransaction', () => lastRead.delete(doc));
    // Every changed Y.Map of the transaction (an item's field set, an item added to it), before
    // any observer or listener of the transaction could read the board.
    doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) if (type instanceof Y.Map) parsedItems.delete(type);
    });
  }
  const content = readContentIncremental(doc, kind);
  lastRead.set(doc, content);
  return content;
}

/** A fresh document holding the given content: what import and duplicate add to the boards table. */
export function docWithContent<K extends BoardKind>(kind: K, content: BoardContent<K>): Y.Doc {
  const doc = new Y.Doc();
  writeContent(doc, kind, content);
  return doc;
}

/** Sets one of the board's own fields (a canvas's template, a map's ring width), as a user edit. */
export function setScalar(doc: Y.Doc, field: string, value: unknown): void {
  assertOpen(doc, field);
  doc.transact(() => root(doc).set(field, value), LOCAL);
}

/** Sets one field of one item of a keyed collection, as a user edit. */
export function setItemField(doc: Y.Doc, collection: string, key: string, field: string, value: unknown): void {
  updateItem(doc, collection, key, { [field]: value });
}

/** Changes several fields of one item of a keyed collection, as one user edit. */
export function updateItem(doc: Y.Doc, collection: string, key: string, patch: Item): void {
  assertOpen(doc, collection, Object.keys(patch));
  doc.transact(() => {
    const item = keyedItem(doc, collection, key);
    for (const [field, value] of Object.entries(patch)) item.set(field, value);
  }, LOCAL);
}

/** Applies many item patches in one transaction: a drag of several notes is one undo step. */
export function updateItems(doc: Y.Doc, collection: string, patches: { key: string; patch: Item }[]): void {
  assertOpen(doc, collection);
  doc.transact(() => {
    for (const { key, patch } of patches) {
      const item = keyedItem(doc, collection, key);
      for (const [field, value] of Object.entries(patch)) item.set(field, value);
    }
  }, LOCAL);
}

/** Removes items from a keyed collection, as one user edit. */
export function removeItems(doc: Y.Doc, collection: string, keys: readonly string[]): void {
  assertOpen(doc, collection);
  doc.transact(() => {
    const map = root(doc).get(collection);
    if (!(map instanceof Y.Map)) throw new Error(`no collection ${collection}`);
    for (const key of keys) map.delete(key);
  }, LOCAL);
}

function keyedItem(doc: Y.Doc, collection: string, key: string): Y.Map<unknown> {
  const map = root(doc).get(collection);
  const item = map instanceof Y.Map ? map.get(key) : undefined;
  if (!(item instanceof Y.Map)) throw new Error(`no item ${collection}/${key}`);
  return item;
}

/**
 * A collection of the board's shape that a document written before it existed lacks (a map
 * from before groups or own types); made on the first write. Reads already treat it as empty.
 */
function shapeOf(doc: Y.Doc): Shape | undefined {
  const kind = root(doc).get('kind');
  return typeof kind === 'string' && kind in shapes ? shapes[kind as BoardKind] : undefined;
}

function orderedList(doc: Y.Doc, collection: string): Y.Array<Y.Map<unknown>> {
  const list = root(doc).get(collection);
  if (list instanceof Y.Array) return list as Y.Array<Y.Map<unknown>>;
  if (list !== undefined || !shapeOf(doc)?.ordered.includes(collection)) {
    throw new Error(`no ordered collection ${collection}`);
  }
  const made = new Y.Array<Y.Map<unknown>>();
  root(doc).set(collection, made);
  return made;
}

function keyedCollection(doc: Y.Doc, collection: string): Y.Map<unknown> {
  const map = root(doc).get(collection);
  if (map instanceof Y.Map) return map;
  if (map !== undefined || !(collection in (shapeOf(doc)?.keyed ?? {}))) throw new Error(`no collection ${collection}`);
  const made = new Y.Map<unknown>();
  root(doc).set(collection, made);
  return made;
}

const indexOfId = (list: Y.Array<Y.Map<unknown>>, id: string) => list.toArray().findIndex((m) => m.get('id') === id);

/** Appends an item to an ordered collection (sections, rings, stages, lanes), as a user edit. */
export function appendOrderedItem(doc: Y.Doc, collection: string, item: Item): void {
  assertOpen(doc, collection);
  doc.transact(() => orderedList(doc, collection).push([toYMap(item)]), LOCAL);
}

export function updateOrderedItem(doc: Y.Doc, collection: string, id: string, patch: Item): void {
  assertOpen(doc, collection);
  doc.transact(() => {
    const list = orderedList(doc, collection);
    const item = list.get(indexOfId(list, id));
    if (!item) throw new Error(`no item ${collection}/${id}`);
    for (const [field, value] of Object.entries(patch)) item.set(field, value);
  }, LOCAL);
}

export function removeOrderedItem(doc: Y.Doc, collection: string, id: string): void {
  assertOpen(doc, collection);
  doc.transact(() => {
    const list = orderedList(doc, collection);
    const index = indexOfId(list, id);
    if (index >= 0) list.delete(index, 1);
  }, LOCAL);
}

/**
 * Moves an item to another index. Yjs arrays cannot move an element, so it is deleted and a copy
 * inserted, in one transaction (one undo step).
 */
export function moveOrderedItem(doc: Y.Doc, collection: string, id: string, toIndex: number): void {
  assertOpen(doc, collection);
  doc.transact(() => {
    const list = orderedList(doc, collection);
    const from = indexOfId(list, id);
    if (from < 0 || toIndex < 0 || toIndex >= list.length || toIndex === from) return;
    const copy = toYMap(list.get(from).toJSON() as Item);
    list.delete(from, 1);
    list.insert(toIndex, [copy]);
  }, LOCAL);
}

/** One item of a keyed collection as plain data, or undefined. */
export function readItem(doc: Y.Doc, collection: string, key: string): Item | undefined {
  const map = root(doc).get(collection);
  const item = map instanceof Y.Map ? map.get(key) : undefined;
  return item instanceof Y.Map ? (item.toJSON() as Item) : undefined;
}

/** One field of one item, read straight from the document (fresher than any rendered copy). */
export function readItemField(doc: Y.Doc, collection: string, key: string, field: string): unknown {
  const map = root(doc).get(collection);
  const item = map instanceof Y.Map ? map.get(key) : undefined;
  return item instanceof Y.Map ? item.get(field) : undefined;
}

/** Adds an item to a keyed collection, as a user edit. */
export function addItem(doc: Y.Doc, collection: string, key: string, item: Item): void {
  assertOpen(doc, collection);
  doc.transact(() => keyedCollection(doc, collection).set(key, toYMap(item)), LOCAL);
}

/** Runs one user action and closes its undo step, so the next action is undone on its own. */
export function asOneStep<T>(undo: Y.UndoManager, edit: () => T): T {
  const result = edit();
  undo.stopCapturing();
  return result;
}

/**
 * One undo manager per open board: it undoes user edits only (origin LOCAL), never content
 * loaded from storage or another window. Editors call stopCapturing() at the end of each action.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(root(doc), { trackedOrigins: new Set([LOCAL]), captureTimeout: 500 });
}
