// Actor and relation types as the map shows them: the built-in ones (named in the UI language by
// the caller) and the map's own, with their colours and icons. Everything that draws or lists
// types goes through here, so an own type looks the same in the editor, the exports and the report.
import {
  actorTypes,
  relationTypes,
  type BuiltInActorType,
  type BuiltInRelationType,
  type EcosystemContent,
} from '../model';
import { actorIconPaths, actorStyles, relationColors } from './styles';

/** The built-in types' names in the UI language. */
export interface BuiltInTypeNames {
  actor: Record<BuiltInActorType, string>;
  relation: Record<BuiltInRelationType, string>;
}

export interface ActorTypeInfo {
  id: string;
  name: string;
  color: string;
  /** A 24×24 SVG path. */
  icon: string;
  custom: boolean;
}

export interface RelationTypeInfo {
  id: string;
  name: string;
  color: string;
  custom: boolean;
}

type TypesOf = Pick<EcosystemContent, 'customActorTypes' | 'customRelationTypes'>;

const isBuiltInActor = (id: string): id is BuiltInActorType => (actorTypes as readonly string[]).includes(id);
const isBuiltInRelation = (id: string): id is BuiltInRelationType => (relationTypes as readonly string[]).includes(id);

/** Every actor type a map can use: the built-in ones, then its own in the order they were made. */
export function actorTypeList(content: TypesOf, names: BuiltInTypeNames): ActorTypeInfo[] {
  return [
    ...actorTypes.map((id) => ({ id, name: names.actor[id], ...actorStyles[id], custom: false })),
    ...content.customActorTypes.map((c) => ({
      id: c.id,
      name: c.name,
      color: c.color,
      icon: actorIconPaths[c.icon],
      custom: true,
    })),
  ];
}

/** How an actor type is drawn; an id the map does not know looks like "other". */
export function actorLook(
  content: Pick<EcosystemContent, 'customActorTypes'>,
  id: string,
): { color: string; icon: string } {
  if (isBuiltInActor(id)) return actorStyles[id];
  const own = content.customActorTypes.find((c) => c.id === id);
  return own ? { color: own.color, icon: actorIconPaths[own.icon] } : actorStyles.other;
}

/** An actor type's look and name; an id the map does not know is "other". */
export function actorTypeInfo(content: TypesOf, names: BuiltInTypeNames, id: string): ActorTypeInfo {
  if (isBuiltInActor(id)) return { id, name: names.actor[id], ...actorStyles[id], custom: false };
  const own = content.customActorTypes.find((c) => c.id === id);
  return own
    ? { id, name: own.name, ...actorLook(content, id), custom: true }
    : { id, name: names.actor.other, ...actorStyles.other, custom: false };
}

/** A relation type's colour; an id the map does not know is drawn like a collaboration. */
export function relationColor(content: Pick<EcosystemContent, 'customRelationTypes'>, id: string): string {
  if (isBuiltInRelation(id)) return relationColors[id];
  return content.customRelationTypes.find((c) => c.id === id)?.color ?? relationColors.collaboration;
}

export function relationTypeList(content: TypesOf, names: BuiltInTypeNames): RelationTypeInfo[] {
  return [
    ...relationTypes.map((id) => ({ id, name: names.relation[id], color: relationColors[id], custom: false })),
    ...content.customRelationTypes.map((c) => ({ id: c.id, name: c.name, color: c.color, custom: true })),
  ];
}

/** One relation type's look; an id the map does not know is drawn grey, named by its id. */
export function relationTypeInfo(content: TypesOf, names: BuiltInTypeNames, id: string): RelationTypeInfo {
  if (isBuiltInRelation(id)) return { id, name: names.relation[id], color: relationColors[id], custom: false };
  const own = content.customRelationTypes.find((c) => c.id === id);
  return own
    ? { id, name: own.name, color: own.color, custom: true }
    : { id, name: id, color: relationColor(content, id), custom: false };
}

/** Sort rank of an actor type: built-in ones in their order, then the map's own. */
export function actorTypeRank(content: Pick<EcosystemContent, 'customActorTypes'>, id: string): number {
  const builtIn = (actorTypes as readonly string[]).indexOf(id);
  if (builtIn >= 0) return builtIn;
  const own = content.customActorTypes.findIndex((c) => c.id === id);
  return own >= 0 ? actorTypes.length + own : actorTypes.length + content.customActorTypes.length;
}
