import type * as Y from 'yjs';
import { BOARD_LIMITS, actorSchema, knownTypeIds, ecosystemContentSchema, relationSchema } from '../../shared/model';
import type { CsvImportPlan } from '../../shared/ecosystem/csv-import';
import { LOCAL, addItem, setScalar } from './board-docs';
import { readEcosystem } from './ecosystem-doc';

/**
 * Adds a planned CSV import to a map: all of it in one transaction (one undo step), or nothing.
 * Everything is checked against the document as it is now before the first write, because a Yjs
 * transaction cannot be rolled back halfway.
 */
export function applyCsvImport(doc: Y.Doc, plan: Pick<CsvImportPlan, 'actors' | 'relations' | 'ringWidth'>): void {
  const content = readEcosystem(doc);
  const actors = plan.actors.map((a) => actorSchema.parse(a));
  const relations = plan.relations.map((r) => relationSchema.parse(r));
  const ringWidth = plan.ringWidth === null ? null : ecosystemContentSchema.shape.ringWidth.parse(plan.ringWidth);
  const rings = new Set(content.rings.map((r) => r.id));
  const existing = new Set([...content.actors, ...content.relations].map((item) => item.id));
  const ids = new Set(content.actors.map((a) => a.id));
  const { actor: actorKinds, relation: relationKinds } = knownTypeIds(content);
  for (const actor of actors) {
    if (!rings.has(actor.ringId)) throw new Error(`no ring ${actor.ringId} on this map`);
    if (!actorKinds.has(actor.type)) throw new Error(`no actor type ${actor.type} on this map`);
    if (existing.has(actor.id) || ids.has(actor.id)) throw new Error(`actor ${actor.id} exists already`);
    ids.add(actor.id);
  }
  for (const relation of relations) {
    if (!ids.has(relation.from) || !ids.has(relation.to)) throw new Error('a relation names an actor not on the map');
    if (relation.from === relation.to) throw new Error('a relation needs two different actors');
    if (!relationKinds.has(relation.type)) throw new Error(`no relation type ${relation.type} on this map`);
    if (existing.has(relation.id)) throw new Error(`relation ${relation.id} exists already`);
  }
  if (content.actors.length + actors.length > BOARD_LIMITS.itemsPerBoard) throw new Error('too many actors');
  if (content.relations.length + relations.length > BOARD_LIMITS.itemsPerBoard) throw new Error('too many relations');
  doc.transact(() => {
    if (ringWidth !== null) setScalar(doc, 'ringWidth', ringWidth);
    for (const actor of actors) addItem(doc, 'actors', actor.id, actor);
    for (const relation of relations) addItem(doc, 'relations', relation.id, relation);
  }, LOCAL);
}
