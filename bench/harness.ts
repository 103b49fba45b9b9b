// What the browser benchmarks share: a built renderer served locally, Debian's Chromium, a
// project imported through the UI, and Chromium's Long Animation Frame entries as "jank".
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, waitForServer } from '../scripts/chromium.mjs';
import { serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../shared/model';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export const describeFrames = (frames: number[]) =>
  frames.length === 0 ? 'no long frames' : `${frames.length} long frames, max ${Math.max(...frames).toFixed(0)} ms`;

/**
 * Serves the built renderer (`npm run build` first), opens Chromium, imports the project from a
 * .kartta file through "Open project file…", and hands the page to `run`.
 */
export async function withImportedProject(
  project: ProjectSnapshot,
  port: number,
  run: (page: Page, browser: Browser, takeLongFrames: () => Promise<number[]>) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kartta-bench-'));
  const file = join(dir, 'bench.kartta');
  writeFileSync(file, serializeKarttaFile(toKarttaFile(project, 'bench')));
  const server = spawn('node', ['scripts/web.mjs', '--port', String(port), '--no-build'], { stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open project file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('link', { name: project.boards[0]?.title ?? '' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[] };
      w.frames_ = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.frames_.push(e.duration))).observe({
        type: 'long-animation-frame',
        buffered: false,
      });
    });
    const takeLongFrames = () => page.evaluate(() => (window as unknown as { frames_: number[] }).frames_.splice(0));
    await run(page, browser, takeLongFrames);
    await browser.close();
  } finally {
    server.kill();
  }
}

/** Zooms with the wheel over the middle of the pane, then pans by dragging from near its corner. */
export async function zoomAndPan(page: Page): Promise<void> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no pane');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -200 : 200);
  await page.mouse.move(box.x + 50, box.y + box.height - 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, box.y + 200, { steps: 20 });
  await page.mouse.up();
}

export const emptyProject = (id: string, title: string): ProjectSnapshot['project'] => {
  const at = '2026-11-26T08:00:00.000Z';
  return {
    id,
    title,
    organisation: '',
    goal: '',
    startDate: '',
    endDate: '',
    facilitators: [],
    participants: [],
    createdAt: at,
    updatedAt: at,
  };
};

/**
 * With PROFILE=1 in the environment, runs `action` under Chromium's CPU profiler and prints the
 * main thread's self time by function; otherwise just runs it.
 */
export async function profiled(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  if (!process.env.PROFILE) return action();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples ?? []) {
    const frame = byId.get(id)?.callFrame;
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop() ?? ''}:${frame?.lineNumber ?? ''}`;
    self.set(name, (self.get(name) ?? 0) + interval / 1000);
  }
  console.log(`self time while ${what} (ms):`);
  for (const [name, ms] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
}
