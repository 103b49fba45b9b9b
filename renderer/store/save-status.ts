/**
 * Tracks the writes in flight so the UI can show "Saving…", "All changes saved" or an error.
 * Framework-free: React subscribes through useSyncExternalStore.
 */
export type SaveState = { status: 'saved' | 'saving' } | { status: 'error'; error: unknown };

let pending = 0;
let state: SaveState = { status: 'saved' };
const listeners = new Set<() => void>();

function set(next: SaveState) {
  state = next;
  listeners.forEach((l) => l());
}

export function getSaveState(): SaveState {
  return state;
}

export function subscribeSaveState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wraps a write; a failure is kept as the visible state and re-thrown to the caller. */
export async function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending++;
  if (state.status !== 'error') set({ status: 'saving' });
  try {
    const value = await write;
    pending--;
    if (pending === 0 && state.status !== 'error') set({ status: 'saved' });
    return value;
  } catch (error) {
    pending--;
    set({ status: 'error', error });
    throw error;
  }
}

/** A write that failed outside trackWrite (y-dexie's background writes): shown as not saved. */
export function reportWriteError(error: unknown): void {
  set({ status: 'error', error });
}

/** Clears an error once the user has seen it and a later write went through. */
export function clearSaveError(): void {
  set({ status: pending > 0 ? 'saving' : 'saved' });
}

/** Quota errors arrive as an AbortError whose inner error is QuotaExceededError (Dexie#776). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}
