import type { EcosystemContent } from '../../../shared/model';

export interface MapFilter {
  text: string;
  /** A type id (built-in or the map's own). */
  actorType: string | null;
  relationType: string | null;
  tag: string | null;
  /** Steps of neighbours around the focused actor shown undimmed; 0 = no focus. */
  focusSteps: 0 | 1 | 2;
}

export const noMapFilter: MapFilter = { text: '', actorType: null, relationType: null, tag: null, focusSteps: 0 };

/**
 * What the filter and the focus leave dimmed (dimmed items stay visible as context). An actor
 * is shown when it matches the search, type and tag, and lies within the focus; a relation when
 * it matches the relation type and both its ends are shown.
 */
export function dimmedByFilter(
  content: Pick<EcosystemContent, 'actors' | 'relations'>,
  filter: MapFilter,
  focusedActorId: string | null,
): { actors: Set<string>; relations: Set<string> } {
  const text = filter.text.trim().toLocaleLowerCase();
  const shown = new Set(
    content.actors
      .filter(
        (a) =>
          (!text || a.name.toLocaleLowerCase().includes(text) || a.organisation.toLocaleLowerCase().includes(text)) &&
          (!filter.actorType || a.type === filter.actorType) &&
          (!filter.tag || a.tags.includes(filter.tag)),
      )
      .map((a) => a.id),
  );
  if (filter.focusSteps > 0 && focusedActorId) {
    const near = neighbourhood(content, focusedActorId, filter.focusSteps, filter.relationType);
    for (const id of [...shown]) if (!near.has(id)) shown.delete(id);
  }
  const actors = new Set(content.actors.filter((a) => !shown.has(a.id)).map((a) => a.id));
  const relations = new Set(
    content.relations
      .filter((r) => (filter.relationType && r.type !== filter.relationType) || actors.has(r.from) || actors.has(r.to))
      .map((r) => r.id),
  );
  return { actors, relations };
}

/** The actor and everyone within `steps` relations of it (either direction). */
export function neighbourhood(
  content: Pick<EcosystemContent, 'relations'>,
  actorId: string,
  steps: number,
  relationType: string | null = null,
): Set<string> {
  const links = new Map<string, string[]>();
  for (const r of content.relations) {
    if (relationType && r.type !== relationType) continue;
    links.set(r.from, [...(links.get(r.from) ?? []), r.to]);
    links.set(r.to, [...(links.get(r.to) ?? []), r.from]);
  }
  const seen = new Set([actorId]);
  let frontier = [actorId];
  for (let step = 0; step < steps; step++) {
    frontier = frontier.flatMap((id) => (links.get(id) ?? []).filter((n) => !seen.has(n)));
    for (const id of frontier) seen.add(id);
  }
  return seen;
}

export const isFilteringMap = (filter: MapFilter) =>
  filter.text.trim() !== '' || filter.actorType !== null || filter.relationType !== null || filter.tag !== null;
