import { test, expect } from './fixtures';
import { addAndDeleteInOneTask } from './add-and-delete';
import { addNoteWithEnter, newCanvasProject, outlineNotes, section } from './canvas-helpers';

test('a Blank canvas with user-defined sections round-trips', async ({ page, consoleProblems: _c }) => {
  await newCanvasProject(page, /Blank canvas/);
  const panel = page.getByRole('complementary', { name: 'Selected section' });
  for (const [title, prompt] of [
    ['Havainnot', 'Mitä huomasimme?'],
    ['Ideat', 'Mitä voisimme kokeilla?'],
    ['Poistettava', ''],
  ]) {
    await page.getByRole('button', { name: 'Add section' }).click();
    await panel.getByLabel('Section title').fill(title);
    await panel.getByLabel('Prompt').fill(prompt);
  }
  await panel.getByLabel('Height').fill('400');
  await panel.getByRole('button', { name: 'Delete section' }).click();
  await expect(section(page, 'Poistettava')).toHaveCount(0);

  await section(page, 'Ideat').locator('.canvas-section-title').click();
  await panel.getByRole('button', { name: 'Move earlier' }).click();

  await addNoteWithEnter(page, 'Havainnot', 'Jonot puhelinpalvelussa');
  await addNoteWithEnter(page, 'Ideat', 'Takaisinsoittopalvelu');

  await page.reload();
  await expect(section(page, 'Havainnot')).toBeVisible();
  // Sections in the user's order (Ideat was moved first), each with its note.
  await page.locator('.outline-panel summary').click();
  await expect(page.locator('.outline-panel h3')).toHaveText(['Ideat', 'Havainnot']);
  await expect
    .poll(() => outlineNotes(page))
    .toEqual({
      Ideat: ['Takaisinsoittopalvelu'],
      Havainnot: ['Jonot puhelinpalvelussa'],
    });
  await expect(page.locator('.outline-panel')).toContainText('Mitä voisimme kokeilla?');

  // Save the layout as the user's own template and start a canvas from it in another project.
  await page.getByRole('button', { name: 'Save as template' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Oma työpajapohja');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Template “Oma työpajapohja” saved.')).toBeVisible();
  await page
    .getByRole('link', { name: /All projects|Back to/ })
    .first()
    .click();
  await page.goto('/#/');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /Oma työpajapohja/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
  await page
    .getByRole('region', { name: 'Service-design canvases' })
    .getByRole('link', { name: 'Oma työpajapohja' })
    .click();
  await expect(section(page, 'Ideat')).toBeVisible();
  await expect(section(page, 'Havainnot')).toBeVisible();
  await expect(page.locator('.react-flow__node-note')).toHaveCount(0);
});

test('a section added and deleted before the canvas redrew leaves nothing selected, and a click selects again', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /Blank canvas/);
  const panel = page.getByRole('complementary', { name: 'Selected section' });
  await page.getByRole('button', { name: 'Add section' }).click();
  await panel.getByLabel('Section title').fill('Ideat');
  await expect(section(page, 'Ideat')).toBeVisible();
  const deleted = await addAndDeleteInOneTask(page, {
    addIn: 'main',
    add: 'Add section',
    panelHeadingId: 'section-panel-heading',
    remove: 'Delete section',
    newName: 'New section',
  });
  expect(deleted).toBe('New section');
  await expect(section(page, 'New section')).toHaveCount(0);
  // No panel, and no resize handles left on the section selected before: React Flow kept it
  // selected while the editor did not, so a click on it did nothing.
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await section(page, 'Ideat').locator('.canvas-section-title').click();
  await expect(panel.getByLabel('Section title')).toHaveValue('Ideat');
});
