import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { App, newUserDataDir } from './app';

// Runs only where a real Electron binary exists (scripts/test-electron.mjs says so loudly otherwise).
// The OS passes a double-clicked .kartta file on the command line (Windows, Linux), to the first
// launch or, through the single-instance lock, from a second one to the running app.

const sample = resolve(__dirname, '../../resources/samples/digital-building-permit.kartta');

/** The sample as a project that is not here yet, under a title of its own. */
function projectFile(folder: string, id: string, title: string): string {
  const file = JSON.parse(readFileSync(sample, 'utf8')) as { snapshot: { project: { id: string; title: string } } };
  file.snapshot.project.id = id;
  file.snapshot.project.title = title;
  const path = join(folder, `${title}.kartta`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

test('a .kartta file on the command line opens as a project; a second launch hands over its file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kartta-open-with-'));
  const first = projectFile(folder, 'opened-with-first', 'Avattu komentoriviltä');
  const second = projectFile(folder, 'opened-with-second', 'Toinen käynnistys');
  const app = await App.launch(newUserDataDir(), [first]);
  try {
    const page = await app.firstWindow();
    await expect(page.getByText('Opened “Avattu komentoriviltä”.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Avattu komentoriviltä' })).toBeVisible();

    expect(await app.launchSecondInstance([second])).toBe(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Toinen käynnistys' })).toBeVisible();

    expect(await app.launchSecondInstance([join(folder, 'missing.kartta')])).toBe(0);
    await expect(page.getByText(/This file could not be opened: Kartta could not read it/)).toBeVisible();
    // Only the two files came in, next to the sample project.
    await page.getByRole('link', { name: /All projects/ }).click();
    await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveCount(3);
  } finally {
    await app.close();
    app.removeUserData();
    rmSync(folder, { recursive: true, force: true });
  }
});
