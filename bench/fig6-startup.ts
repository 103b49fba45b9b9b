// Figure 6: start-up, from opening the renderer (navigation start) to the project list being
// interactive (the L project's entry and "Open project file…" shown, then a frame drawn with the
// main thread free), beside an empty Vite + React page served the same way, alternating runs.
import type { Page } from '@playwright/test';
import type { Session } from './browser-session';
import { median, result, type BenchResult } from './results-format';

/** Loads `url` afresh; resolves with ms since its navigation started until `ready` holds plus a free frame. */
async function timeStart(page: Page, url: string, ready: (text: string) => boolean, text: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, text, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))),
  );
}

export async function startUp(
  session: Session,
  page: Page,
  projectTitle: string,
  log: (line: string) => void,
  runs = 5,
): Promise<BenchResult[]> {
  const app: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < runs; i++) {
    const listShown = (title: string) =>
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Open project file…') &&
      [...document.querySelectorAll('a')].some((a) => a.textContent?.includes(title) ?? false);
    app.push(await timeStart(page, `${session.origin}/#/`, listShown, projectTitle));
    const buttonShown = (label: string) => document.querySelector('button')?.textContent === label;
    empty.push(await timeStart(page, `${session.origin}/bench/empty.html`, buttonShown, 'Ready'));
  }
  log(
    `start-up: app ${app.map((x) => x.toFixed(0)).join(', ')} ms; empty page ${empty.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  return [
    result('6. start-up → project list interactive (vs empty Vite + React page)', median(app), 'ms', median(empty)),
  ];
}
