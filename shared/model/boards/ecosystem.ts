import { z } from '../zod';
import { coordinate, itemId, itemList, itemText, itemTitle, lockFlag, tagList, textLang } from './common';

/** The built-in actor and relation types; a map adds its own (`customActorTypes`, `customRelationTypes`). */
export const actorTypes = ['citizen', 'municipality', 'agency', 'company', 'association', 'research', 'other'] as const;
export const relationTypes = ['service', 'information', 'money', 'regulation', 'collaboration'] as const;

/** Icons a user's own actor type can take (shared/ecosystem/styles.ts draws them). */
export const actorIcons = [
  'person',
  'townhall',
  'shield',
  'briefcase',
  'people',
  'cap',
  'dots',
  'heart',
  'leaf',
  'house',
  'star',
  'gear',
] as const;

const hexColor = z.string().regex(/^#[0-9a-f]{6}$/);

export const customActorTypeSchema = z.object({
  id: itemId,
  name: itemTitle,
  color: hexColor,
  icon: z.enum(actorIcons),
});
export const customRelationTypeSchema = z.object({ id: itemId, name: itemTitle, color: hexColor });

export const ringSchema = z.object({ id: itemId, name: itemTitle });

/** A labelled cluster of actors (e.g. "Housing cooperative"), drawn around its members. */
export const groupSchema = z.object({ id: itemId, name: itemTitle });

export const actorSchema = z.object({
  id: itemId,
  name: itemTitle,
  /** A built-in type (actorTypes) or the id of one of the map's own types. */
  type: itemId,
  ringId: itemId,
  description: itemText,
  organisation: itemTitle,
  /** The group the actor belongs to, if any; added after format v1 files. */
  groupId: itemId.nullable().default(null),
  /** The contact's role in the organisation (e.g. "building inspector"); added after format v1 files. */
  role: itemTitle.default(''),
  tags: tagList,
  /** The actor's centre, in board units around the map's centre (0, 0): see shared/ecosystem. */
  x: coordinate,
  y: coordinate,
  /** Cannot be moved or deleted (issue 9); a layout leaves it where it is. */
  locked: lockFlag,
  /** The language of its name and description, when not the project's. */
  lang: textLang,
});

/** How strong a relation is, drawn as line weight; null when nobody said. */
export const relationStrengths = [1, 2, 3] as const;

export const relationSchema = z.object({
  id: itemId,
  from: itemId,
  to: itemId,
  /** A built-in type (relationTypes) or the id of one of the map's own types. */
  type: itemId,
  label: itemTitle,
  directed: z.boolean(),
  /** An informal relation (drawn dashed); added after format v1 files. */
  informal: z.boolean().default(false),
  strength: z
    .union(relationStrengths.map((s) => z.literal(s)))
    .nullable()
    .default(null),
  /** The language of its label, when not the project's. */
  lang: textLang,
});

/** Default width of each ring band; the ring layout widens the bands when a ring is crowded. */
export const DEFAULT_RING_WIDTH = 300;

/**
 * How the map is arranged: on its rings (an actor's place decides its ring), or as a flow made by
 * the layered layout (rings are not drawn; an actor keeps its ring wherever it is moved).
 */
export const mapViews = ['rings', 'flow'] as const;

export const ecosystemContentSchema = z.object({
  view: z.enum(mapViews).default('rings'),
  rings: z.array(ringSchema).min(1).max(12),
  /** Width of each ring band in board units, rings drawn around (0, 0); added after format v1 files. */
  ringWidth: z.number().int().min(100).max(20_000).default(DEFAULT_RING_WIDTH),
  groups: z.array(groupSchema).max(500).default([]),
  /** The map's own actor and relation types; added after format v1 files. */
  customActorTypes: z.array(customActorTypeSchema).max(100).default([]),
  customRelationTypes: z.array(customRelationTypeSchema).max(100).default([]),
  actors: itemList(actorSchema),
  relations: itemList(relationSchema),
  /** The whole map is locked: nothing moves or changes (issue 9). */
  locked: lockFlag,
});

export type Ring = z.infer<typeof ringSchema>;
export type ActorGroup = z.infer<typeof groupSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorType = Actor['type'];
export type BuiltInActorType = (typeof actorTypes)[number];
export type BuiltInRelationType = (typeof relationTypes)[number];
export type ActorIcon = (typeof actorIcons)[number];
export type CustomActorType = z.infer<typeof customActorTypeSchema>;
export type CustomRelationType = z.infer<typeof customRelationTypeSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = Relation['type'];
export type RelationStrength = NonNullable<Relation['strength']>;
export type EcosystemContent = z.infer<typeof ecosystemContentSchema>;
export type MapView = EcosystemContent['view'];

/** Ring names are filled in by the caller in the user's language (core, direct, indirect). */
export const defaultRings = (names: readonly [string, string, string]): Ring[] =>
  names.map((name, i) => ({ id: `ring-${i + 1}`, name }));

/** The type ids a map knows: the built-in ones and its own (what actors and relations may name). */
export function knownTypeIds(content: Pick<EcosystemContent, 'customActorTypes' | 'customRelationTypes'>): {
  actor: ReadonlySet<string>;
  relation: ReadonlySet<string>;
} {
  return {
    actor: new Set<string>([...actorTypes, ...content.customActorTypes.map((c) => c.id)]),
    relation: new Set<string>([...relationTypes, ...content.customRelationTypes.map((c) => c.id)]),
  };
}
