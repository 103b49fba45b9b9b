import { useCallback, useRef, useState } from 'react';
import type * as Y from 'yjs';

/**
 * Keeps React Flow's own copies of nodes or edges (measured, selected, dragged) while what they
 * show is unchanged. Editors build their elements from a cache keyed by content; handing React
 * Flow those unmeasured originals again would make it re-adopt, and re-render, every element on
 * each change (at 1,000 notes that was ~100 ms per keystroke: docs/benchmarks.md).
 */
export function useFlowSync<T extends { id: string }>() {
  // React Flow's copy of an element -> the element we built it from.
  const origin = useRef(new WeakMap<T, T>());
  return useRef({
    /** After React Flow changed elements: remember where each changed copy came from. */
    record(before: readonly T[], after: T[]): T[] {
      const old = new Map(before.map((e) => [e.id, e]));
      for (const element of after) {
        const was = old.get(element.id);
        if (was && was !== element) origin.current.set(element, origin.current.get(was) ?? was);
      }
      return after;
    },
    /** Newly built elements, with React Flow's copy kept where the content did not change. */
    reconcile(previous: T[], built: readonly T[]): T[] {
      const byId = new Map(previous.map((e) => [e.id, e]));
      const next = built.map((element) => {
        const before = byId.get(element.id);
        return before && (before === element || origin.current.get(before) === element) ? before : element;
      });
      // Same elements in the same order: the old array, so React Flow has nothing to update.
      return next.length === previous.length && next.every((e, i) => e === previous[i]) ? previous : next;
    },
  }).current;
}

/**
 * The elements with none selected (the same array when none was). For an editor that clears the
 * selection itself, after a delete: React Flow must not keep an element selected that the editor
 * shows as not, or a click on it would do nothing (React Flow only selects what is not selected).
 */
export function withNoneSelected<T extends { selected?: boolean }>(elements: T[]): T[] {
  return elements.some((e) => e.selected)
    ? elements.map((e) => (e.selected ? { ...e, selected: false } : e))
    : elements;
}

/** What y-dexie keeps on each document it loads (its `meta`): the database and the updates table. */
interface StoredDocMeta {
  db?: { table(name: string): { get(key: number): Promise<unknown> } };
  updatesTable?: string;
}

/**
 * Resolves once the document's writes so far are stored: a read of its updates table waits for
 * y-dexie's earlier write to that table to commit (IndexedDB runs overlapping transactions in
 * the order they were made). Resolves at once for a document y-dexie does not hold (tests).
 */
export function whenStored(doc: Y.Doc): Promise<unknown> {
  const meta = doc.meta as StoredDocMeta | null;
  if (!meta?.db || !meta.updatesTable) return Promise.resolve();
  return meta.db.table(meta.updatesTable).get(0);
}

/** After a release the drawing follows the content again; a stuck read never freezes it. */
const HOLD_AT_MOST_MS = 500;

/**
 * The content an editor draws, held at its state before an edit (`hold`, called just before the
 * write) until the edit is stored. Rebuilding a big board's nodes after a drop took 0.1–0.3 s of
 * main-thread time at 2,000 actors and delayed the write's commit by as much (docs/benchmarks.md).
 */
export function useHeldUntilStored<C>(content: C): { drawn: C; hold: (doc: Y.Doc, now: C) => void } {
  const [held, setHeld] = useState<{ content: C } | null>(null);
  const latest = useRef(0);
  const hold = useCallback((doc: Y.Doc, now: C) => {
    const mine = ++latest.current;
    setHeld({ content: now });
    const release = () => {
      if (latest.current === mine) setHeld(null);
    };
    setTimeout(release, HOLD_AT_MOST_MS);
    // The read must be made after the write, which the caller makes right after this call and
    // y-dexie hands to Dexie (a read made first resolved before the write was even committed).
    setTimeout(() => void whenStored(doc).then(release, release), 0);
  }, []);
  return { drawn: held ? held.content : content, hold };
}
