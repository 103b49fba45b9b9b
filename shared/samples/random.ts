// Seeded randomness and ids for generated projects. Everything here is a pure function of the
// seed: no crypto.randomUUID, no Date.now, no Math.random, so a builder's output is byte-identical
// on every run and on every machine (the committed sample file is compared byte for byte).

/** mulberry32: a tiny 32-bit PRNG, plenty for layouts and test data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive a stable seed from a name (e.g. one stream per board). */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in a random order (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** Lowercase hex of the given length, e.g. for UUID-shaped ids. */
  hex(length: number): string;
  /** An independent stream derived from this one's seed and a name: adding draws to one board does not move another. */
  fork(name: string): Rng;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    hex: (length) => {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out;
    },
    fork: (name) => createRng((seed ^ hashSeed(name)) >>> 0),
  };
  return rng;
}

/** Makes ids for one scope (a board, the project). Ids are unique within the scope. */
export interface IdSource {
  next(prefix: string): string;
}

/** Readable ids, `note-1`, `note-2`, `actor-1`…: numbered per prefix. Used by the sample. */
export function sequentialIds(): IdSource {
  const counters = new Map<string, number>();
  return {
    next: (prefix) => {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}

/**
 * UUID-shaped (version 4 layout) ids drawn from the rng: the same length and look as the app's
 * crypto.randomUUID ids, for benchmark projects whose size should match real ones.
 */
export function uuidIds(rng: Rng): IdSource {
  const seen = new Set<string>();
  return {
    next: () => {
      for (;;) {
        const h = rng.hex(32);
        const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
        const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
        if (!seen.has(id)) {
          seen.add(id);
          return id;
        }
      }
    },
  };
}
