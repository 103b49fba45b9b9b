import { z } from '../zod';
import { coordinate, itemId, itemList, itemText, itemTitle, tagList } from './common';

export const actorTypes = ['citizen', 'municipality', 'agency', 'company', 'association', 'research', 'other'] as const;
export const relationTypes = ['service', 'information', 'money', 'regulation', 'collaboration'] as const;

export const ringSchema = z.object({ id: itemId, name: itemTitle });

export const actorSchema = z.object({
  id: itemId,
  name: itemTitle,
  type: z.enum(actorTypes),
  ringId: itemId,
  description: itemText,
  organisation: itemTitle,
  tags: tagList,
  x: coordinate,
  y: coordinate,
});

export const relationSchema = z.object({
  id: itemId,
  from: itemId,
  to: itemId,
  type: z.enum(relationTypes),
  label: itemTitle,
  directed: z.boolean(),
});

export const ecosystemContentSchema = z.object({
  rings: z.array(ringSchema).min(1).max(12),
  actors: itemList(actorSchema),
  relations: itemList(relationSchema),
});

export type Ring = z.infer<typeof ringSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorType = Actor['type'];
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = Relation['type'];
export type EcosystemContent = z.infer<typeof ecosystemContentSchema>;

/** Ring names are filled in by the caller in the user's language (core, direct, indirect). */
export const defaultRings = (names: readonly [string, string, string]): Ring[] =>
  names.map((name, i) => ({ id: `ring-${i + 1}`, name }));
