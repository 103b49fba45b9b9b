import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** A new project with one canvas made from the template, opened. */
export async function newCanvasProject(page: Page, template: RegExp, title = 'Kanvaasitesti') {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: template }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  await expect(page.getByRole('application', { name: 'Canvas' })).toBeVisible();
}

/** A canvas section, by its title. */
export const section = (page: Page, title: string) =>
  page.getByRole('group', { name: `Section ${title}`, exact: true });

/** A note on the canvas, by its text. */
export const note = (page: Page, text: string) => page.locator('.react-flow__node-note', { hasText: text });

/** The in-place editor inside a note (the side panel has a field of the same name). */
export const noteEditor = (page: Page) => page.locator('.react-flow__node').getByRole('textbox', { name: 'Note text' });

export async function typeNewNote(page: Page, text: string) {
  await expect(noteEditor(page)).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** Focuses a section, presses Enter and types a new note: the keyboard way to add one. */
export async function addNoteWithEnter(page: Page, sectionTitle: string, text: string) {
  await section(page, sectionTitle).focus();
  await page.keyboard.press('Enter');
  await typeNewNote(page, text);
}

export async function outlineNotes(page: Page): Promise<Record<string, string[]>> {
  const outline = page.locator('.outline-panel');
  if (!(await outline.evaluate((el) => (el as HTMLDetailsElement).open))) await outline.locator('summary').click();
  // The outline renders once opened.
  await outline.locator('.outline').first().waitFor();
  return outline
    .locator('.outline-section')
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections
          .map(
            (s) =>
              [
                s.querySelector('h3')?.textContent ?? '',
                [...s.querySelectorAll('li')].map((li) => li.textContent ?? ''),
              ] as const,
          )
          .filter(([, notes]) => notes.length > 0),
      ),
    );
}
