// Figure 3: p95 time from a key press in a note, and from the end of a drag, to the change being
// stored in IndexedDB, on the L project: typing into a note of its fullest canvas, dragging notes
// there, and dragging actors on its 2,000-actor map (zoomed in, where actors can be grabbed).
import type { Page } from '@playwright/test';
import { boardHref, loadApp, settle, type Session } from './browser-session';
import { armStoredWatch, takeStored } from './stored-watch';
import { percentileOf, result, type BenchResult } from './results-format';

export interface TypingTargets {
  projectId: string;
  canvasId: string;
  mapId: string;
}

const TEXT = ' kirjoitusviive ja tallennus';

async function typeInNote(session: Session, page: Page, t: TypingTargets): Promise<number[]> {
  await loadApp(session, page, boardHref(t.projectId, t.canvasId));
  const note = page.locator('.react-flow__node-note').last();
  await note.waitFor({ timeout: 120_000 });
  await settle(page);
  await note.focus();
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__node textarea').waitFor({ timeout: 30_000 });
  await settle(page);
  const times: number[] = [];
  for (const ch of TEXT) {
    await armStoredWatch(page, t.canvasId, 'keydown');
    await page.keyboard.type(ch);
    times.push(await takeStored(page));
    await settle(page);
  }
  await page.keyboard.press('Escape');
  return times;
}

/** Boxes of up to `count` elements whose middle is well inside the pane (every third, spread out). */
async function grabbable(page: Page, selector: string, count: number) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const boxes = [];
  const all = page.locator(selector);
  const total = Math.min(150, await all.count());
  for (let i = 0; i < total && boxes.length < count; i += 3) {
    const box = await all.nth(i).boundingBox();
    if (!box) continue;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (x > pane.x + 80 && x < pane.x + pane.width - 160 && y > pane.y + 80 && y < pane.y + pane.height - 120) {
      boxes.push(box);
    }
  }
  if (boxes.length === 0) throw new Error(`no ${selector} inside the pane (of ${total})`);
  return boxes;
}

interface LongTaskWatch {
  __drop?: number;
  __long?: { start: number; duration: number }[];
  __observer?: PerformanceObserver;
}

/** LONG_TASKS=1: notes the main thread's long tasks around each drop (what delays the write). */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as LongTaskWatch;
    w.__long = [];
    w.__observer?.disconnect();
    addEventListener('pointerup', (e) => void (w.__drop = e.timeStamp), { capture: true, once: true });
    w.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long?.push({ start: e.startTime, duration: e.duration });
    });
    w.__observer.observe({ type: 'longtask' });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as LongTaskWatch;
    const drop = w.__drop ?? 0;
    const shown = (w.__long ?? []).filter((t) => t.start + t.duration >= drop - 50);
    return `long tasks from the drop: ${shown.map((t) => `+${(t.start - drop).toFixed(0)} (${t.duration.toFixed(0)} ms)`).join(', ') || 'none'}`;
  });

/** Drags each element by 10 pointer moves; the time is from the drop to the stored update. */
async function dragEach(
  page: Page,
  boardId: string,
  selector: string,
  count: number,
  // Where to grab: an actor's middle holds its connection handle, so it is taken by its left edge.
  grabX: (box: { x: number; width: number }) => number = (box) => box.x + box.width / 2,
): Promise<number[]> {
  const times: number[] = [];
  let failed = 0;
  for (const box of await grabbable(page, selector, count)) {
    const from = { x: grabX(box), y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 10 });
    await settle(page);
    await armStoredWatch(page, boardId, 'pointerup');
    if (process.env.LONG_TASKS) await watchLongTasks(page);
    await page.mouse.up();
    try {
      times.push(await takeStored(page));
      if (process.env.LONG_TASKS)
        console.log(`  drop → stored ${times.at(-1)?.toFixed(0)} ms; ${await longTasks(page)}`);
    } catch {
      // A drop that stores nothing (the element did not move) is left out and counted in the log.
      failed++;
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/drag-${boardId}-${failed}.png` });
    }
    await settle(page);
  }
  if (failed > 0) console.log(`  ${failed} drops of ${selector} stored nothing in 10 s`);
  return times;
}

/** Zooms the map in past its overview (50 %), where the actors in view are mounted, and drags some. */
async function dragActors(session: Session, page: Page, t: TypingTargets): Promise<number[]> {
  await loadApp(session, page, boardHref(t.projectId, t.mapId));
  await page.locator('.react-flow__pane').waitFor({ timeout: 120_000 });
  await settle(page);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no map pane');
  // Zoom in over the middle step by step until actors (mounted from 50 % zoom on) sit well inside.
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(300);
    await settle(page);
    if ((await grabbable(page, '.react-flow__node-actor', 6).catch(() => [])).length >= 4) break;
  }
  return dragEach(page, t.mapId, '.react-flow__node-actor', 6, (box) => box.x + 20);
}

export async function typingAndDragging(
  session: Session,
  page: Page,
  targets: TypingTargets,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const typing = await typeInNote(session, page, targets);
  const canvasDrags = await dragEach(page, targets.canvasId, '.react-flow__node-note', 10);

  let mapDrags: number[] = [];
  try {
    mapDrags = await dragActors(session, page, targets);
  } catch (error) {
    log(`map actor drag FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }

  const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  log(`typing → stored (ms): ${show(typing)}`);
  log(`canvas note drag → stored (ms): ${show(canvasDrags)}`);
  log(`map actor drag → stored (ms): ${show(mapDrags)}`);
  return [
    result('3. key press in a note → stored, p50 (L canvas)', percentileOf(typing, 50), 'ms'),
    result('3. key press in a note → stored, p95 (L canvas)', percentileOf(typing, 95), 'ms'),
    result('3. note drag end → stored, p95 (L canvas)', percentileOf(canvasDrags, 95), 'ms'),
    result('3. actor drag end → stored, p95 (L map)', mapDrags.length > 0 ? percentileOf(mapDrags, 95) : null, 'ms'),
  ];
}
