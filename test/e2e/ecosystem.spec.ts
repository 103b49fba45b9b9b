import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, copyFromPage, openApp, pasteIntoPage } from './fixtures';
import { addAndDeleteInOneTask } from './add-and-delete';

async function newMap(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Ekosysteemitesti');
  await page.getByRole('button', { name: 'New ecosystem map' }).click();
  await page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link').first().click();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
}

const actor = (page: Page, name: string) => page.locator('.react-flow__node-actor', { hasText: name });

async function addActor(page: Page, name: string, type: string, ring: string) {
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Add actor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an actor' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Type').selectOption({ label: type });
  await dialog.getByLabel('Ring').selectOption({ label: ring });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(actor(page, name)).toBeVisible();
}

/** Focuses an actor, presses R and adds a relation in the dialog: the keyboard way. */
async function relate(page: Page, from: string, to: string, type: string, label: string) {
  await actor(page, from).focus();
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: `Add a relation from ${from}` });
  await dialog.getByLabel('Find an actor').fill(to);
  await dialog.getByLabel('Type').selectOption({ label: type });
  await dialog.getByLabel('Label').fill(label);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
}

/** What the outline lists: each ring's actors, and the relations table. */
async function outline(page: Page) {
  const panel = page.locator('.outline-panel');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await panel.locator('.outline').first().waitFor();
  const rings = await panel
    .locator('.outline-section')
    .evaluateAll((sections) =>
      sections
        .filter((s) => s.querySelector('ul'))
        .map((s) => [
          s.querySelector('h3')?.textContent ?? '',
          [...s.querySelectorAll('li')].map((li) => li.textContent),
        ]),
    );
  const relations = await panel
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())));
  return { rings: Object.fromEntries(rings), relations: relations.sort() };
}

const positions = (page: Page) =>
  page
    .locator('.react-flow__node-actor')
    .evaluateAll((nodes) => nodes.map((n) => `${n.textContent}:${(n as HTMLElement).style.transform}`).sort());

const EXPECTED = {
  rings: {
    'Ring: Core': ['Asukas (Citizen / service user)'],
    'Ring: Direct': ['Rakennusvalvonta (Municipality)', 'Rakennusliike Oy (Company)'],
    'Ring: Indirect': ['ELY-keskus (State agency)'],
  },
  relations: [
    ['Asukas', 'Money →', 'Rakennusliike Oy', 'Urakkahinta'],
    ['ELY-keskus', 'Regulation / steering →', 'Rakennusvalvonta', 'Rantarakentamisen ohjaus'],
    ['Rakennusvalvonta', 'Service →', 'Asukas', 'Lupaneuvonta'],
  ],
};

test('a map: actors in rings, relations by keyboard, both layouts, filter, focus, drag to another ring, undo, reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  await addActor(page, 'Asukas', 'Citizen / service user', 'Core');
  await addActor(page, 'Rakennusvalvonta', 'Municipality', 'Direct');
  await addActor(page, 'ELY-keskus', 'State agency', 'Indirect');
  await addActor(page, 'Rakennusliike Oy', 'Company', 'Direct');
  await relate(page, 'Rakennusvalvonta', 'Asukas', 'Service', 'Lupaneuvonta');
  await relate(page, 'ELY-keskus', 'Rakennusvalvonta', 'Regulation / steering', 'Rantarakentamisen ohjaus');
  await relate(page, 'Asukas', 'Rakennusliike', 'Money', 'Urakkahinta');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect.poll(() => outline(page)).toEqual(EXPECTED);
  // The legend lists the types in use, and only those.
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.locator('li')).toHaveText([
    'Citizen / service user',
    'Municipality',
    'State agency',
    'Company',
    'Service',
    'Money',
    'Regulation / steering',
  ]);

  // Arrange by ring moves actors, keeps their rings; one undo puts them back.
  const before = await positions(page);
  await page.getByRole('button', { name: 'Arrange by ring' }).click();
  await expect.poll(() => positions(page)).not.toEqual(before);
  await expect.poll(() => outline(page)).toEqual(EXPECTED);
  await page.getByRole('application', { name: 'Ecosystem map' }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => positions(page)).toEqual(before);

  // Arrange as flow (elkjs in a worker): left to right along the relations, rings not drawn,
  // every actor keeps its ring; one undo returns to the rings and the old places.
  await page.getByRole('button', { name: 'Arrange as flow' }).click();
  await expect(page.getByText(/Actors arranged as a flow/)).toBeVisible();
  await expect(page.locator('.eco-ring-name')).toHaveCount(0);
  const x = async (name: string) => (await actor(page, name).boundingBox())?.x ?? NaN;
  // ELY-keskus steers Rakennusvalvonta, which serves Asukas: a flow from left to right.
  expect(await x('ELY-keskus')).toBeLessThan(await x('Rakennusvalvonta'));
  expect(await x('Rakennusvalvonta')).toBeLessThan(await x('Asukas'));
  await expect.poll(() => outline(page)).toEqual(EXPECTED);
  await page.getByRole('application', { name: 'Ecosystem map' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.eco-ring-name')).toHaveCount(3);
  await expect.poll(() => positions(page)).toEqual(before);
  // The view was fitted to the flow; fit it to the map of rings again.
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Fit to screen' }).click();

  // Filter by type: the others are dimmed, not hidden.
  const bar = page.getByRole('search', { name: 'Filter the map' });
  await bar.getByLabel('Actor type').selectOption({ label: 'Municipality' });
  await expect(bar.getByRole('status')).toHaveText('1 of 4 actors shown');
  await expect(page.locator('.react-flow__node-actor.is-dimmed')).toHaveCount(3);
  await bar.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('.react-flow__node-actor.is-dimmed')).toHaveCount(0);

  // Focus on Asukas: one step leaves ELY-keskus (two steps away) dimmed; two steps, nobody.
  await actor(page, 'Asukas').click();
  await bar.getByLabel('Focus on selected actor').selectOption({ label: '1 step' });
  await expect(page.locator('.react-flow__node-actor.is-dimmed')).toHaveText(['ELY-keskus']);
  await bar.getByLabel('Focus on selected actor').selectOption({ label: '2 steps' });
  await expect(page.locator('.react-flow__node-actor.is-dimmed')).toHaveCount(0);
  await bar.getByRole('button', { name: 'Clear' }).click();

  // Drag ELY-keskus to the centre: it joins the core ring; undo puts it back.
  const from = await actor(page, 'ELY-keskus').boundingBox();
  const to = await actor(page, 'Asukas').boundingBox();
  if (!from || !to) throw new Error('no actor boxes');
  await page.mouse.move(from.x + 20, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 20, to.y + to.height / 2 + 40, { steps: 15 });
  await page.mouse.up();
  const panel = page.getByRole('complementary', { name: 'Selected actor' });
  await expect(panel.getByLabel('Ring')).toHaveValue(/.+/);
  await expect(panel.getByLabel('Ring').locator('option:checked')).toHaveText('Core');
  await page.keyboard.press('Control+z');
  await expect(panel.getByLabel('Ring').locator('option:checked')).toHaveText('Indirect');

  // An edit in the panel, then reload: exactly this map is there.
  await panel.getByLabel('Organisation').fill('Varsinais-Suomen ELY-keskus');
  await page.reload();
  await expect(actor(page, 'ELY-keskus')).toContainText('Varsinais-Suomen ELY-keskus');
  await expect.poll(() => outline(page)).toEqual(EXPECTED);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});

test('a relation is edited in its panel: two-way, informal, strength, reversed', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  await addActor(page, 'Kirjasto', 'Municipality', 'Direct');
  await addActor(page, 'Marttayhdistys', 'Association / NGO', 'Indirect');
  await relate(page, 'Kirjasto', 'Martta', 'Collaboration', 'Digineuvonta');
  // The new relation is selected and its panel open.
  const panel = page.getByRole('complementary', { name: 'Selected relation' });
  await panel.getByLabel('Informal (drawn dashed)').check();
  await panel.getByLabel('Strength').selectOption({ label: 'Strong' });
  await panel.getByRole('button', { name: 'Reverse direction' }).click();
  await expect(panel.locator('dd')).toHaveText(['Marttayhdistys', 'Kirjasto']);
  await panel.getByLabel('Two-way').check();
  const path = page.locator('.react-flow__edge-path');
  await expect(path).toHaveCSS('stroke-dasharray', /7(px)?,? 5/);
  await expect(path).toHaveAttribute('marker-start', /url/);
  await expect(page.getByRole('region', { name: 'Legend' }).locator('li')).toContainText(['Informal']);
  await page.reload();
  await expect
    .poll(async () => (await outline(page)).relations)
    .toEqual([['Marttayhdistys', 'Collaboration ↔', 'Kirjasto', 'Digineuvonta']]);
});

test('the map editor has no axe violations', async ({ page, consoleProblems: _c }) => {
  await newMap(page);
  await addActor(page, 'Asukas', 'Citizen / service user', 'Core');
  await addActor(page, 'Kunta', 'Municipality', 'Direct');
  await relate(page, 'Kunta', 'Asukas', 'Service', 'Neuvonta');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('actors copied with the relation between them paste into another map with new places', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  await addActor(page, 'Kirjasto', 'Municipality', 'Direct');
  await addActor(page, 'Marttayhdistys', 'Association / NGO', 'Indirect');
  await addActor(page, 'Pankki', 'Company', 'Indirect');
  await relate(page, 'Kirjasto', 'Martta', 'Collaboration', 'Digineuvonta');
  await relate(page, 'Pankki', 'Kirjasto', 'Money', 'Tuki');
  await actor(page, 'Kirjasto').click();
  await actor(page, 'Marttayhdistys').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('complementary', { name: '2 selected' })).toBeVisible();
  await expect(page.locator('.react-flow__node-actor.selected')).toHaveText(['Kirjasto', 'Marttayhdistys']);
  const text = await copyFromPage(page);
  expect(text).toContain('kartta/actors@1');

  const paste = (pasted: string) => pasteIntoPage(page, pasted);

  // Into the same map: copies beside the originals, selected.
  await paste(text);
  await expect(actor(page, 'Kirjasto')).toHaveCount(2);
  await expect(page.locator('.react-flow__node-actor.selected')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Into a new map of the same project: the two actors and the one relation between them.
  await page.getByRole('link', { name: /Back to Ekosysteemitesti/ }).click();
  await page.getByRole('button', { name: 'New ecosystem map' }).click();
  await page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link').nth(1).click();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
  await paste(text);
  await expect(page.locator('.react-flow__node-actor')).toHaveText(['Kirjasto', 'Marttayhdistys']);
  await expect
    .poll(async () => (await outline(page)).relations)
    .toEqual([['Kirjasto', 'Collaboration →', 'Marttayhdistys', 'Digineuvonta']]);
  // Something that is not Kartta actors pastes nothing.
  await paste('{"kind":"kartta/actors@1","items":{"actors":[{"__proto__":{}}],"relations":[]}}');
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(2);
});

test('selected actors become a named group drawn around them; the panel moves one out', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  await addActor(page, 'Taloyhtiö', 'Association / NGO', 'Direct');
  await addActor(page, 'Isännöitsijä', 'Company', 'Direct');
  await addActor(page, 'Kunta', 'Municipality', 'Core');
  await actor(page, 'Taloyhtiö').click();
  await actor(page, 'Isännöitsijä').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Group the selected actors…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Name the group' });
  await dialog.getByLabel('Name').fill('Asunto Oy Koivukuja');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.eco-group-name')).toHaveText('Asunto Oy Koivukuja');
  // The group's box holds both members.
  const box = await page.locator('.react-flow__node-cluster').boundingBox();
  for (const name of ['Taloyhtiö', 'Isännöitsijä']) {
    const member = await actor(page, name).boundingBox();
    if (!box || !member) throw new Error('no boxes');
    expect(member.x).toBeGreaterThan(box.x);
    expect(member.x + member.width).toBeLessThan(box.x + box.width);
  }
  await page.reload();
  await expect
    .poll(async () => (await outline(page)).rings['Group: Asunto Oy Koivukuja'])
    .toEqual(['Taloyhtiö', 'Isännöitsijä']);
  // Move one out in its panel: the box is drawn around the other alone.
  await actor(page, 'Isännöitsijä').click();
  await page
    .getByRole('complementary', { name: 'Selected actor' })
    .getByLabel('Group')
    .selectOption({ label: 'No group' });
  await expect.poll(async () => (await outline(page)).rings['Group: Asunto Oy Koivukuja']).toEqual(['Taloyhtiö']);
  // Removing the group keeps its actor.
  await page.getByRole('application', { name: 'Ecosystem map' }).click({ position: { x: 5, y: 5 } });
  await page.getByRole('button', { name: 'Remove group Asunto Oy Koivukuja' }).click();
  await expect(page.locator('.react-flow__node-cluster')).toHaveCount(0);
  await expect(actor(page, 'Taloyhtiö')).toBeVisible();
});

test('an own actor type (name, colour, icon) and relation type are used like the built-in ones', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  const panel = page.getByRole('complementary', { name: 'Rings' });
  await panel.getByRole('button', { name: 'Add actor type' }).click();
  const own = panel.getByRole('group', { name: 'New actor type' });
  await own.getByLabel('Name').fill('Energiaosuuskunta');
  await panel.getByRole('group', { name: 'Energiaosuuskunta' }).getByLabel('Colour').selectOption({ label: 'Olive' });
  await panel.getByRole('group', { name: 'Energiaosuuskunta' }).getByLabel('Icon').selectOption({ label: 'Leaf' });
  await panel.getByRole('button', { name: 'Add relation type' }).click();
  await panel.getByRole('group', { name: 'New relation type' }).getByLabel('Name').fill('Vapaaehtoistyö');

  await addActor(page, 'Kylän energiaosuuskunta', 'Energiaosuuskunta', 'Direct');
  await addActor(page, 'Kyläkoulu', 'Municipality', 'Core');
  await relate(page, 'Kylän energiaosuuskunta', 'Kyläkoulu', 'Vapaaehtoistyö', 'Talkoot');
  // The card carries the type's colour, the legend its name; the outline names it too.
  await expect(actor(page, 'Kylän energiaosuuskunta').locator('.eco-actor')).toHaveCSS(
    'border-left-color',
    'rgb(92, 102, 0)',
  );
  await expect(page.getByRole('region', { name: 'Legend' }).locator('li')).toContainText([
    'Energiaosuuskunta',
    'Vapaaehtoistyö',
  ]);
  await page.reload();
  const read = await outline(page);
  expect(read.rings['Ring: Direct']).toEqual(['Kylän energiaosuuskunta (Energiaosuuskunta)']);
  expect(read.relations).toEqual([['Kylän energiaosuuskunta', 'Vapaaehtoistyö →', 'Kyläkoulu', 'Talkoot']]);
});

test('a relation is drawn by mouse from an actor’s handle to another actor', async ({ page, consoleProblems: _c }) => {
  await newMap(page);
  await addActor(page, 'Neuvontapiste', 'Municipality', 'Direct');
  await addActor(page, 'Asiakas', 'Citizen / service user', 'Core');
  const from = actor(page, 'Neuvontapiste');
  await from.hover();
  const handle = await from.locator('.eco-handle-out').boundingBox();
  const target = await actor(page, 'Asiakas').boundingBox();
  if (!handle || !target) throw new Error('no boxes');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // The new relation is selected, its panel open to set its type and label.
  const panel = page.getByRole('complementary', { name: 'Selected relation' });
  await expect(panel.locator('dd')).toHaveText(['Neuvontapiste', 'Asiakas']);
  await panel.getByLabel('Label').fill('Palveluohjaus');
  await page.reload();
  await expect
    .poll(async () => (await outline(page)).relations)
    .toEqual([['Neuvontapiste', 'Service →', 'Asiakas', 'Palveluohjaus']]);
});

test('an actor added and deleted before the map redrew leaves nothing selected, and a click selects again', async ({
  page,
  consoleProblems: _c,
}) => {
  await newMap(page);
  await addActor(page, 'Asukas', 'Citizen / service user', 'Core');
  const panel = page.getByRole('complementary', { name: 'Selected actor' });
  await expect(panel.getByLabel('Name')).toHaveValue('Asukas');
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Add actor' }).click();
  await page.getByRole('dialog', { name: 'Add an actor' }).getByLabel('Name').fill('Poistettava');
  const deleted = await addAndDeleteInOneTask(page, {
    addIn: 'dialog[open]',
    add: 'Add',
    panelHeadingId: 'actor-panel-heading',
    remove: 'Delete actor',
    newName: 'Poistettava',
  });
  expect(deleted).toBe('Poistettava');
  await expect(actor(page, 'Poistettava')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await actor(page, 'Asukas').click();
  await expect(panel.getByLabel('Name')).toHaveValue('Asukas');
});
