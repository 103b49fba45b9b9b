/**
 * Per element id, what it showed last time (its key) and the object built for it. Editors rebuild
 * their React Flow nodes and edges on every document change; handing back the same object when
 * nothing it shows changed lets React Flow, which compares objects, re-render only what changed
 * (PITFALLS.md: 1,000 notes).
 */
export type ElementCache<T> = Map<string, { key: string; value: T }>;

export function cached<T>(cache: ElementCache<T>, id: string, key: string, build: () => T): T {
  const hit = cache.get(id);
  if (hit && hit.key === key) return hit.value;
  const value = build();
  cache.set(id, { key, value });
  return value;
}

/** Forgets elements that are gone (deleted notes or actors), so the cache does not grow forever. */
export function pruneCache(cache: Map<string, unknown>, keep: (id: string) => boolean): void {
  for (const id of cache.keys()) if (!keep(id)) cache.delete(id);
}

/**
 * Per element id, the values it was built from and the object built: `cached` with the key
 * compared value by value (`Object.is`) instead of as a JSON string. Boards read through
 * readContentCached keep an unchanged item's object, so at 2,000 actors and 4,000 relations this
 * spares serialising every item on every change (issue 10).
 */
export type DepsCache<T> = Map<string, { deps: readonly unknown[]; value: T }>;

export function cachedBy<T>(cache: DepsCache<T>, id: string, deps: readonly unknown[], build: () => T): T {
  const hit = cache.get(id);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => Object.is(d, deps[i]))) return hit.value;
  const value = build();
  cache.set(id, { deps, value });
  return value;
}
