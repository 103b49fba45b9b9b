import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// PITFALLS.md: a sandboxed preload must be one CommonJS file requiring only electron, or it fails silently.
const built = join(__dirname, '../../../out/preload/index.cjs');

describe('built preload (out/preload/index.cjs)', () => {
  it('exists (npm test builds it before the unit tests; alone, run `npx electron-vite build` first)', () => {
    expect(existsSync(built), `${built} is missing: run \`npx electron-vite build\``).toBe(true);
  });

  const source = existsSync(built) ? readFileSync(built, 'utf8') : '';

  it('has no ESM import or export statements and no dynamic import', () => {
    expect(source).not.toMatch(/(^|[;\s}])import\s*[\w{*'"]/m);
    expect(source).not.toMatch(/(^|[;\s}])export\s*(\{|\*|default\b|const\b|let\b|var\b|function\b|class\b|async\b)/m);
    expect(source).not.toMatch(/\bimport\s*\(/);
  });

  it('requires nothing but electron', () => {
    const required = [...source.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)].map((match) => (match[1] ?? '').trim());
    expect(required.length).toBeGreaterThan(0);
    expect(
      required.every((name) => /^["'`]electron["'`]$/.test(name)),
      `requires: ${required.join(', ')}`,
    ).toBe(true);
  });

  it('does not bundle zod (validation is main’s job)', () => {
    expect(source).not.toMatch(/jitless|ZodError|safeParse/);
    expect(source.length).toBeLessThan(8_000);
  });

  it('exposes window.kartta through contextBridge, not ipcRenderer itself', () => {
    expect(source).toMatch(/exposeInMainWorld\(\s*["'`]kartta["'`]/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
