// `npm run test:electronegativity` (and npm test's "security" stage): Electronegativity, the Electron
// security checklist scanner, over the built bundles and the electron/ sources. Every finding must
// be accepted, with its reason, in scripts/electronegativity-accepted.json; anything else fails.
// The tool is unmaintained and has quirks (PITFALLS.md, Electron), which this script works around.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { projectRoot } from './electron-binary.mjs';

const require = createRequire(import.meta.url);

// It fetches translations and Electron's release list over the network; this machine has none and
// the check must not depend on one, so `got` answers "offline" at once. The release-list check is
// off below: advisories are reviewed by hand (docs/security.md).
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: network disabled for this check'));
  return load.call(this, request, ...rest);
};
const run = require('@doyensec/electronegativity');

const accepted = JSON.parse(
  readFileSync(join(projectRoot, 'scripts/electronegativity-accepted.json'), 'utf8'),
).accepted;
const electronVersion = JSON.parse(
  readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8'),
).version;
const scanned = new Set(['.js', '.ts', '.html']);

/** Files the tool would skip without a word (it reads only .js, .ts and .html). */
function unscannable(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !scanned.has(extname(entry.name)))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

/** out/main and out/preload renamed to .js (a .cjs preload is skipped), plus the page with its CSP meta tag. */
function bundleCopy() {
  const dir = join(projectRoot, 'test-results', 'electronegativity', 'bundle');
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['main', 'preload', 'renderer']) mkdirSync(join(dir, sub), { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'out/main'))) {
    if (name.endsWith('.js')) copyFileSync(join(projectRoot, 'out/main', name), join(dir, 'main', name));
  }
  copyFileSync(join(projectRoot, 'out/preload/index.cjs'), join(dir, 'preload/index.js'));
  copyFileSync(join(projectRoot, 'out/renderer/index.html'), join(dir, 'renderer/index.html'));
  return dir;
}

const scans = [
  { scan: 'bundle', input: bundleCopy() },
  { scan: 'sources', input: join(projectRoot, 'electron') },
];

let failures = 0;
/** How many findings each accepted entry matched; it must match exactly its count. */
const matches = accepted.map(() => 0);
for (const { scan, input } of scans) {
  const skipped = unscannable(input);
  if (skipped.length > 0) {
    failures += skipped.length;
    console.error(`FAIL ${scan}: not scanned (rename to .ts or .js): ${skipped.join(', ')}`);
  }
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  console.log(
    `${scan}: ${relative(projectRoot, input)}, ${result.globalChecks} global and ${result.atomicChecks} atomic checks`,
  );
  // A file it could not parse is a file it did not check.
  for (const error of result.errors) {
    failures++;
    console.error(`FAIL ${scan}: could not parse ${relative(projectRoot, error.file)}: ${error.message}`);
  }
  for (const issue of result.issues) {
    const file = issue.file.replaceAll('\\', '/');
    const index = accepted.findIndex(
      (a) =>
        a.scan === scan &&
        a.id === issue.id &&
        a.file === file &&
        (!a.sample || (issue.sample ?? '').includes(a.sample)),
    );
    const where = `${issue.id} ${file}:${issue.location?.line ?? 0} (${issue.severity.name}, ${issue.confidence.name})`;
    if (index >= 0) {
      matches[index]++;
      console.log(`  accepted  ${where}: ${issue.description}`);
    } else {
      failures++;
      console.error(`  FAIL      ${where}: ${issue.description} ${issue.shortenedURL ?? ''}`);
      if (issue.sample) console.error(`            ${String(issue.sample).trim().slice(0, 160)}`);
    }
  }
}
accepted.forEach((entry, index) => {
  const expected = entry.count ?? 1;
  if (matches[index] === expected) return;
  failures++;
  console.error(
    `FAIL accepted ${entry.scan} ${entry.id} ${entry.file} covers ${expected} finding(s) but matched ${matches[index]}: review it and update scripts/electronegativity-accepted.json`,
  );
});

console.log(
  failures === 0 ? 'electronegativity: no finding left unexplained' : `electronegativity: ${failures} problem(s)`,
);
process.exit(failures === 0 ? 0 : 1);
