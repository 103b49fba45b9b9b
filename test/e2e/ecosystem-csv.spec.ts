import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FileChooser, Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const fixture = (name: string) => join(__dirname, '../fixtures/csv', name);

async function newMap(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('CSV-tuonti');
  await page.getByRole('button', { name: 'New ecosystem map' }).click();
  await page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link').first().click();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import actors and relations from CSV' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks a file in the dialog through the browser's file chooser, as a user does. */
async function choose(page: Page, dialog: Locator, button: string, file: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

const actors = (page: Page) => page.locator('.react-flow__node-actor');
const relations = (page: Page) => page.locator('.react-flow__edge');

const ACTOR_PROBLEMS = [
  'Actors file, line 47, column “Tyyppi”: Unknown actor type “Kuntayhtymä”.',
  'Actors file, line 163, column “Nimi”: The actor has no name.',
];
const RELATION_PROBLEM =
  'Relations file, line 30, column “Mistä”: No actor called “Kuntaliitto” in the actors file or on the map.';

test('import 200 actors and their relations from CSV: preview, columns, bad rows reported, one undo step, kept on reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  const dialog = await openImport(page);
  await expect(dialog.getByRole('button', { name: 'Import 0 actors and 0 relations' })).toBeDisabled();

  await choose(page, dialog, 'Choose actors file…', fixture('actors-200.csv'));
  await expect(dialog.getByText('actors-200.csv: 200 rows')).toBeVisible();
  // The preview: the file's own header and its first rows, numbered as a spreadsheet numbers them.
  const preview = dialog.getByRole('table', { name: 'First rows of actors-200.csv' });
  await expect(preview.getByRole('columnheader')).toHaveText([
    '#',
    'Nimi',
    'Tyyppi',
    'Kehä',
    'Organisaatio',
    'Rooli',
    'Kuvaus',
    'Tunnisteet',
  ]);
  await expect(preview.getByRole('row')).toHaveCount(6);
  await expect(preview.getByRole('row').nth(1)).toContainText('Ohjelmistotalo Lindholm Ab');
  await expect(preview.getByRole('rowheader')).toHaveText(['2', '3', '4', '5', '6']);
  // Finnish headers are recognised.
  const columns = dialog.getByRole('group', { name: 'Columns of actors-200.csv' });
  await expect(columns.getByLabel('Name').locator('option:checked')).toHaveText('Nimi');
  await expect(columns.getByLabel('Type').locator('option:checked')).toHaveText('Tyyppi');
  await expect(columns.getByLabel('Ring').locator('option:checked')).toHaveText('Kehä');
  await expect(columns.getByLabel('Tags').locator('option:checked')).toHaveText('Tunnisteet');

  const problems = dialog.getByRole('list');
  await expect(dialog.getByRole('heading', { name: 'Problems (2)' })).toBeVisible();
  await expect(problems.getByRole('listitem')).toHaveText(ACTOR_PROBLEMS);
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(
    '198 actors and 0 relations ready to import. 2 rows have problems and will be skipped.',
  );

  // Changing a column changes the plan: without the type column every type is "other".
  await columns.getByLabel('Type').selectOption({ label: 'Not used' });
  await expect(problems.getByRole('listitem')).toHaveText([ACTOR_PROBLEMS[1]]);
  await expect(status).toHaveText(
    '199 actors and 0 relations ready to import. 1 row has problems and will be skipped.',
  );
  await columns.getByLabel('Type').selectOption({ label: 'Tyyppi' });
  await expect(problems.getByRole('listitem')).toHaveText(ACTOR_PROBLEMS);

  await choose(page, dialog, 'Choose relations file…', fixture('relations.csv'));
  await expect(dialog.getByText('relations.csv: 40 rows')).toBeVisible();
  const relationColumns = dialog.getByRole('group', { name: 'Columns of relations.csv' });
  await expect(relationColumns.getByLabel('From (actor’s name)').locator('option:checked')).toHaveText('Mistä');
  await expect(relationColumns.getByLabel('Two-way').locator('option:checked')).toHaveText('Kaksisuuntainen');
  await expect(dialog.getByRole('heading', { name: 'Problems (3)' })).toBeVisible();
  await expect(problems.getByRole('listitem')).toHaveText([...ACTOR_PROBLEMS, RELATION_PROBLEM]);
  await expect(status).toHaveText(
    '198 actors and 39 relations ready to import. 3 rows have problems and will be skipped.',
  );

  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Nothing is on the map until the import is confirmed.
  await expect(actors(page)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 198 actors and 39 relations' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Imported 198 actors and 39 relations. Undo removes them.')).toBeVisible();
  await expect(actors(page)).toHaveCount(198);
  await expect(relations(page)).toHaveCount(39);

  // Rings by number and by a default ring name in Finnish, types by Finnish name, fields kept.
  await page.locator('.outline-panel summary').click();
  const ring = (name: string) =>
    page.locator('.outline-section').filter({ has: page.getByRole('heading', { name: `Ring: ${name}` }) });
  await expect(
    ring('Direct')
      .getByRole('listitem')
      .filter({ hasText: /^Rakennusvalvonta / }),
  ).toHaveText('Rakennusvalvonta (Municipality)');
  await expect(ring('Indirect').getByRole('listitem').filter({ hasText: 'ELY-keskus' })).toHaveText(
    'Varsinais-Suomen ELY-keskus (State agency)',
  );
  await expect(
    ring('Core')
      .getByRole('listitem')
      .filter({ hasText: /^Asukas / }),
  ).toHaveText('Asukas (Citizen / service user)');
  await expect(page.locator('.outline-section tbody tr').filter({ hasText: 'Sähköinen asiointi' })).toHaveText(
    /Digitalisaatioyksikkö\s*Collaboration ↔\s*Rakennusvalvonta\s*Sähköinen asiointi/,
  );

  // One undo takes the whole import back; redo brings it back.
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(actors(page)).toHaveCount(0);
  await expect(relations(page)).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(actors(page)).toHaveCount(198);
  await expect(relations(page)).toHaveCount(39);

  await page.reload();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
  await expect(actors(page)).toHaveCount(198);
  await expect(relations(page)).toHaveCount(39);
});

test('a file that is not CSV gets a readable error and nothing is written', async ({ page, consoleProblems: _c }) => {
  await newMap(page);
  const dialog = await openImport(page);
  // A picture saved with a .csv name: binary, with NUL bytes.
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
  ]);
  await choose(page, dialog, 'Choose actors file…', { name: 'kuva.csv', mimeType: 'text/csv', buffer: png });
  await expect(dialog.getByRole('heading', { name: 'Problems (1)' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Actors file: This is not a CSV file (it is not text). In your spreadsheet, save it as “CSV UTF-8”.',
  ]);
  await expect(dialog.getByRole('table')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText('0 actors and 0 relations ready to import.');
  await expect(dialog.getByRole('button', { name: 'Import 0 actors and 0 relations' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(actors(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
  await expect(actors(page)).toHaveCount(0);
});
