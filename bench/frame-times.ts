// Frame time without a GPU: headless Chromium snaps requestAnimationFrame to 16.7 ms steps
// (PITFALLS.md), so a frame's cost is read as the renderer main thread's busy time instead:
// Chromium's TaskDuration metric (script, style, layout, paint recording) between one input step
// and the next, each step followed by two drawn frames. Windows are back to back, so work that
// spills past a step is counted in the next one rather than lost.
import type { CDPSession, Page } from '@playwright/test';
import { settle } from './browser-session';

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

export type Step = () => Promise<unknown>;

/** Runs the steps one by one; returns the main thread's busy milliseconds for each. */
export async function busyPerStep(page: Page, steps: readonly Step[]): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await settle(page);
  const times: number[] = [];
  let last = await taskSeconds(cdp);
  for (const step of steps) {
    await step();
    await settle(page);
    const now = await taskSeconds(cdp);
    times.push((now - last) * 1000);
    last = now;
  }
  await cdp.detach();
  return times;
}

/**
 * The same scripted pan and zoom for every page: zoom in and out with the wheel over the middle,
 * pan by dragging from the top-left corner (outside the rings, clear of the app's panels), then
 * zoom in a little, pan again, and zoom back out: 56 steps in all.
 */
export async function panZoomSteps(page: Page): Promise<Step[]> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no React Flow pane');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const wheel =
    (dy: number): Step =>
    async () => {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.wheel(0, dy);
    };
  const drag = (from: { x: number; y: number }, dx: number, dy: number, moves: number): Step[] => [
    async () => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
    },
    ...Array.from(
      { length: moves },
      (_, i): Step =>
        () =>
          page.mouse.move(from.x + (dx * (i + 1)) / moves, from.y + (dy * (i + 1)) / moves),
    ),
    () => page.mouse.up(),
  ];
  const corner = { x: box.x + box.width * 0.08, y: box.y + box.height * 0.1 };
  return [
    ...Array.from({ length: 6 }, () => wheel(-150)),
    ...Array.from({ length: 6 }, () => wheel(150)),
    ...drag(corner, 300, 200, 20),
    ...Array.from({ length: 4 }, () => wheel(-150)),
    ...drag(corner, 250, 150, 12),
    ...Array.from({ length: 4 }, () => wheel(150)),
  ];
}
