import type { Page } from '@playwright/test';

/**
 * Clicks an add button and, in the same task, the delete button of the side panel that then shows
 * the new item: before React's deferred redraw runs, as on a busy laptop. Deletes only when the
 * panel's first field holds `newName` (the new item's panel, not the one shown before); returns
 * what that field held.
 */
export function addAndDeleteInOneTask(
  page: Page,
  options: { addIn: string; add: string; panelHeadingId: string; remove: string; newName: string },
): Promise<string | undefined> {
  return page.evaluate(async ({ addIn, add, panelHeadingId, remove, newName }) => {
    const button = (root: ParentNode | null, text: string) =>
      root ? [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) : undefined;
    button(document.querySelector(addIn), add)?.click();
    await Promise.resolve();
    const panel = document.getElementById(panelHeadingId)?.closest('aside') ?? null;
    const name = panel?.querySelector('input')?.value;
    if (name === newName) button(panel, remove)?.click();
    return name;
  }, options);
}
