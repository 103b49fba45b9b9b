// Figure 5: import and export of the L project file. In Node, each in a fresh process: the time
// and the peak rise in memory of the app's `restore` (import) and `serializeKarttaFile` (export),
// beside plain JSON.parse / JSON.stringify of the same data. In the page: opening the file through
// the UI until the project shows, and "Save a copy…" until the download starts.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { loadApp, openFileOnProjectList, projectHref, settle, type Session } from './browser-session';
import { median, result, type BenchResult } from './results-format';

export interface OpResult {
  ms: number;
  peakMB: number;
  /** The size of what the op made, where it made bytes (a PDF). */
  bytes: number | null;
}

/** One op in a fresh Node process (bench/file-op-child.ts): its time, peak memory rise and output size. */
export function fileOp(op: string, file: string): OpResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', resolve(__dirname, 'file-op-child.ts'), op, file],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as OpResult;
}

/** The median time and peak memory over `runs` fresh processes. */
function medianOp(op: string, file: string, runs: number): OpResult {
  const all = Array.from({ length: runs }, () => fileOp(op, file));
  return { ms: median(all.map((r) => r.ms)), peakMB: median(all.map((r) => r.peakMB)), bytes: all[0]?.bytes ?? null };
}

export function importExportNode(file: string, log: (line: string) => void, runs = 3): BenchResult[] {
  const [restore, parse, serialize, stringify] = ['restore', 'json-parse', 'serialize', 'json-stringify'].map((op) =>
    medianOp(op, file, runs),
  ) as [OpResult, OpResult, OpResult, OpResult];
  log(
    `node: restore ${restore.ms.toFixed(0)} ms / +${restore.peakMB.toFixed(0)} MB, JSON.parse ${parse.ms.toFixed(0)} ms / +${parse.peakMB.toFixed(0)} MB`,
  );
  log(
    `node: serialize ${serialize.ms.toFixed(0)} ms / +${serialize.peakMB.toFixed(0)} MB, JSON.stringify ${stringify.ms.toFixed(0)} ms / +${stringify.peakMB.toFixed(0)} MB`,
  );
  return [
    result('5. import L file in Node: restore time (vs JSON.parse)', restore.ms, 'ms', parse.ms),
    result('5. import L file in Node: peak memory rise (vs JSON.parse)', restore.peakMB, 'MB', parse.peakMB),
    result('5. export L file in Node: serialize time (vs JSON.stringify)', serialize.ms, 'ms', stringify.ms),
    result('5. export L file in Node: peak memory rise (vs JSON.stringify)', serialize.peakMB, 'MB', stringify.peakMB),
  ];
}

/** Samples the page's JS heap every 50 ms (between tasks: a long task hides its own peak). */
function heapSampler(cdp: CDPSession): { stop: () => Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function heapNow(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Imports the L file through the UI (the import the later figures use), timed and sampled. */
export async function importInPage(
  session: Session,
  page: Page,
  file: string,
  firstBoard: string,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  await loadApp(session, page);
  await page.getByRole('button', { name: 'Open project file…' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await heapNow(cdp);
  const sampler = heapSampler(cdp);
  const ms = await openFileOnProjectList(page, file, firstBoard);
  const peak = await sampler.stop();
  await cdp.detach();
  log(
    `page: import through the UI ${ms.toFixed(0)} ms, JS heap peak +${((peak - before) / 1e6).toFixed(0)} MB (sampled)`,
  );
  return [
    result('5. import L file in the page: file chosen → project shown', ms, 'ms'),
    result('5. import L file in the page: JS heap peak rise (sampled)', (peak - before) / 1e6, 'MB'),
  ];
}

/** "Save a copy…" on the L project's overview until the browser starts the download. */
export async function exportInPage(
  session: Session,
  page: Page,
  projectId: string,
  firstBoard: string,
  log: (line: string) => void,
  runs = 3,
): Promise<BenchResult[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await loadApp(session, page, projectHref(projectId));
    await page.getByRole('link', { name: firstBoard, exact: true }).waitFor({ timeout: 120_000 });
    await settle(page);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const start = performance.now();
    await page.getByRole('button', { name: 'Save a copy…' }).click();
    await download;
    times.push(performance.now() - start);
  }
  log(`page: export (Save a copy…) ${times.map((x) => x.toFixed(0)).join(', ')} ms`);
  return [result('5. export L file in the page: Save a copy… → download', median(times), 'ms')];
}
