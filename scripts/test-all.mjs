// `npm test`: everything CI runs, stage by stage, with each stage's time and one closing count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
mkdirSync('test-results', { recursive: true });

const stages = [
  { name: 'typecheck', cmd: ['tsc', '-b'] },
  { name: 'lint', cmd: ['eslint', '.'] },
  { name: 'format', cmd: ['prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'build', cmd: ['electron-vite', 'build', '--logLevel', 'warn'] },
  { name: 'security', script: 'scripts/test-electronegativity.mjs' },
  {
    name: 'unit',
    cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
    counts: () => vitestCounts('test-results/vitest.json'),
  },
  {
    name: 'packaging',
    script: 'scripts/test-packaging.mjs',
    counts: () => vitestCounts('test-results/packaging.json'),
  },
  {
    name: 'e2e (Chromium)',
    cmd: ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('test-results/e2e.json'), E2E_PREBUILT: '1' },
    counts: () => playwrightCounts('test-results/e2e.json'),
  },
  { name: 'e2e (Electron)', script: 'scripts/test-electron.mjs' },
];

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
}

const total = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let failedStages = 0;
// A stage that fails without test counts (typecheck, lint, build) counts as one failure.
let failedUncounted = 0;
const started = Date.now();

for (const stage of stages) {
  const t0 = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  const result = stage.script
    ? spawnSync(process.execPath, [stage.script], { stdio: 'inherit' })
    : spawnSync(npx, stage.cmd, { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = result.status === 0;
  if (!ok) failedStages++;
  const counts = stage.counts?.();
  if (!ok && !counts?.failed) failedUncounted++;
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)` : '';
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${stage.name.padEnd(16)} ${seconds.padStart(6)} s${detail}`);
}

console.log('\n=== summary ===');
for (const line of report) console.log(line);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s; ${failedStages} stage(s) failed`);
console.log(`tests: ${total.passed} passed, ${total.failed + failedUncounted} failed, ${total.skipped} skipped`);
process.exit(failedStages === 0 ? 0 : 1);
