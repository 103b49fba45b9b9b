import type { Dexie } from 'dexie';
import { compressYDocs } from 'y-dexie';

/** y-dexie's own rhythm: the first merge soon after start, then one every five minutes. */
const FIRST_AFTER_MS = 10_000;
const EVERY_MS = 5 * 60_000;
/** How long the user must have left the keyboard and pointer alone. */
const QUIET_MS = 3_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/**
 * Merges each board's stored Yjs updates into one, as y-dexie does on its own timer, but only
 * once the user has paused: its merge is a main-thread task of 100–140 ms on a large project,
 * and on y-dexie's timer it landed inside drags and typing (issue 10). The database is opened
 * with y-dexie's timer off (db.ts), so this is the only merge. Returns a stop function.
 */
export function compressWhenIdle(
  db: Dexie,
  { target = window, compress = compressYDocs }: { target?: EventTarget; compress?: typeof compressYDocs } = {},
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
    // Failures are y-dexie's to retry next time; the updates stay as they were, nothing is lost.
    compress(db, EVERY_MS)
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
