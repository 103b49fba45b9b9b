/** Random, collision-safe ids without a library: crypto.randomUUID exists in Node 20, Chromium and Electron. */
export function newId(): string {
  return crypto.randomUUID();
}

/** ISO timestamp, the one time format the model uses. */
export function nowIso(): string {
  return new Date().toISOString();
}
