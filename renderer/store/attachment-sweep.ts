import type { KarttaDB } from './db';
import { notePhotoIds } from './board-docs';
import { withLoadedDoc } from './snapshot-io';
import { REPORT_LOGO_PREFIX } from './report-logo';

/** Days an image no board shows is kept before it goes: the same as a deleted project. */
export const UNUSED_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
const SWEPT_KEY = 'attachments.sweptAt';

/**
 * Deletes images nothing has shown for a month: a photo taken off a note, a deleted note's photo,
 * the photos of boards purged with their project. The first sweep that finds an image unused
 * marks it; a later one that finds it shown again (Undo, a restored board) clears the mark; one
 * that finds it still unused after the retention period deletes it. Every board counts, deleted
 * ones too (they can be restored), and so does each project's remembered report logo. Runs at
 * most once a day (it reads every board); returns how many images it deleted. A board that
 * cannot be read stops that day's deletions (it may show any of the images), but the sweep still
 * counts as done, so it is not retried every few minutes.
 */
export async function sweepUnusedAttachments(
  db: KarttaDB,
  now = new Date(),
  { interrupted = () => false }: { interrupted?: () => boolean } = {},
): Promise<number> {
  const swept = (await db.meta.get(SWEPT_KEY))?.value;
  if (typeof swept === 'string' && now.getTime() - Date.parse(swept) < DAY_MS) return 0;

  const used = new Set<string>();
  // A board that cannot be read might show any image: then this sweep marks, but deletes nothing.
  let unreadable = 0;
  for (const row of await db.boards.toArray()) {
    if (row.kind === 'ecosystem') continue;
    // Given up for now (the user is at work): nothing written, so the next pause sweeps again.
    if (interrupted()) return 0;
    try {
      for (const id of await withLoadedDoc(row.content, notePhotoIds)) used.add(id);
    } catch {
      unreadable++;
    }
  }
  for (const meta of await db.meta.where('key').startsWith(REPORT_LOGO_PREFIX).toArray()) {
    if (typeof meta.value === 'string') used.add(meta.value);
  }

  const cutoff = new Date(now.getTime() - UNUSED_RETENTION_DAYS * DAY_MS).toISOString();
  return db.transaction('rw', [db.attachments, db.meta], async () => {
    const gone: string[] = [];
    for (const row of await db.attachments.toArray()) {
      if (used.has(row.id)) {
        if (row.unusedSince) await db.attachments.update(row.id, { unusedSince: undefined });
      } else if (!row.unusedSince) await db.attachments.update(row.id, { unusedSince: now.toISOString() });
      else if (row.unusedSince < cutoff && unreadable === 0) gone.push(row.id);
    }
    await db.attachments.bulkDelete(gone);
    await db.meta.put({ key: SWEPT_KEY, value: now.toISOString() });
    return gone.length;
  });
}
