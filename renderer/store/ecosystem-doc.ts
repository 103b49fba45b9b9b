import type * as Y from 'yjs';
import {
  actorSchema,
  knownTypeIds,
  customActorTypeSchema,
  customRelationTypeSchema,
  isLocked,
  newId,
  type CustomActorType,
  type CustomRelationType,
  relationSchema,
  type Actor,
  type ActorType,
  type EcosystemContent,
  type Relation,
} from '../../shared/model';
import { freeSpotInRing, snapToRing, type RingLayout } from '../../shared/ecosystem';
import {
  LOCAL,
  LockedError,
  addItem,
  appendOrderedItem,
  readContentCached,
  readItem,
  removeItems,
  removeOrderedItem,
  setScalar,
  updateItem,
  updateItems,
  updateOrderedItem,
} from './board-docs';

/**
 * Typed edits of an ecosystem map's document, each one transaction; callers close the undo step
 * after each user action (asOneStep), and text fields after the field is left.
 */

export const MAX_RINGS = 12;

export function readEcosystem(doc: Y.Doc): EcosystemContent {
  return readContentCached(doc, 'ecosystem');
}

/** Adds an actor in a ring (at a free spot there unless a place is given, snapped to its ring). */
export function addActor(
  doc: Y.Doc,
  fields: { name: string; type: ActorType; ringId: string; at?: { x: number; y: number } },
): string {
  const content = readEcosystem(doc);
  const index = content.rings.findIndex((r) => r.id === fields.ringId);
  if (index < 0) throw new Error(`no ring ${fields.ringId}`);
  const placed = fields.at
    ? placeAt(content, fields.at.x, fields.at.y, fields.ringId)
    : { ...freeSpotInRing(content, index), ringId: fields.ringId };
  const actor: Actor = actorSchema.parse({
    id: newId(),
    name: fields.name,
    type: fields.type,
    description: '',
    organisation: '',
    role: '',
    tags: [],
    ...placed,
  });
  addItem(doc, 'actors', actor.id, actor);
  return actor.id;
}

/**
 * Changes an actor's fields; on a map of rings, a new ring moves it into that ring's band. Reads
 * only this actor unless its ring changes: text fields write on every keystroke, and reading a
 * 2,000-actor map each time cost 20 ms a key.
 */
export function updateActor(doc: Y.Doc, id: string, patch: Partial<Omit<Actor, 'id' | 'x' | 'y'>>): void {
  const current = readItem(doc, 'actors', id);
  if (!current || !actorSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to actor ${id}`);
  }
  if (patch.ringId && patch.ringId !== current.ringId) {
    const content = readEcosystem(doc);
    // On a map of rings a new ring is a move.
    if (content.view === 'rings' && current.locked === true) throw new LockedError(`actor ${id} is locked`, [id]);
    const index = content.rings.findIndex((r) => r.id === patch.ringId);
    if (index < 0) throw new Error(`no ring ${patch.ringId}`);
    if (content.view === 'rings') {
      const others = { ...content, actors: content.actors.filter((a) => a.id !== id) };
      updateItem(doc, 'actors', id, { ...patch, ...freeSpotInRing(others, index) });
      return;
    }
  }
  updateItem(doc, 'actors', id, patch);
}

/** Board coordinates stay inside the model's limits, whatever a drag, a key or a layout asks. */
const LIMIT = 999_000;
const bounded = (value: number) => Math.min(Math.max(Math.round(value), -LIMIT), LIMIT);

/**
 * Where an actor put at (x, y) goes: on a map of rings it snaps to the ring it was put in; in
 * the flow view it stays where it was put and keeps its ring.
 */
function placeAt(content: EcosystemContent, x: number, y: number, ringId: string) {
  return content.view === 'rings'
    ? snapToRing(content, bounded(x), bounded(y))
    : { x: bounded(x), y: bounded(y), ringId };
}

/** Refuses an edit that would move or delete locked actors (nothing is written). */
function refuseLocked(content: EcosystemContent, ids: readonly string[]): void {
  const wanted = new Set(ids);
  const locked = content.actors.filter((a) => wanted.has(a.id) && isLocked(a)).map((a) => a.id);
  if (locked.length > 0) throw new LockedError(`${locked.length} locked actors cannot be moved or deleted`, locked);
}

/**
 * Moves actors (a drag); on a map of rings each snaps to the ring it was dropped in. Like every
 * move and delete here, it throws LockedError and writes nothing when asked to move a locked
 * actor; editors leave locked actors out before they ask (docs/decisions.md, issue 9).
 */
export function moveActors(doc: Y.Doc, moves: readonly { id: string; x: number; y: number }[]): void {
  const content = readEcosystem(doc);
  refuseLocked(
    content,
    moves.map((m) => m.id),
  );
  const ringOf = new Map(content.actors.map((a) => [a.id, a.ringId]));
  updateItems(
    doc,
    'actors',
    moves.map(({ id, x, y }) => ({ key: id, patch: placeAt(content, x, y, ringOf.get(id) ?? '') })),
  );
}

/** Deletes actors and every relation to or from them (no relation may point at nothing). */
export function deleteActors(doc: Y.Doc, ids: readonly string[]): void {
  const gone = new Set(ids);
  const content = readEcosystem(doc);
  refuseLocked(content, ids);
  const relations = content.relations.filter((r) => gone.has(r.from) || gone.has(r.to)).map((r) => r.id);
  doc.transact(() => {
    removeItems(doc, 'actors', ids);
    if (relations.length > 0) removeItems(doc, 'relations', relations);
  }, LOCAL);
}

/**
 * Adds copies of actors (paste, within or between maps) with new ids, shifted by an offset, and
 * copies of the relations among them; each copy lands in the ring its place says (or keeps its
 * ring in the flow view, when this map has it). Returns the new actor ids. One undo step.
 */
export function addActorCopies(
  doc: Y.Doc,
  copied: { actors: readonly Actor[]; relations: readonly Relation[] },
  offset: { x: number; y: number },
): string[] {
  const content = readEcosystem(doc);
  const rings = new Set(content.rings.map((r) => r.id));
  const groups = new Set(content.groups.map((g) => g.id));
  // A copy from another map may carry that map's own types: unknown here, they fall back.
  const { actor: actorKinds, relation: relationKinds } = knownTypeIds(content);
  const ids = new Map(copied.actors.map((a) => [a.id, newId()]));
  const actors = copied.actors.map((a) => {
    const ringId = rings.has(a.ringId) ? a.ringId : content.rings[0].id;
    // A copy stays in its group only within the map that has the group.
    const groupId = a.groupId && groups.has(a.groupId) ? a.groupId : null;
    return {
      ...a,
      id: ids.get(a.id) ?? newId(),
      type: actorKinds.has(a.type) ? a.type : 'other',
      groupId,
      ...placeAt(content, a.x + offset.x, a.y + offset.y, ringId),
      // A copy starts unlocked: the lock belonged to the original's place in a session.
      locked: false,
    };
  });
  const relations = copied.relations.flatMap((r) => {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    const type = relationKinds.has(r.type) ? r.type : 'collaboration';
    return from && to && from !== to ? [{ ...r, id: newId(), from, to, type }] : [];
  });
  doc.transact(() => {
    for (const actor of actors) addItem(doc, 'actors', actor.id, actor);
    for (const relation of relations) addItem(doc, 'relations', relation.id, relation);
  }, LOCAL);
  return actors.map((a) => a.id);
}

export function addRelation(
  doc: Y.Doc,
  fields: Pick<Relation, 'from' | 'to' | 'type'> & Partial<Omit<Relation, 'id' | 'from' | 'to' | 'type'>>,
): string {
  const actors = new Set(readEcosystem(doc).actors.map((a) => a.id));
  if (!actors.has(fields.from) || !actors.has(fields.to)) throw new Error('a relation needs two actors of this map');
  if (fields.from === fields.to) throw new Error('a relation needs two different actors');
  const relation = relationSchema.parse({ label: '', directed: true, ...fields, id: newId() });
  addItem(doc, 'relations', relation.id, relation);
  return relation.id;
}

export function updateRelation(doc: Y.Doc, id: string, patch: Partial<Omit<Relation, 'id'>>): void {
  const current = readItem(doc, 'relations', id);
  if (!current || !relationSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to relation ${id}`);
  }
  updateItem(doc, 'relations', id, patch);
}

/** Turns a relation round: from becomes to. */
export function reverseRelation(doc: Y.Doc, id: string): void {
  const current = readEcosystem(doc).relations.find((r) => r.id === id);
  if (!current) throw new Error(`no relation ${id}`);
  updateItem(doc, 'relations', id, { from: current.to, to: current.from });
}

export function deleteRelations(doc: Y.Doc, ids: readonly string[]): void {
  removeItems(doc, 'relations', ids);
}

/**
 * Applies an automatic layout as one step the user can undo: by ring (new positions, maybe wider
 * rings), or as a flow (the map leaves its rings). Locked actors stay where they are: refusing
 * the whole layout for one locked actor would leave the facilitator no way to tidy the rest.
 */
export function applyLayout(
  doc: Y.Doc,
  layout:
    | { view: 'rings'; ringWidth: number; positions: RingLayout['positions'] }
    | { view: 'flow'; positions: RingLayout['positions'] },
): void {
  const locked = new Set(
    readEcosystem(doc)
      .actors.filter(isLocked)
      .map((a) => a.id),
  );
  doc.transact(() => {
    setScalar(doc, 'view', layout.view);
    if (layout.view === 'rings') setScalar(doc, 'ringWidth', layout.ringWidth);
    updateItems(
      doc,
      'actors',
      [...layout.positions]
        .filter(([key]) => !locked.has(key))
        .map(([key, { x, y }]) => ({ key, patch: { x: bounded(x), y: bounded(y) } })),
    );
  }, LOCAL);
}

export function addRing(doc: Y.Doc, name: string): string {
  if (readEcosystem(doc).rings.length >= MAX_RINGS) throw new Error(`a map has at most ${MAX_RINGS} rings`);
  const id = newId();
  appendOrderedItem(doc, 'rings', { id, name });
  return id;
}

export function renameRing(doc: Y.Doc, id: string, name: string): void {
  updateOrderedItem(doc, 'rings', id, { name: name.slice(0, 500) });
}

/**
 * Removes a ring (never the last one). The rings outside it move one band inwards, and so do
 * their actors; the removed ring's own actors join the ring that takes its place.
 */
export function removeRing(doc: Y.Doc, id: string): void {
  const content = readEcosystem(doc);
  const index = content.rings.findIndex((r) => r.id === id);
  if (index < 0) return;
  if (content.rings.length === 1) throw new Error('a map keeps at least one ring');
  const rings = content.rings.filter((r) => r.id !== id);
  const heir = rings[Math.min(index, rings.length - 1)];
  const w = content.ringWidth;
  const patches = content.actors.flatMap((actor) => {
    const own = content.rings.findIndex((r) => r.id === actor.ringId);
    if (own < index) return [];
    const distance = Math.hypot(actor.x, actor.y);
    // Actors outside the removed ring move in by one band; its own actors keep their place
    // within the band of the ring that inherits them.
    const target = own === index ? Math.min(index, rings.length - 1) : own - 1;
    const within = distance - own * w;
    const radius = Math.max(0, target * w + Math.min(Math.max(within, 0), w - 1));
    const scale = distance === 0 ? 0 : radius / distance;
    const ringId = own === index ? heir.id : actor.ringId;
    // In the flow view places say nothing about rings: only the ring changes.
    if (content.view === 'flow') return own === index ? [{ key: actor.id, patch: { ringId } }] : [];
    return [{ key: actor.id, patch: { ringId, x: Math.round(actor.x * scale), y: Math.round(actor.y * scale) } }];
  });
  // The bands outside it move in, and their actors with them: not a locked one.
  refuseLocked(
    content,
    patches.filter((p) => 'x' in p.patch).map((p) => p.key),
  );
  doc.transact(() => {
    removeOrderedItem(doc, 'rings', id);
    if (patches.length > 0) updateItems(doc, 'actors', patches);
  }, LOCAL);
}

/** Puts actors into a new labelled group (an actor is in one group at most). Returns its id. */
export function addGroup(doc: Y.Doc, name: string, actorIds: readonly string[]): string {
  const id = newId();
  doc.transact(() => {
    appendOrderedItem(doc, 'groups', { id, name: name.slice(0, 500) });
    setActorsGroup(doc, actorIds, id);
  }, LOCAL);
  return id;
}

export function renameGroup(doc: Y.Doc, id: string, name: string): void {
  updateOrderedItem(doc, 'groups', id, { name: name.slice(0, 500) });
}

/** Removes a group; its actors stay on the map, in no group. */
export function removeGroup(doc: Y.Doc, id: string): void {
  const members = readEcosystem(doc)
    .actors.filter((a) => a.groupId === id)
    .map((a) => a.id);
  doc.transact(() => {
    removeOrderedItem(doc, 'groups', id);
    setActorsGroup(doc, members, null);
  }, LOCAL);
}

/** Moves actors into a group, or out of every group (null). */
export function setActorsGroup(doc: Y.Doc, actorIds: readonly string[], groupId: string | null): void {
  if (groupId !== null && !readEcosystem(doc).groups.some((g) => g.id === groupId)) {
    throw new Error(`no group ${groupId}`);
  }
  updateItems(
    doc,
    'actors',
    actorIds.map((key) => ({ key, patch: { groupId } })),
  );
}

/** Adds one of the map's own actor types. Returns its id. */
export function addActorType(doc: Y.Doc, fields: Omit<CustomActorType, 'id'>): string {
  const type = customActorTypeSchema.parse({ ...fields, id: newId() });
  appendOrderedItem(doc, 'customActorTypes', type);
  return type.id;
}

export function updateActorType(doc: Y.Doc, id: string, patch: Partial<Omit<CustomActorType, 'id'>>): void {
  const current = readEcosystem(doc).customActorTypes.find((c) => c.id === id);
  if (!current || !customActorTypeSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to actor type ${id}`);
  }
  updateOrderedItem(doc, 'customActorTypes', id, patch);
}

/** Removes one of the map's own actor types; its actors become "other". */
export function removeActorType(doc: Y.Doc, id: string): void {
  const users = readEcosystem(doc).actors.filter((a) => a.type === id);
  doc.transact(() => {
    removeOrderedItem(doc, 'customActorTypes', id);
    updateItems(
      doc,
      'actors',
      users.map((a) => ({ key: a.id, patch: { type: 'other' } })),
    );
  }, LOCAL);
}

/** Adds one of the map's own relation types. Returns its id. */
export function addRelationType(doc: Y.Doc, fields: Omit<CustomRelationType, 'id'>): string {
  const type = customRelationTypeSchema.parse({ ...fields, id: newId() });
  appendOrderedItem(doc, 'customRelationTypes', type);
  return type.id;
}

export function updateRelationType(doc: Y.Doc, id: string, patch: Partial<Omit<CustomRelationType, 'id'>>): void {
  const current = readEcosystem(doc).customRelationTypes.find((c) => c.id === id);
  if (!current || !customRelationTypeSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to relation type ${id}`);
  }
  updateOrderedItem(doc, 'customRelationTypes', id, patch);
}

/** Removes one of the map's own relation types; its relations become collaborations. */
export function removeRelationType(doc: Y.Doc, id: string): void {
  const users = readEcosystem(doc).relations.filter((r) => r.type === id);
  doc.transact(() => {
    removeOrderedItem(doc, 'customRelationTypes', id);
    updateItems(
      doc,
      'relations',
      users.map((r) => ({ key: r.id, patch: { type: 'collaboration' } })),
    );
  }, LOCAL);
}

/** Locks or unlocks actors, as one undo step. */
export function setActorsLocked(doc: Y.Doc, ids: readonly string[], locked: boolean): void {
  updateItems(
    doc,
    'actors',
    ids.map((key) => ({ key, patch: { locked } })),
  );
}
