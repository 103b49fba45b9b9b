import { useRef } from 'react';

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
