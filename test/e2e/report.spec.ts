import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, choosePhoto, openApp, pngMadeInPage } from './fixtures';
import { missingInOrder, tool } from '../pdf-tools';

test('exports the sample project as a PDF report from the UI, checked with the PDF tools', async ({
  page,
  consoleProblems: _c,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a PDF report' });
  await dialog.getByLabel('Language of the report').selectOption('fi');
  await dialog.getByLabel('Language of the project’s text').selectOption('fi');
  // Leave out one board: the report holds the others.
  await dialog.getByRole('checkbox', { name: /Persoona: Aino, 38/ }).uncheck();
  await dialog.getByLabel('Licence line (optional)').fill('CC BY 4.0');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Digitaalinen rakennuslupa.pdf');
  await expect(page.getByText('Report saved as Digitaalinen rakennuslupa.pdf.')).toBeVisible();
  await expect(dialog).toHaveCount(0);

  const path = join(tmpdir(), `kartta-e2e-report-${Date.now()}.pdf`);
  await writeFile(path, await readFile(await file.path()));
  expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/);
  const fonts = tool('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const row of fonts) expect(row).toMatch(/^NotoSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
  // Diagrams are vectors: the one image is the photo of the empathy map's note, with its note.
  expect(
    tool('pdfimages', ['-list', path])
      .split('\n')
      .slice(2)
      .filter((row) => /^\s*\d+\s+\d+\s+image\s/.test(row)),
  ).toHaveLength(1);
  const text = tool('pdftotext', [path, '-']);
  expect(
    missingInOrder(text, [
      'Työpajaraportti',
      'Digitaalinen rakennuslupa',
      'CC BY 4.0',
      'Sisällys',
      'Empatiakartta: luvan hakija',
      'Rakentamisluvan ekosysteemi',
      'Service blueprint: rakentamislupa',
    ]),
  ).toBeNull();
  // The board left out is nowhere (a journey's persona line starts with the same words, then goes on).
  expect(text).not.toMatch(/Persoona: Aino, 38(?!,)/);
  const info = tool('pdfinfo', [path]);
  expect(info).toMatch(/Title:\s+Digitaalinen rakennuslupa/);
  // Made in the app's worker, the report is tagged like the command line's.
  expect(info).toMatch(/Tagged:\s+yes/);
});

test('the report dialog passes an axe scan and can be stopped while the report is made', async ({
  page,
  consoleProblems: _c,
}) => {
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a PDF report' });
  await expect(dialog.getByRole('checkbox').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(downloaded).toBe(false);
});

test('a photo without a description is reported before export, with its board', async ({
  page,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  // A note without a photo (the sample has one with a described photo on this canvas).
  const withoutPhoto = page.locator('.react-flow__node-note:not(:has(img))').first();
  const text = (await withoutPhoto.locator('.canvas-note-text').textContent()) ?? '';
  expect(text).not.toBe('');
  const chosen = page.locator('.react-flow__node-note', { hasText: text });
  await chosen.click();
  const png = await pngMadeInPage(page, 320, 240, '#2a7');
  await choosePhoto(page, page.getByRole('complementary', { name: 'Selected note' }), {
    name: 'seina.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await expect(chosen.locator('img')).toHaveCount(1);
  await page.getByRole('link', { name: /Back to/ }).click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const warning = page.getByRole('dialog', { name: 'Export a PDF report' }).getByRole('note');
  await expect(warning).toContainText('A photo in the report has no description');
  await expect(warning.getByRole('listitem')).toHaveText(['Empatiakartta: luvan hakija']);
  // Leaving that board out of the report leaves the warning out too.
  await page.getByRole('checkbox', { name: /Empatiakartta: luvan hakija/ }).uncheck();
  await expect(warning).toHaveCount(0);
});
