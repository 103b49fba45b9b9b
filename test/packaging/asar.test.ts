import { existsSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { unpackedAppDir } from '../../scripts/packaging-paths.mjs';

// Reads what scripts/test-packaging.mjs packed around the stand-in binary.
const resources = join(unpackedAppDir, 'resources');
const asarPath = join(resources, 'app.asar');

/** docs/security.md states this budget; the fonts, ELK and jsPDF (each in its worker) make up most of it. */
const ASAR_BUDGET_BYTES = 8 * 1024 * 1024;

// listPackage names folders too; only files (entries without `files`) are checked.
const files = existsSync(asarPath)
  ? listPackage(asarPath, { isPack: false })
      .map((entry) => entry.replaceAll('\\', '/'))
      .filter((entry) => !('files' in statFile(asarPath, entry.slice(1))))
  : [];

describe('app.asar (packed around a stand-in Electron binary)', () => {
  it('exists', () => {
    expect(existsSync(asarPath), `${asarPath} (run npm run test:packaging)`).toBe(true);
  });

  it('holds the main, preload and renderer bundles and package.json', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
      ]),
    );
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main?: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('holds nothing else: no node_modules, source maps, sources, tests, fixtures or other builds', () => {
    const allowed = /^\/(package\.json|out\/main\/[\w.-]+\.js|out\/preload\/index\.cjs|out\/renderer\/.+)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    const forbidden = /node_modules|\.map$|\.tsx?$|\.mts$|\/test\/|fixtures|\.spec\.|\.test\.|bench/;
    expect(files.filter((f) => forbidden.test(f))).toEqual([]);
  });

  it('has a main bundle that needs nothing from node_modules (none ships)', () => {
    const main = extractFile(asarPath, 'out/main/index.js').toString('utf8');
    const required = [...main.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)].filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
  });

  it(`stays under the size budget (${ASAR_BUDGET_BYTES / 1024 / 1024} MiB)`, () => {
    const size = statSync(asarPath).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB in ${files.length} files`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });
});

describe('resources beside app.asar', () => {
  it('are the sample project and the fonts’ licence; the fonts themselves ship inside the renderer bundle', () => {
    expect(readdirSync(join(resources, 'samples'))).toEqual(['digital-building-permit.kartta']);
    expect(readdirSync(join(resources, 'fonts')).sort()).toEqual(['OFL.txt', 'README.md']);
    expect(files.filter((f) => f.endsWith('.ttf')).length).toBe(4);
    expect(readdirSync(resources).sort()).toEqual(['app.asar', 'fonts', 'samples']);
  });
});
