// Where the main thread spends its time in the interactions figures 2 and 3 measure (issue 10): one
// actor drop on the L map (until it is stored), opening the 5,000-note canvas and the L map, and
// figure 1's pan and zoom of a 2,000-actor map.
// `npx tsx bench/profile-interactions.ts [drop] [open-canvas] [open-map] [pan]` after a build (best
// with KARTTA_NO_MINIFY=1 npm run build, for readable names). Prints inclusive and self time by
// function from Chromium's CPU profiler; PROFILE_OUT=dir also writes the .cpuprofile files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import type { BoardOf } from '../shared/model';
import { generateCanvasProject, generateProject } from '../shared/samples/generate-project';
import {
  boardHref,
  importThroughUi,
  loadApp,
  newPage,
  projectHref,
  settle,
  writeProjectFile,
  type Session,
} from './browser-session';
import { timeNavigation } from './fig2-open-board';
import { busyPerStep, panZoomSteps } from './frame-times';
import { emptyProject } from './harness';
import { generateEcosystem } from '../shared/samples/generate-map';
import { armStoredWatch, takeStored } from './stored-watch';
import { serveStatic } from './static-server';

const PORT = Number(process.env.BENCH_PORT ?? 4310);
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['drop', 'open-canvas', 'open-map'];

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

function report(what: string, profile: CpuProfile): void {
  if (process.env.PROFILE_OUT)
    writeFileSync(join(process.env.PROFILE_OUT, `${what}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return `${f?.functionName || '(anonymous)'} ${f?.url.split('/').pop() ?? ''}:${f?.lineNumber ?? ''}`;
  };
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = name(id);
    if (leaf.startsWith('(idle)') || leaf.startsWith('(program)')) return;
    busy += ms;
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = name(at);
      if (!seen.has(n)) inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
      seen.add(n);
    }
  });
  const top = (m: Map<string, number>, count: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, count)
      .map(([n, ms]) => `    ${ms.toFixed(1).padStart(7)}  ${n}`)
      .join('\n');
  console.log(`${what}: ${busy.toFixed(0)} ms busy\n  inclusive:\n${top(inclusive, 45)}\n  self:\n${top(self, 25)}`);
}

async function profiled(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  report(what, profile);
}

function idbLog() {
  const w = window as { __idb?: string[] };
  const note = (s: string) => w.__idb?.push(`${performance.now().toFixed(1)} ${s}`);
  addEventListener('pointerup', () => note('pointerup'), { capture: true });
  const wrap = (proto: IDBObjectStore, method: 'add' | 'put' | 'get' | 'getAll' | 'openCursor' | 'count') => {
    const original = proto[method] as (...args: unknown[]) => IDBRequest;
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const tx = this.transaction;
      const what = `${method} ${this.name} (${tx.mode})`;
      note(`→ ${what}`);
      const request = original.apply(this, args);
      request.addEventListener('success', () => note(`  ✓ ${what}`));
      if (tx.mode === 'readwrite') tx.addEventListener('complete', () => note(`  committed ${what}`));
      return request;
    } as never;
  };
  for (const m of ['add', 'put', 'get', 'getAll', 'openCursor', 'count'] as const) wrap(IDBObjectStore.prototype, m);
}

async function dropActors(session: Session, page: Page, projectId: string, mapId: string): Promise<void> {
  await loadApp(session, page, boardHref(projectId, mapId));
  await page.locator('.react-flow__pane').waitFor({ timeout: 120_000 });
  await settle(page);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12 && (await page.locator('.react-flow__node-actor').count()) < 10; i++) {
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(300);
    await settle(page);
  }
  for (let i = 0; i < 3; i++) {
    const box = await page
      .locator('.react-flow__node-actor')
      .nth(i * 3)
      .boundingBox();
    if (!box) continue;
    const from = { x: box.x + 20, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 10 });
    await settle(page);
    await armStoredWatch(page, mapId, 'pointerup');
    if (process.env.IDB_LOG) await page.evaluate(() => void ((window as { __idb?: string[] }).__idb = []));
    await profiled(page, `actor drop ${i + 1}`, async () => {
      await page.mouse.up();
      // A drop that moved nothing (the actor was not grabbed) stores nothing.
      const stored = await takeStored(page).catch(() => null);
      console.log(stored === null ? 'the drop stored nothing' : `drop → stored ${stored.toFixed(0)} ms`);
      await settle(page);
    });
    if (process.env.IDB_LOG)
      console.log((await page.evaluate(() => (window as { __idb?: string[] }).__idb ?? [])).join('\n'));
    await page.waitForTimeout(500);
  }
}

async function open(
  session: Session,
  page: Page,
  what: string,
  projectId: string,
  boardId: string,
  title: string,
  selector: string,
) {
  await loadApp(session, page, projectHref(projectId));
  await page.getByRole('link', { name: title, exact: true }).waitFor({ timeout: 120_000 });
  await settle(page);
  await profiled(page, what, async () => {
    console.log(`${what}: ${(await timeNavigation(page, boardHref(projectId, boardId), selector, 1)).toFixed(0)} ms`);
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time by event name on the renderer's main thread (complete events, nested ones subtracted). */
function summariseTrace(events: TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return void console.log('no renderer main thread in the trace');
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of mine) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0) / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  console.log('main thread self time by trace event (ms):');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}

/**
 * CHECK_PAN=1: a pan there and back, by whole pixels, should leave the map's canvas layer as it was
 * drawn in full (a pan moves the picture and draws only the uncovered strips).
 */
async function checkPanRoundTrip(page: Page): Promise<void> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const pixels = () =>
    page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.eco-canvas-layer');
      const data = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return data ? Array.from(data) : [];
    });
  // Lines cut at other points round their anti-aliasing a little differently: counted apart.
  const compare = (a: number[], b: number[]) => {
    let slight = 0;
    let more = 0;
    for (let i = 0; i < a.length; i += 4) {
      let most = 0;
      for (let c = 0; c < 4; c++) most = Math.max(most, Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)));
      if (most > 32) more++;
      else if (most > 0) slight++;
    }
    return `${a.length / 4} pixels: ${slight} differ by up to 32 of 255, ${more} by more`;
  };
  for (const zoomIn of [0, 3]) {
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < zoomIn; i++) await page.mouse.wheel(0, -150);
    await page.waitForTimeout(500);
    await settle(page);
    const before = await pixels();
    const from = { x: pane.x + 100, y: pane.y + 100 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (const [dx, dy] of [
      [37, 0],
      [80, 45],
      [120, -60],
      [0, 0],
    ]) {
      await page.mouse.move(from.x + (dx ?? 0), from.y + (dy ?? 0), { steps: 5 });
      await settle(page);
    }
    await page.mouse.up();
    await settle(page);
    console.log(`pan there and back (zoomed in ${zoomIn} steps): canvas ${compare(before, await pixels())}`);
  }
}

/** Figure 1's pan and zoom script on its 2,000-actor map, profiled as a whole. */
async function panAndZoom(page: Page, session: Session): Promise<void> {
  const project = {
    project: emptyProject('bench-maps', 'Bench: maps'),
    attachments: [],
    boards: [
      {
        id: 'map-2000',
        kind: 'ecosystem' as const,
        title: 'Map of 2000',
        order: 0,
        content: generateEcosystem(2000, 4000, 7),
      },
    ],
  };
  await importThroughUi(session, page, writeProjectFile(session, 'maps', project), 'Map of 2000');
  await loadApp(session, page, boardHref(project.project.id, 'map-2000'));
  await page.locator('.react-flow__node-actor, .eco-canvas-layer').first().waitFor({ timeout: 120_000 });
  await settle(page);
  if (process.env.CHECK_PAN) await checkPanRoundTrip(page);
  // HIDE=selector: the same without that part of the page drawn (what does it cost per frame?).
  if (process.env.HIDE)
    await page.evaluate((css) => {
      for (const e of document.querySelectorAll<HTMLElement>(css)) e.style.setProperty('display', 'none', 'important');
    }, process.env.HIDE);
  let times: number[] = [];
  if (process.env.TRACE) {
    // Where the main thread's time goes outside JavaScript (style, layout, paint, canvas).
    await session.browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    times = await busyPerStep(page, await panZoomSteps(page));
    const trace = JSON.parse((await session.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    summariseTrace(trace.traceEvents);
  } else {
    await profiled(page, 'pan and zoom (figure 1, 2,000 actors)', async () => {
      times = await busyPerStep(page, await panZoomSteps(page));
    });
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `busy per step: p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)}; ${times.map((t) => t.toFixed(0)).join(' ')}`,
  );
}

async function main(): Promise<void> {
  const large = generateProject('L', 1);
  const bigCanvas = generateCanvasProject(5000, 1);
  const map = large.boards.find((b): b is BoardOf<'ecosystem'> => b.kind === 'ecosystem');
  if (!map) throw new Error('no map');
  // APP_DIR: another build of the app (e.g. one without minification, built elsewhere).
  const app = process.env.APP_DIR ?? resolve(__dirname, '../out/renderer');
  const server = await serveStatic(PORT, [{ prefix: '/', dir: app }]);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const session = { browser, origin: `http://127.0.0.1:${PORT}`, dir: mkdtempSync(join(tmpdir(), 'kartta-prof-')) };
  try {
    const { page } = await newPage(session);
    // IDB_LOG=1: when the page's IndexedDB writes are made, succeed and commit (what the drop waits for).
    if (process.env.IDB_LOG) await page.addInitScript(idbLog);
    if (wanted.some((w) => w !== 'pan'))
      await importThroughUi(session, page, writeProjectFile(session, 'large', large), large.boards[0]?.title ?? '');
    if (wanted.includes('pan')) await panAndZoom(page, session);
    if (wanted.includes('drop')) await dropActors(session, page, large.project.id, map.id);
    if (wanted.includes('open-map'))
      await open(
        session,
        page,
        'open the L map',
        large.project.id,
        map.id,
        map.title,
        '.react-flow__node-actor, .eco-canvas-layer',
      );
    if (wanted.includes('open-canvas')) {
      await importThroughUi(
        session,
        page,
        writeProjectFile(session, 'canvas', bigCanvas),
        bigCanvas.boards[0]?.title ?? '',
      );
      const board = bigCanvas.boards[0];
      if (board)
        await open(
          session,
          page,
          'open the 5,000-note canvas',
          bigCanvas.project.id,
          board.id,
          board.title,
          '.react-flow__node-note, .canvas-notes-layer',
        );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
