// The facilitator rewrites a diagram's text alternative and picks a logo in the report dialog
// (issue 12): both are kept when the dialog is closed and opened again, and the exported PDF's
// Figure /Alt is the facilitator's text.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, pngMadeInPage } from './fixtures';
import { elements, readTagged } from '../unit/report/read-tagged';

const MAP = 'Rakentamisluvan ekosysteemi';
const OWN = 'Rakentamisluvan toimijat kolmella kehällä: hakija ytimessä, kunta ja valtio ympärillä.';

test('a text alternative written in the report dialog is kept and becomes the figure’s /Alt; a logo goes on the cover', async ({
  page,
  consoleProblems: _c,
}) => {
  test.setTimeout(120_000);
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  const open = async () => {
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a PDF report' });
    await expect(dialog.getByRole('checkbox').first()).toBeVisible();
    return dialog;
  };
  let dialog = await open();
  const mapRow = () => dialog.locator('.report-board').filter({ has: page.getByRole('checkbox', { name: MAP }) });

  // The generated text is shown; "Write my own" starts from it.
  await mapRow().getByText('Text alternative of the diagram').click();
  const generated = (await mapRow().locator('.report-alt-text').textContent()) ?? '';
  expect(generated).toMatch(/\S/);
  await mapRow().getByRole('button', { name: 'Write my own' }).click();
  const field = dialog.getByLabel(`Text alternative of “${MAP}”`);
  await expect(field).toHaveValue(generated);
  await field.fill(OWN);
  await expect(mapRow().getByRole('button', { name: 'Use the generated text' })).toBeVisible();

  // A logo, through the photo pipeline; its text alternative starts as the organisation's name.
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an image…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await pngMadeInPage(page, 200, 80, '#0a4') });
  const logoAlt = dialog.getByLabel('Text alternative of the logo');
  await expect(logoAlt).toHaveValue('Kaislaniemen kunta – Vassudds kommun');
  await expect(dialog.locator('.report-logo-preview')).toHaveAttribute('alt', 'Kaislaniemen kunta – Vassudds kommun');

  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Closed and opened again: the text and the logo are kept.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  dialog = await open();
  await expect(mapRow().locator('summary')).toContainText('your own');
  await mapRow().locator('summary').click();
  await expect(dialog.getByLabel(`Text alternative of “${MAP}”`)).toHaveValue(OWN);
  await expect(dialog.getByLabel('Text alternative of the logo')).toHaveValue('Kaislaniemen kunta – Vassudds kommun');

  await dialog.getByLabel('Language of the report').selectOption('en');
  await dialog.getByLabel('Language of the project’s text').selectOption('fi');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = new Uint8Array(await readFile(await (await download).path()));
  const figures = (await readTagged(pdf)).flatMap((p) => [...elements(p.tree)]).filter((e) => e.role === 'Figure');
  const alts = figures.map((e) => e.alt);
  expect(alts).toContain(OWN);
  expect(alts).not.toContain(generated);
  // The logo on the cover is a figure with its text alternative.
  expect(alts).toContain('Kaislaniemen kunta – Vassudds kommun');
});
