// Figure 2: from navigation to an interactive big board (the 5,000-note canvas, the L project's
// 2,000-actor map), beside reading the same board row and Yjs updates straight from IndexedDB
// with no rendering, in the same page just before. "Interactive": the board's first layer is drawn
// (a big canvas's or map's overview canvas, or a note or actor in the DOM; before issue 10's
// culling, every one of the 5,000 notes) and the next frame with the main thread free after it.
import type { Page } from '@playwright/test';
import { boardHref, loadApp, projectHref, rawBoardRead, settle, type Session } from './browser-session';
import { median, result, type BenchResult } from './results-format';

export interface BoardToOpen {
  label: string;
  projectId: string;
  boardId: string;
  title: string;
  /** CSS selector of what must be drawn, and how many of it. */
  selector: string;
  count: number;
}

/** Milliseconds from the hash change to `count` elements matching `selector` plus one free frame. */
export function timeNavigation(page: Page, href: string, selector: string, count: number): Promise<number> {
  return page.evaluate(
    ([target, css, n]) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        const timeout = setTimeout(() => fail(new Error(`${css} not drawn in 120 s`)), 120_000);
        const poll = () => {
          if (document.querySelectorAll(css).length < n) return void requestAnimationFrame(poll);
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timeout);
              done(performance.now() - start);
            }, 0),
          );
        };
        location.hash = target;
        requestAnimationFrame(poll);
      }),
    [href, selector, count] as const,
  );
}

export async function openBigBoards(
  session: Session,
  page: Page,
  boards: readonly BoardToOpen[],
  log: (line: string) => void,
  repetitions = 3,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const board of boards) {
    const opens: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      // A fresh document each time: y-dexie keeps a released board cached for a while.
      await loadApp(session, page, projectHref(board.projectId));
      await page.getByRole('link', { name: board.title, exact: true }).waitFor({ timeout: 120_000 });
      await settle(page);
      const raw = await rawBoardRead(page, board.boardId);
      reads.push(raw.ms);
      opens.push(await timeNavigation(page, boardHref(board.projectId, board.boardId), board.selector, board.count));
      if (i === 0) log(`${board.label}: ${raw.updates} stored updates, ${(raw.bytes / 1e6).toFixed(2)} MB`);
    }
    log(
      `${board.label}: open ${opens.map((x) => x.toFixed(0)).join(', ')} ms; raw read ${reads.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    results.push(result(`2. open ${board.label} (vs raw IndexedDB read)`, median(opens), 'ms', median(reads)));
  }
  return results;
}
