import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openApp, pngMadeInPage } from './fixtures';

async function newBlueprint(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Palvelupolkutesti');
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a kind of journey' });
  await dialog.getByRole('radio', { name: /Service blueprint/ }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('region', { name: 'Journey diagrams' }).getByRole('link', { name: 'Service blueprint' }).click();
  await expect(grid(page)).toBeVisible();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Journey' });
const stageTitles = (page: Page) => grid(page).locator('thead .journey-header-title').allTextContents();

/** Adds a stage with the toolbar, then names it by keyboard (Enter on the focused header). */
async function addStage(page: Page, title: string) {
  await page.getByRole('toolbar', { name: 'Journey tools' }).getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('columnheader', { name: /New stage/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename the stage' });
  await dialog.getByLabel('Name').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(grid(page).locator('thead th', { hasText: title })).toBeVisible();
}

async function addNote(page: Page, lane: string, stage: string, text: string) {
  await grid(page)
    .getByRole('button', { name: `Add a note: ${lane}, ${stage}` })
    .click();
  const note = grid(page)
    .getByRole('textbox', { name: `Note: ${lane}, ${stage}` })
    .last();
  await expect(note).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** The outline, read back: each stage's heading and, per lane, its notes (sorted) or its text. */
async function outline(page: Page) {
  const panel = page.locator('.outline-panel');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await panel.locator('.outline').first().waitFor();
  return panel.locator('.outline-section').evaluateAll((sections) =>
    sections.map((s) => [
      s.querySelector('h3')?.textContent?.trim(),
      [...s.querySelectorAll('.cell-row')].map((row) => {
        const items = [...row.querySelectorAll('li')].map((li) => li.textContent ?? '');
        return [
          row.querySelector('dt')?.textContent,
          items.length > 0 ? items.sort() : row.querySelector('dd')?.textContent,
        ];
      }),
    ]),
  );
}

const EXPECTED_STAGES = [
  'Notice the need',
  'Find information',
  'Apply',
  'Complement the application',
  'Wait',
  'Decision',
  'Use',
  'Appeal',
];

const EXPECTED_OUTLINE = [
  ['1. Notice the need', [['Customer’s feelings', 'Emotion +1']]],
  ['2. Find information', []],
  [
    '3. Apply',
    [
      ['Customer’s feelings', 'Emotion -1'],
      ['Touchpoints', 'Web service, Phone, Lupapiste.fi'],
      ['Customer actions', ['Fills in the permit application', 'Uploads the site plan']],
      ['Frontstage (visible)', ['Inspector calls back']],
      ['Backstage', ['Application checked for gaps']],
    ],
  ],
  ['4. Complement the application', [['Customer’s feelings', 'Emotion -2']]],
  ['5. Wait', []],
  ['6. Decision', []],
  ['7. Use', []],
  ['8. Appeal', []],
];

test('a service blueprint: stages, notes in three lanes, scores, channels, keyboard reorder, undo/redo, reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  await expect(page.locator('.blueprint-line')).toHaveText([
    'Line of interaction',
    'Line of visibility',
    'Line of internal interaction',
  ]);

  await addStage(page, 'Appeal');
  await addStage(page, 'Complement the application');
  await expect
    .poll(() => stageTitles(page))
    .toEqual([
      'Notice the need',
      'Find information',
      'Apply',
      'Wait',
      'Decision',
      'Use',
      'Appeal',
      'Complement the application',
    ]);

  // Notes in three lanes: by the buttons, and one by Enter on a focused cell.
  await addNote(page, 'Customer actions', 'Apply', 'Fills in the permit application');
  await addNote(page, 'Frontstage (visible)', 'Apply', 'Inspector calls back');
  await addNote(page, 'Backstage', 'Apply', 'Application checked for gaps');
  // Escape left the last note for its cell; Up twice reaches the customer's actions at Apply.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Uploads the site plan');
  await page.keyboard.press('Escape');
  await expect(grid(page).getByRole('textbox', { name: 'Note: Customer actions, Apply' })).toHaveCount(2);

  // Emotion scores and channels.
  await grid(page).getByLabel('Emotion: Notice the need').selectOption({ label: '+1 good' });
  await grid(page).getByLabel('Emotion: Apply').selectOption({ label: '−1 bad' });
  await grid(page).getByLabel('Emotion: Complement the application').selectOption({ label: '−2 very bad' });
  // Three scores, no two on neighbouring stages: three points and no curve (it breaks at gaps).
  await expect(page.locator('.emotion-dot')).toHaveCount(3);
  await expect(page.locator('.emotion-path')).toHaveCount(0);
  const channels = grid(page).getByRole('group', { name: 'Channels: Apply' });
  await channels.getByRole('button', { name: 'Phone' }).click();
  await channels.getByRole('button', { name: 'Web service' }).click();
  await expect(channels.getByRole('button', { name: 'Web service' })).toHaveAttribute('aria-pressed', 'true');
  await grid(page).getByLabel('Touchpoint: Apply').fill('Lupapiste.fi');

  // Reorder by keyboard: the new stage goes three places left, before Wait.
  await grid(page).locator('thead th', { hasText: 'Complement the application' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => stageTitles(page)).toEqual(EXPECTED_STAGES);
  await expect(page.getByRole('columnheader', { name: /Complement the application/ })).toBeFocused();
  // Now Apply (−1) and Complement (−2) are neighbours: each stage's slice draws their curve.
  await expect(page.locator('.emotion-path')).toHaveCount(EXPECTED_STAGES.length);

  // Undo the last step of the move, and redo it, by keys and by the toolbar.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stageTitles(page)).indexOf('Complement the application')).toBe(4);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => stageTitles(page)).toEqual(EXPECTED_STAGES);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => stageTitles(page)).toEqual(EXPECTED_STAGES);

  await page.reload();
  await expect(grid(page)).toBeVisible();
  await expect.poll(() => stageTitles(page)).toEqual(EXPECTED_STAGES);
  await expect.poll(() => outline(page)).toEqual(EXPECTED_OUTLINE);
});

test('the journey editor has no axe violations, empty and filled', async ({ page, consoleProblems: _c }) => {
  await newBlueprint(page);
  await addNote(page, 'Customer actions', 'Apply', 'Fills in the permit application');
  await grid(page).getByLabel('Emotion: Apply').selectOption({ label: '−1 bad' });
  await grid(page).getByLabel('Emotion: Wait').selectOption({ label: '−2 very bad' });
  await grid(page).getByRole('group', { name: 'Channels: Apply' }).getByRole('button', { name: 'Web service' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('duplicate as to-be: a linked copy to redesign, the as-is journey left as it was', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  await addStage(page, 'Neuvonta');
  const asIs = await stageTitles(page);
  await page
    .getByRole('toolbar', { name: 'Journey tools' })
    .getByRole('button', { name: 'Duplicate as to-be' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service blueprint (to-be)' })).toBeVisible();
  await expect.poll(() => stageTitles(page)).toEqual(asIs);
  // A to-be journey is not duplicated again; it names its original.
  await expect(page.getByRole('button', { name: 'Duplicate as to-be' })).toHaveCount(0);
  await addStage(page, 'Ennakkoneuvonta chatissa');
  await page.getByRole('link', { name: 'Service blueprint', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service blueprint' })).toBeVisible();
  await expect.poll(() => stageTitles(page)).toEqual(asIs);
});

test('a lane folds to one line that says how much it holds, and stays folded after a reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  await addStage(page, 'Neuvonta');
  const lane = page.getByRole('rowheader', { name: /Customer actions/ });
  const row = page.getByRole('row').filter({ has: lane });
  // A note in the first cell of the lane, added with the cell's button.
  await row
    .getByRole('button', { name: /Add a note/ })
    .first()
    .click();
  await page.keyboard.type('Soittaa neuvontaan');
  await page.keyboard.press('Escape');
  const fold = lane.getByRole('button', { name: 'Show Customer actions' });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(row.locator('.journey-collapsed').first()).toHaveText('1 note');
  await expect(row.locator('textarea')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('rowheader', { name: /Customer actions/ }).getByRole('button', { name: 'Show Customer actions' }),
  ).toHaveAttribute('aria-expanded', 'false');
});

test('the side panel: a note gets votes and tags, a stage its steps, a lane a colour; an image lane holds a described photo; all after a reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  const panel = page.getByRole('complementary', { name: 'Journey' });
  await expect(panel.getByText('Choose a note, an image, a stage or a lane')).toBeVisible();

  // A note: focusing it shows it in the panel.
  await addNote(page, 'Customer actions', 'Apply', 'Täyttää hakemuksen');
  await grid(page).getByRole('textbox', { name: 'Note: Customer actions, Apply' }).focus();
  const notePanel = page.getByRole('complementary', { name: 'Note' });
  await notePanel.getByRole('button', { name: 'Add a vote' }).click();
  await notePanel.getByRole('button', { name: 'Add a vote' }).click();
  await expect(notePanel.getByRole('status')).toHaveText('2 votes');
  await notePanel.getByLabel('Tags').fill('kipupiste');
  await notePanel.getByLabel('Tags').blur();
  await expect(grid(page).locator('.journey-note-badges')).toContainText('2 votes');

  // A stage: its steps, one per line.
  await grid(page)
    .getByRole('columnheader', { name: /^Apply/ })
    .locator('.journey-header-title')
    .click();
  const stagePanel = page.getByRole('complementary', { name: 'Stage' });
  await stagePanel.getByLabel('Steps').fill('Kirjautuu palveluun\n\nLiittää piirustukset');
  await stagePanel.getByLabel('Steps').blur();
  await expect(grid(page).getByRole('list', { name: 'Steps of Apply' }).getByRole('listitem')).toHaveText([
    'Kirjautuu palveluun',
    'Liittää piirustukset',
  ]);

  // A lane: a colour.
  await page
    .getByRole('rowheader', { name: /Backstage/ })
    .locator('.journey-header-title')
    .click();
  await page.getByRole('complementary', { name: 'Lane' }).getByRole('radio', { name: 'Blue' }).check();
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Backstage/ }) })).toHaveClass(
    /lane-tint-blue/,
  );

  // An image lane, and a photo in it with a caption and a description.
  await page.getByRole('toolbar', { name: 'Journey tools' }).getByRole('button', { name: 'Add lane' }).click();
  const addLane = page.getByRole('dialog', { name: 'Add a lane' });
  await addLane.getByLabel('Title').fill('Kuvakaappaukset');
  await addLane.getByLabel('Type').selectOption({ label: 'Images' });
  await addLane.getByRole('button', { name: 'Add' }).click();
  const png = await pngMadeInPage(page, 400, 300, '#37a');
  const chooser = page.waitForEvent('filechooser');
  await grid(page).getByRole('button', { name: 'Add an image: Kuvakaappaukset, Apply' }).click();
  await (await chooser).setFiles({ name: 'lomake.png', mimeType: 'image/png', buffer: png });
  const image = grid(page).getByRole('button', { name: 'Show details of the image 1: Kuvakaappaukset, Apply' });
  await expect(image.locator('img')).toBeVisible();
  await expect(image).toBeFocused();
  const imagePanel = page.getByRole('complementary', { name: 'Image' });
  await imagePanel.getByLabel('Caption').fill('Hakulomake');
  await imagePanel.getByLabel('Photo description').fill('Lupapisteen hakulomakkeen ensimmäinen sivu');
  await imagePanel.getByRole('button', { name: 'Remove photo' }).focus(); // leaving the field saves it
  await expect(image).toContainText('Hakulomake');

  await page.reload();
  await expect(grid(page)).toBeVisible();
  await expect(grid(page).getByRole('list', { name: 'Steps of Apply' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Backstage/ }) })).toHaveClass(
    /lane-tint-blue/,
  );
  const apply = (await outline(page)).find(([heading]) => heading === '3. Apply');
  expect(apply).toEqual([
    '3. Apply',
    [
      ['Customer actions', ['Täyttää hakemuksen (2 votes) #kipupiste']],
      ['Kuvakaappaukset', ['Hakulomake (Photo description: Lupapisteen hakulomakkeen ensimmäinen sivu)']],
    ],
  ]);
  await expect(page.locator('.outline-steps li')).toHaveText(['Kirjautuu palveluun', 'Liittää piirustukset']);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('the persona links to an actor of the project’s ecosystem map and names it in the header', async ({
  page,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.locator('.project-title').first().click();
  await page.getByRole('region', { name: 'Journey diagrams' }).getByRole('link').first().click();
  await expect(grid(page)).toBeVisible();
  const link = page.getByLabel('Persona in this project');
  await expect(link.locator('optgroup[label="Persona canvases"] option')).toHaveText(['Persoona: Aino, 38']);
  await link.selectOption({ label: 'Luvan hakija' });
  await expect(page.getByLabel('Persona', { exact: true })).toHaveValue('Luvan hakija');
  const linked = page.locator('.journey-persona-link').getByRole('link');
  await expect(linked).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Persona in this project')).toHaveValue(/\|/);
  await page.locator('.journey-persona-link').getByRole('link').click();
  await expect(page.locator('.react-flow__node-actor').first()).toBeVisible();
});

test('stages and lanes reorder by dragging their headers, one undo step each', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  const header = (name: string) => grid(page).getByRole('columnheader', { name: new RegExp(`^${name}`) });
  await header('Wait').locator('.journey-header-title').dragTo(header('Find information'));
  await expect
    .poll(async () => (await stageTitles(page)).slice(0, 4))
    .toEqual(['Notice the need', 'Wait', 'Find information', 'Apply']);
  const laneTitles = () => grid(page).locator('tbody .journey-lane-header .journey-header-title').allTextContents();
  const before = await laneTitles();
  await page
    .getByRole('rowheader', { name: /Backstage/ })
    .locator('.journey-header-title')
    .dragTo(page.getByRole('rowheader', { name: /Physical evidence/ }));
  // Backstage takes Physical evidence's place; the lanes between move down one.
  const moved = before.filter((title) => title !== 'Backstage');
  moved.splice(before.indexOf('Physical evidence'), 0, 'Backstage');
  await expect.poll(() => laneTitles()).toEqual(moved);
  await page.getByRole('toolbar', { name: 'Journey tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => laneTitles()).toEqual(before);
  await expect
    .poll(async () => (await stageTitles(page)).slice(0, 3))
    .toEqual(['Notice the need', 'Wait', 'Find information']);
});

test('the journey exports as an SVG with its stages and notes, and as a PNG', async ({ page, consoleProblems: _c }) => {
  await newBlueprint(page);
  await addNote(page, 'Customer actions', 'Apply', 'Fills in the permit application');
  await grid(page).getByLabel('Emotion: Apply').selectOption({ label: '−1 bad' });
  const exportAs = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'Journey tools' }).getByRole('button', { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const svg = await exportAs('Export SVG');
  expect(svg.name).toBe('Service blueprint.svg');
  await expect(page.getByText('Saved as Service blueprint.svg.')).toBeVisible();
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      words: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' '),
      curves: doc.querySelectorAll('g.emotion-curve').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(read.error).toBeNull();
  for (const word of ['Notice the need', 'Apply', 'Customer actions', 'Line of visibility']) {
    expect(read.words).toContain(word);
  }
  expect(read.words.replace(/\s+/g, ' ')).toContain('Fills in the permit');
  expect(read.curves).toBeGreaterThan(0);

  const png = await exportAs('Export PNG');
  expect(png.name).toBe('Service blueprint.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('a note moves to another cell from the panel and by dragging, one undo step each', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  await addNote(page, 'Customer actions', 'Apply', 'Soittaa neuvontaan');
  const note = grid(page).getByRole('textbox', { name: /^Note: / });
  await note.focus();
  const panel = page.getByRole('complementary', { name: 'Note' });
  await panel.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Wait' });
  await panel.getByRole('combobox', { name: 'Lane', exact: true }).selectOption({ label: 'Backstage' });
  await panel.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(note).toHaveAccessibleName('Note: Backstage, Wait');
  // Only lanes of the note's own type are offered.
  await expect(
    panel.getByRole('combobox', { name: 'Lane', exact: true }).locator('option', { hasText: 'Customer’s feelings' }),
  ).toHaveCount(0);

  // Dragged by its grip onto another notes cell.
  const target = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Frontstage/ }) })
    .locator('td')
    .nth(1);
  await grid(page).locator('.journey-note-grip').dragTo(target);
  await expect(note).toHaveAccessibleName('Note: Frontstage (visible), Find information');
  await page.getByRole('toolbar', { name: 'Journey tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveAccessibleName('Note: Backstage, Wait');
});

test('a locked journey: nothing changes but votes until it is unlocked; a touchpoint’s text gets its language', async ({
  page,
  consoleProblems: _c,
}) => {
  await newBlueprint(page);
  await addNote(page, 'Customer actions', 'Apply', 'Täyttää hakemuksen');

  // A touchpoint's text, and its language, from the side panel.
  await grid(page).getByRole('textbox', { name: 'Touchpoint: Apply' }).fill('Lupapiste.fi');
  const touchpointPanel = page.getByRole('complementary', { name: 'Touchpoint' });
  await expect(touchpointPanel.getByLabel('Touchpoint: Apply')).toHaveValue('Lupapiste.fi');
  await touchpointPanel.getByLabel('Language of this text').selectOption({ label: 'Svenska' });
  await expect(grid(page).getByRole('textbox', { name: 'Touchpoint: Apply' })).toHaveAttribute('lang', 'sv');

  await page.getByRole('button', { name: 'Lock board' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();
  const tools = page.getByRole('toolbar', { name: 'Journey tools' });
  await expect(tools.getByRole('button', { name: 'Add stage' })).toBeDisabled();
  await expect(grid(page).getByRole('button', { name: 'Add a note: Customer actions, Apply' })).toBeDisabled();
  await expect(grid(page).getByLabel('Emotion: Apply')).toBeDisabled();
  await expect(grid(page).getByRole('button', { name: 'Delete stage Apply' })).toBeDisabled();
  await expect(page.getByLabel('Persona', { exact: true })).toBeDisabled();

  // Typing into a note changes nothing; Delete on a header says why; the note still takes votes.
  const note = grid(page).getByRole('textbox', { name: 'Note: Customer actions, Apply' });
  await note.focus();
  await page.keyboard.type('xx');
  await expect(note).toHaveValue('Täyttää hakemuksen');
  const notePanel = page.getByRole('complementary', { name: 'Note' });
  await expect(notePanel.getByRole('textbox', { name: 'Text', exact: true })).toBeDisabled();
  await notePanel.getByRole('button', { name: 'Add a vote' }).click();
  await expect(notePanel.getByRole('status')).toHaveText('1 vote');
  await grid(page)
    .getByRole('columnheader', { name: /^Apply/ })
    .focus();
  await page.keyboard.press('Delete');
  await expect(
    page.getByRole('status').filter({ hasText: 'This board is locked. Unlock the board to make changes.' }),
  ).toBeVisible();
  await expect(grid(page).getByRole('columnheader', { name: /^Apply/ })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // The lock and the vote survive a reload; unlocking asks first, then the journey is editable again.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock board' }).click();
  await page.getByRole('dialog', { name: 'Unlock this board?' }).getByRole('button', { name: 'Unlock' }).click();
  await expect(tools.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  await note.fill('Täyttää hakemuksen verkossa');
  await expect(grid(page).locator('.journey-note-badges')).toContainText('1 vote');
  await expect(grid(page).getByRole('textbox', { name: 'Touchpoint: Apply' })).toHaveAttribute('lang', 'sv');
});
