import { test, expect, openApp } from './fixtures';

test('two tabs on the same board stay consistent: an edit in one shows in the other, both ways', async ({
  page,
  context,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.getByRole('region', { name: 'Journey diagrams' }).getByRole('link').first().click();
  const grid = (p: typeof page) => p.getByRole('grid', { name: 'Journey' });
  await expect(grid(page)).toBeVisible();

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(grid(other)).toBeVisible();

  // A note typed in the first tab appears in the second.
  const stage = await grid(page).locator('thead .journey-header-title').first().textContent();
  const lane = await grid(page).locator('tbody .journey-lane-header .journey-header-title').first().textContent();
  await grid(page)
    .getByRole('button', { name: `Add a note: ${lane}, ${stage}` })
    .click();
  await page.keyboard.type('Kirjoitettu ensimmäisessä välilehdessä');
  await page.keyboard.press('Escape');
  const notesIn = (p: typeof page) =>
    p
      .getByRole('textbox', { name: `Note: ${lane}, ${stage}` })
      .evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
  await expect.poll(() => notesIn(other)).toContain('Kirjoitettu ensimmäisessä välilehdessä');
  expect(await notesIn(other)).toEqual(await notesIn(page));

  // And a stage renamed in the second appears in the first.
  await grid(other).getByRole('columnheader').first().locator('.journey-header-title').click();
  const stagePanel = other.getByRole('complementary', { name: 'Stage' });
  await stagePanel.getByLabel('Title').fill('Tarve herää (muokattu)');
  await stagePanel.getByLabel('Title').blur();
  await expect(grid(page).locator('thead .journey-header-title').first()).toHaveText('Tarve herää (muokattu)');
  await other.close();
});
