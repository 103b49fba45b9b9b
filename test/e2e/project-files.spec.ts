import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, choosePhoto, openApp, pngMadeInPage } from './fixtures';
import { restore } from '../../shared/model';

/** Opens the app, saves the sample project as a file and goes back to the list; its path. */
async function savedSample(page: Page): Promise<string> {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const path = await (await downloadPromise).path();
  await page.getByRole('link', { name: /All projects/ }).click();
  return path;
}

test('save a copy of a project and open it again', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Digitaalinen rakennuslupa.kartta');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  const result = restore(text);
  expect(result.ok).toBe(true);

  await page.getByRole('link', { name: /All projects/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByText(/Opened “Digitaalinen rakennuslupa” as a copy/)).toBeVisible();
  // Opening a file shows the opened project.
  await expect(page.getByRole('heading', { level: 1, name: 'Digitaalinen rakennuslupa' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link')).toHaveCount(1);
  await page.getByRole('link', { name: /All projects/ }).click();
  await expect(
    page.getByRole('list', { name: 'Projects' }).getByRole('link', { name: 'Digitaalinen rakennuslupa' }),
  ).toHaveCount(2);
});

test('a file of a project already here can replace it; the replaced one waits in Recently deleted', async ({
  page,
  consoleProblems: _c,
}) => {
  const path = await savedSample(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('button', { name: 'Replace the one here' }).click();
  await expect(page.getByText(/The earlier “Digitaalinen rakennuslupa” is in Recently deleted/)).toBeVisible();
  await page.getByRole('link', { name: /All projects/ }).click();
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveText([
    'Digitaalinen rakennuslupa',
  ]);
  await expect(page.getByText('Recently deleted (1)')).toBeVisible();
});

test('a broken file gets a clear message and changes nothing', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.kartta',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"kartta","version":1,'),
  });
  await expect(
    page.getByText(/This file could not be opened: it is not a Kartta project file \(not valid JSON\)/),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('listitem')).toHaveCount(1);
});

/** Drops a file with these contents on the page, as a file dragged from the desktop would. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, contents]) => {
      const data = new DataTransfer();
      data.items.add(new File([contents], fileName, { type: 'application/json' }));
      for (const type of ['dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, text],
  );
}

test('a .kartta file dropped on the window opens; a broken one is refused and writes nothing', async ({
  page,
  consoleProblems: _c,
}) => {
  const text = await readFile(await savedSample(page), 'utf8');
  const projects = page.getByRole('list', { name: 'Projects' }).getByRole('link');
  await expect(projects).toHaveCount(1);

  await dropFile(page, 'truncated.kartta', text.slice(0, 500));
  await expect(page.getByText(/This file could not be opened/)).toBeVisible();
  await expect(projects).toHaveCount(1);

  await dropFile(page, 'Digitaalinen rakennuslupa.kartta', text);
  await expect(page.getByText(/Opened “Digitaalinen rakennuslupa” as a copy/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Digitaalinen rakennuslupa' })).toBeVisible();
});

test('a file whose photo starts like a PNG but is not one is refused before anything is written', async ({
  page,
  consoleProblems: _c,
}) => {
  const file = JSON.parse(await readFile(await savedSample(page), 'utf8')) as {
    snapshot: { project: { id: string; title: string }; attachments: object[] };
  };
  // A new project (so it would be imported, not copied), with a "PNG" that is only a signature.
  file.snapshot.project.id = 'a-new-project';
  file.snapshot.project.title = 'Rikkinäinen kuva';
  const fakePng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).toString('base64');
  // The sample's first photo keeps its id (its note still points at it) but not its pixels.
  file.snapshot.attachments[0] = { ...(file.snapshot.attachments[0] as object), data: fakePng };
  await dropFile(page, 'rikki.kartta', JSON.stringify(file));
  await expect(page.getByText(/an attached photo is not an image that can be shown/)).toBeVisible();
  await expect(page.getByText(/\$\.snapshot\.attachments\.0\.data/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveText([
    'Digitaalinen rakennuslupa',
  ]);
});

test('the project’s notes, actors and relations export as CSV tables, participants’ names left out by default', async ({
  page,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.getByRole('button', { name: 'Export data (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the project’s data as CSV' });
  const saved = async (button: string) => {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const actors = await saved('Save actors');
  expect(actors.name).toBe('Digitaalinen rakennuslupa - actors.csv');
  const lines = actors.text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Board,Name,Type,Ring,Group,Organisation,Contact role,Description,Tags');
  expect(lines).toHaveLength(38);
  expect(lines.some((line) => line.includes('Rakennusvalvonta,Municipality,Ydin'))).toBe(true);

  const withoutNames = await saved('Save notes');
  expect(withoutNames.text).not.toContain('Author');
  await dialog.getByLabel('Include participants’ names (as note authors)').check();
  const withNames = await saved('Save notes');
  expect(withNames.text.split('\r\n')[0]).toContain('Author');
});

test('a project with all three board kinds and a photo moves to a fresh browser profile and reads the same there', async ({
  page,
  browser,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  // A photo on a canvas note, with its description.
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  const photographed = page.locator('.react-flow__node-note').first();
  const firstText = (await photographed.innerText()).split('\n')[0] ?? '';
  await photographed.click();
  const panel = page.getByRole('complementary', { name: 'Selected note' });
  const png = await pngMadeInPage(page, 640, 480, '#c63');
  await choosePhoto(page, panel, { name: 'seina.png', mimeType: 'image/png', buffer: png });
  await panel.getByLabel('Photo description').fill('Työpajan seinä');
  await panel.getByRole('button', { name: 'Remove photo' }).focus(); // leaving the field saves it
  // The sample's own photo on another note, and this one.
  await expect(page.locator('.react-flow__node-note img')).toHaveCount(2);
  await page.getByRole('link', { name: /Back to/ }).click();

  const saveCopy = async (target: Page) => {
    const download = target.waitForEvent('download');
    await target.getByRole('button', { name: 'Save a copy…' }).click();
    const result = restore(await readFile(await (await download).path(), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.file;
  };
  const exported = await saveCopy(page);
  // The sample's own two photos, and the one added here.
  expect(exported.snapshot.attachments).toHaveLength(3);
  expect(new Set(exported.snapshot.boards.map((b) => b.kind))).toEqual(new Set(['canvas', 'ecosystem', 'journey']));

  // A fresh profile: its own storage, and past its first start (so no sample project is there).
  const fresh = await browser.newContext();
  await fresh.addInitScript(() => localStorage.setItem('kartta.started', '2026-01-01T00:00:00.000Z'));
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  await openApp(other);
  await expect(other.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveCount(0);
  const file = JSON.stringify(exported);
  const opener = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Open project file…' }).click();
  await (await opener).setFiles({ name: 'siirto.kartta', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(other.getByRole('heading', { level: 1, name: 'Digitaalinen rakennuslupa' })).toBeVisible();

  // The same content: the project saved again from the new profile is the one that came in.
  const again = await saveCopy(other);
  expect(again.snapshot).toEqual(exported.snapshot);
  // And the photo shows, with its description, on its note.
  await other.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  await expect(other.locator('.react-flow__node-note img')).toHaveCount(2);
  await other.locator('.react-flow__node-note', { hasText: firstText }).click();
  await expect(other.getByRole('complementary', { name: 'Selected note' }).getByLabel('Photo description')).toHaveValue(
    'Työpajan seinä',
  );
  expect(problems).toEqual([]);
  await fresh.close();
});
