import { compressYDocs } from 'y-dexie';
import type { KarttaDB } from './db';
import { sweepUnusedAttachments } from './attachment-sweep';

/** y-dexie's own rhythm: the first merge soon after start, then one every five minutes. */
const FIRST_AFTER_MS = 10_000;
const EVERY_MS = 5 * 60_000;
/** How long the user must have left the keyboard and pointer alone. */
const QUIET_MS = 3_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/** The upkeep: merge each board's stored updates, then the daily sweep of images no board shows. */
async function upkeep(db: KarttaDB, everyMs: number, interrupted: () => boolean): Promise<void> {
  // One after the other (both are main-thread work), and a merge that fails does not stop the sweep.
  await compressYDocs(db, everyMs).catch(() => undefined);
  // The sweep reads every board, one at a time: it stops at the user's next input and waits for
  // the next pause rather than slow a drag down.
  await sweepUnusedAttachments(db, new Date(), { interrupted });
}

/**
 * Runs the database's upkeep only once the user has paused. y-dexie merges each board's stored
 * Yjs updates into one on its own timer, but its merge is a main-thread task of 100–140 ms on a
 * large project, and on that timer it landed inside drags and typing (issue 10). The database is
 * opened with y-dexie's timer off (db.ts), so this is the only merge. Returns a stop function.
 */
export function maintainWhenIdle(
  db: KarttaDB,
  { target = window, work = upkeep }: { target?: EventTarget; work?: typeof upkeep } = {},
): () => void {
  let lastInput = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const onInput = () => {
    lastInput = performance.now();
  };
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { passive: true, capture: true });

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(tryNow, ms);
  };
  const tryNow = () => {
    timer = null;
    const quietFor = performance.now() - lastInput;
    if (quietFor < QUIET_MS) return schedule(QUIET_MS - quietFor);
    if (!db.isOpen()) return schedule(EVERY_MS);
    // A failed merge or sweep is retried next time; the updates and images stay as they were.
    const startedAt = performance.now();
    work(db, EVERY_MS, () => lastInput > startedAt)
      .catch(() => undefined)
      .finally(() => schedule(EVERY_MS));
  };
  schedule(FIRST_AFTER_MS);

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
  };
}
