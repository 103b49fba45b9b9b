// `npx tsx bench/canvas-notes.ts [notes]`: how a canvas with many notes feels in Debian's Chromium.
// Prints numbers; never part of npm test (DESIGN.md). Needs `npm run build` (or web) output.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, waitForServer } from '../scripts/chromium.mjs';
import { businessModelCanvas, instantiateTemplate } from '../shared/templates';
import { noteColors, serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../shared/model';

const NOTES = Number(process.argv[2] ?? 1000);
const PORT = 4191;

function bigCanvasProject(count: number): ProjectSnapshot {
  let n = 0;
  const content = instantiateTemplate(businessModelCanvas, 'en', () => `s${++n}`);
  for (let i = 0; i < count; i++) {
    const section = content.sections[i % content.sections.length];
    const slot = Math.floor(i / content.sections.length);
    content.notes.push({
      id: `note-${i}`,
      sectionId: section.id,
      text: `Muistiinpano ${i}: asukkaan havainto lupaprosessista`,
      color: noteColors[i % noteColors.length],
      x: section.x + 12 + (slot % 4) * 30,
      y: section.y + 56 + Math.floor(slot / 4) * 12,
      tags: i % 5 === 0 ? ['havainto'] : [],
      authorId: null,
      photoId: null,
    });
  }
  const at = '2026-11-26T08:00:00.000Z';
  return {
    project: {
      id: 'bench',
      title: `Bench ${count}`,
      organisation: '',
      goal: '',
      startDate: '',
      endDate: '',
      facilitators: [],
      participants: [],
      createdAt: at,
      updatedAt: at,
    },
    attachments: [],
    boards: [{ id: 'bench-canvas', kind: 'canvas', title: `Canvas with ${count} notes`, order: 0, content }],
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kartta-bench-'));
  const file = join(dir, 'bench.kartta');
  writeFileSync(file, serializeKarttaFile(toKarttaFile(bigCanvasProject(NOTES), 'bench')));
  const server = spawn('node', ['scripts/web.mjs', '--port', String(PORT), '--no-build'], { stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open project file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('link', { name: `Canvas with ${NOTES} notes` }).waitFor();

    // Long animation frames (Chromium's LoAF) during each interaction: what a user sees as jank.
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[] };
      w.frames_ = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.frames_.push(e.duration))).observe({
        type: 'long-animation-frame',
        buffered: false,
      });
    });
    const takeFrames = () => page.evaluate(() => (window as unknown as { frames_: number[] }).frames_.splice(0));

    const t0 = Date.now();
    await page.getByRole('link', { name: `Canvas with ${NOTES} notes` }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-note').length === n, NOTES);
    const openMs = Date.now() - t0;
    await takeFrames();

    // Typing: per-key round trip (key press -> textarea shows it) and long frames meanwhile.
    await page.locator('.react-flow__node-note').last().focus();
    await page.keyboard.press('Enter');
    const editor = page.locator('.react-flow__node textarea');
    await editor.waitFor();
    const keyTimes: number[] = [];
    // PROFILE=1 also prints where the main thread spends its time while typing (CDP profiler).
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    for (const ch of 'kirjoitusviive') {
      const k0 = performance.now();
      await page.keyboard.type(ch);
      keyTimes.push(performance.now() - k0);
    }
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map<string, number>();
      const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      for (const id of profile.samples ?? []) {
        const frame = byId.get(id)?.callFrame;
        const name = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop() ?? ''}:${frame?.lineNumber ?? ''}`;
        self.set(name, (self.get(name) ?? 0) + interval / 1000);
      }
      console.log('self time while typing (ms):');
      for (const [name, ms] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 15))
        console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
    }
    await page.keyboard.press('Escape');
    const typingFrames = await takeFrames();

    // Zoom with the wheel, then pan by dragging the pane.
    const pane = page.locator('.react-flow__pane');
    const box = await pane.boundingBox();
    if (!box) throw new Error('no pane');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -200 : 200);
    await page.mouse.move(box.x + 50, box.y + box.height - 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 200, { steps: 20 });
    await page.mouse.up();
    const zoomPanFrames = await takeFrames();

    console.log(`canvas with ${NOTES} notes (Chromium ${browser.version()}, headless, no GPU)`);
    console.log(`open board -> all notes rendered: ${openMs} ms`);
    console.log(
      `typing, per key round trip: p50 ${percentile(keyTimes, 50).toFixed(1)} ms, p95 ${percentile(keyTimes, 95).toFixed(1)} ms`,
    );
    const describe = (frames: number[]) =>
      frames.length === 0 ? 'no long frames' : `${frames.length} long frames, max ${Math.max(...frames).toFixed(0)} ms`;
    console.log(`typing: ${describe(typingFrames)}`);
    console.log(`zoom and pan: ${describe(zoomPanFrames)}`);
    await browser.close();
  } finally {
    server.kill();
  }
}

void main();
