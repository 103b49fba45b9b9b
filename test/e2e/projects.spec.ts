import { test, expect, openApp } from './fixtures';

test.describe('projects and boards', () => {
  test('a new user finds the sample project on first start', async ({
    page,
    consoleProblems: _c,
    foreignRequests: _f,
  }) => {
    await openApp(page);
    await expect(page.getByRole('link', { name: 'Digitaalinen rakennuslupa' })).toBeVisible();
    await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
    for (const kind of ['Service-design canvases', 'Ecosystem maps', 'Journey diagrams']) {
      const group = page.getByRole('region', { name: kind });
      await expect(group.getByRole('listitem').first()).toBeVisible();
    }
  });

  test('create a project, fill it in, add boards, rename and reorder them, reload: all there', async ({
    page,
    consoleProblems: _c,
    foreignRequests: _f,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'New project' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Untitled project' })).toBeVisible();

    await page.getByLabel('Title', { exact: true }).fill('Asukaskysely 2026');
    await page.getByLabel('Organisation', { exact: true }).fill('Kaislaniemen kunta');
    await page
      .getByLabel('Goal or problem statement')
      .fill('Selvitetään, mitä asukkaat toivovat kirjastolta.\nToinen rivi.');
    await page.getByLabel('Start date').fill('2026-03-01');
    await page.getByLabel('End date').fill('2026-06-30');
    await page.getByRole('button', { name: 'Add facilitator' }).click();
    await page.getByLabel('Facilitator 1', { exact: true }).fill('Riikka Aaltonen');

    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Name, Participant 1').fill('Aino Asukas');
    await page.getByLabel('Organisation, Participant 1').fill('Kyläyhdistys');
    await page.getByLabel('Role, Participant 1').fill('asukas');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Name, Participant 2').fill('Ulla Björkqvist');
    await page.getByLabel('Role, Participant 2').fill('invånare');

    await page.getByRole('button', { name: 'New canvas' }).click();
    await page
      .getByRole('dialog', { name: 'Choose a template' })
      .getByRole('button', { name: 'Create canvas' })
      .click();
    await page.getByRole('button', { name: 'New canvas' }).click();
    await page
      .getByRole('dialog')
      .getByRole('radio', { name: /SWOT analysis/ })
      .check();
    await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
    await page.getByRole('button', { name: 'New ecosystem map' }).click();
    await page.getByRole('button', { name: 'New journey' }).click();
    await page
      .getByRole('dialog', { name: 'Choose a kind of journey' })
      .getByRole('button', { name: 'Create' })
      .click();

    const canvases = page.getByRole('region', { name: 'Service-design canvases' });
    await expect(canvases.getByRole('link')).toHaveCount(2);
    await expect(canvases.getByRole('link')).toHaveText(['Business Model Canvas', 'SWOT analysis']);
    await canvases.getByRole('button', { name: 'Rename Business Model Canvas' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Empatiakartta');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(canvases.getByRole('link', { name: 'Empatiakartta' })).toBeVisible();
    await canvases.getByRole('button', { name: 'Rename SWOT analysis' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Persoona');
    await page.getByRole('dialog').getByLabel('Name').press('Enter');
    await expect(canvases.getByRole('link')).toHaveText(['Empatiakartta', 'Persoona']);

    // Reorder by keyboard: focus the button and press Enter.
    await canvases.getByRole('button', { name: 'Move Persoona up' }).focus();
    await page.keyboard.press('Enter');
    await expect(canvases.getByRole('link')).toHaveText(['Persoona', 'Empatiakartta']);

    const maps = page.getByRole('region', { name: 'Ecosystem maps' });
    await maps.getByRole('button', { name: 'Rename Untitled ecosystem map' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Toimijakartta');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('All changes saved')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Asukaskysely 2026' })).toBeVisible();
    await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Kaislaniemen kunta');
    await expect(page.getByLabel('Goal or problem statement')).toHaveValue(
      'Selvitetään, mitä asukkaat toivovat kirjastolta.\nToinen rivi.',
    );
    await expect(page.getByLabel('Start date')).toHaveValue('2026-03-01');
    await expect(page.getByLabel('End date')).toHaveValue('2026-06-30');
    await expect(page.getByLabel('Facilitator 1', { exact: true })).toHaveValue('Riikka Aaltonen');
    await expect(page.getByLabel('Name, Participant 1')).toHaveValue('Aino Asukas');
    await expect(page.getByLabel('Name, Participant 2')).toHaveValue('Ulla Björkqvist');
    await expect(page.getByLabel('Role, Participant 2')).toHaveValue('invånare');
    await expect(canvases.getByRole('link')).toHaveText(['Persoona', 'Empatiakartta']);
    await expect(maps.getByRole('link')).toHaveText(['Toimijakartta']);
    await expect(page.getByRole('region', { name: 'Journey diagrams' }).getByRole('link')).toHaveText([
      'Customer journey',
    ]);

    // A board opens on its own page: an empty map shows its three rings, named in the UI language.
    await maps.getByRole('link', { name: 'Toimijakartta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Toimijakartta' })).toBeVisible();
    await expect(page.locator('.eco-ring-name')).toHaveText(['Core', 'Direct', 'Indirect']);
    await expect(page.locator('.react-flow__node-actor')).toHaveCount(0);
  });

  test('typing and reloading at once keeps the text', async ({ page, consoleProblems: _c }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const goal = page.getByLabel('Goal or problem statement');
    await goal.pressSequentially('Nopea kirjoitus', { delay: 5 });
    await page.reload();
    await expect(page.getByLabel('Goal or problem statement')).toHaveValue('Nopea kirjoitus');
  });

  test('delete a project (it asks), undo it, delete again and restore from Recently deleted', async ({
    page,
    consoleProblems: _c,
  }) => {
    await openApp(page);
    const sample = page.getByRole('link', { name: 'Digitaalinen rakennuslupa' });
    await page.getByRole('button', { name: 'Delete Digitaalinen rakennuslupa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this project?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(sample).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(sample).toBeVisible();

    await page.getByRole('button', { name: 'Delete Digitaalinen rakennuslupa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(sample).toHaveCount(0);
    await page.reload();
    await expect(sample).toHaveCount(0);
    await page.getByText('Recently deleted (1)').click();
    await page.getByRole('button', { name: 'Restore Digitaalinen rakennuslupa' }).click();
    await expect(sample).toBeVisible();
  });

  test('search, sort and duplicate projects', async ({ page, consoleProblems: _c }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Duplicate Digitaalinen rakennuslupa' }).click();
    const copy = page.getByRole('link', { name: 'Digitaalinen rakennuslupa (copy)' });
    await expect(copy).toBeVisible();
    await copy.click();
    await expect(page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link')).toHaveCount(1);
    await page.getByRole('link', { name: /All projects/ }).click();

    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Aamupäivän työpaja');
    await page.getByRole('link', { name: /All projects/ }).click();
    await page.getByLabel('Sort by').selectOption('title');
    await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveText([
      'Aamupäivän työpaja',
      'Digitaalinen rakennuslupa',
      'Digitaalinen rakennuslupa (copy)',
    ]);
    await page.getByLabel('Search projects').fill('aamupäivän');
    await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link')).toHaveText(['Aamupäivän työpaja']);
    await page.getByLabel('Search projects').fill('ei löydy');
    await expect(page.getByText('No projects match “ei löydy”.')).toBeVisible();
  });
});
