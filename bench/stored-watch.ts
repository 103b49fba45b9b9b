// "Stored" as IndexedDB sees it: after a user action, the time until a new Yjs update row of the
// board can be read from y-dexie's updates table by another reader (raw IndexedDB, polled every
// millisecond or so), counted from the action's DOM event timestamp.
import type { Page } from '@playwright/test';
import { UPDATES_TABLE } from './browser-session';

interface Watch {
  __stored?: Promise<number>;
}

/**
 * Notes the board's newest stored update, then waits for the first `eventType` event on the page
 * and for a newer update row after it. Resolves once armed; `takeStored` gives the milliseconds.
 */
export function armStoredWatch(page: Page, boardId: string, eventType: 'keydown' | 'pointerup'): Promise<void> {
  return page.evaluate(
    ([id, table, type]) =>
      new Promise<void>((armed, fail) => {
        const open = indexedDB.open('kartta');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          // A throw inside an IndexedDB callback would leave this promise pending for ever.
          window.addEventListener('unhandledrejection', (e) => fail(e.reason), { once: true });
          window.addEventListener('error', (e) => fail(e.error), { once: true });
          const db = open.result;
          const newestKey = (then: (key: number) => void) => {
            const request = db
              .transaction(table)
              .objectStore(table)
              .index('k')
              .openCursor(IDBKeyRange.only(id), 'prev');
            request.onsuccess = () => then(request.result ? Number(request.result.primaryKey) : 0);
          };
          newestKey((before) => {
            (window as Watch).__stored = new Promise<number>((done, never) => {
              let eventAt: number | null = null;
              const timeout = setTimeout(() => never(new Error(`nothing stored 10 s after ${type}`)), 10_000);
              addEventListener(type, (e) => void (eventAt ??= e.timeStamp), { capture: true, once: true });
              const poll = () =>
                newestKey((key) => {
                  if (eventAt === null || key <= before) return void setTimeout(poll, 1);
                  clearTimeout(timeout);
                  db.close();
                  done(performance.now() - eventAt);
                });
              poll();
            });
            armed();
          });
        };
      }),
    [boardId, UPDATES_TABLE, eventType] as const,
  );
}

export const takeStored = (page: Page) =>
  page.evaluate(() => (window as Watch).__stored ?? Promise.reject(new Error('not armed')));
