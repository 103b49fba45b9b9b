/**
 * The ids a write-ahead journal holds entries for: every localStorage key starting with its
 * prefix, without the prefix. Listed before the caller replays anything, since a replay removes
 * keys and would shift the indexes of a live walk over localStorage.
 */
export function journalledIds(prefix: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
  }
  return ids;
}
