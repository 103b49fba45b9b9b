import { z } from './zod';
import { projectSnapshotSchema, type ProjectSnapshot } from './snapshot';
import { jsonNestingDepth } from './json-depth';

export const KARTTA_FORMAT = 'kartta';
export const KARTTA_FILE_VERSION = 1;
/** Refuse before parsing: a string near V8's limit crashes the page (PITFALLS.md). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A valid file nests about 8 levels; Chromium's own JSON reader stops at 200. */
export const MAX_JSON_DEPTH = 64;

export const karttaFileSchema = z.object({
  format: z.literal(KARTTA_FORMAT),
  version: z.literal(KARTTA_FILE_VERSION),
  appVersion: z.string().max(50),
  savedAt: z.iso.datetime(),
  snapshot: projectSnapshotSchema,
});
export type KarttaFile = Omit<z.infer<typeof karttaFileSchema>, 'snapshot'> & { snapshot: ProjectSnapshot };

export type RestoreError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'too-deep'; limit: number; offset: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-kartta' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; issues: { path: string; message: string }[] };

export type RestoreResult = { ok: true; file: KarttaFile } | { ok: false; error: RestoreError };

export function toKarttaFile(snapshot: ProjectSnapshot, appVersion: string, savedAt = new Date()): KarttaFile {
  return { format: KARTTA_FORMAT, version: KARTTA_FILE_VERSION, appVersion, savedAt: savedAt.toISOString(), snapshot };
}

export function serializeKarttaFile(file: KarttaFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** Keys that would reach an object's prototype if a later step copied the parsed data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a .kartta file's text into a validated file: size and nesting checks, JSON parse that
 * refuses prototype keys, then the schema. Later format versions add their migrations here.
 */
export function restore(text: string): RestoreResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is refused unencoded.
  const bytes = text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { kind: 'too-large', bytes } };
  const { exceededAt } = jsonNestingDepth(text, MAX_JSON_DEPTH);
  if (exceededAt !== null) {
    return { ok: false, error: { kind: 'too-deep', limit: MAX_JSON_DEPTH, offset: exceededAt } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new SyntaxError(`forbidden key "${key}"`);
      return value;
    });
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== KARTTA_FORMAT) {
    return { ok: false, error: { kind: 'not-kartta' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > KARTTA_FILE_VERSION) {
    return { ok: false, error: { kind: 'newer-version', version } };
  }
  const parsed = karttaFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        issues: parsed.error.issues.slice(0, 50).map((issue) => ({
          path: ['$', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      },
    };
  }
  return { ok: true, file: parsed.data };
}
