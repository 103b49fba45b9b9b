import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

// Facilitator locks (issue 9): a locked section's notes, a locked actor and a locked board
// neither move nor go away, by pointer or by keyboard, until unlocked; the lock survives a reload.

const SHOTS = 'test-results/locks';

async function newProject(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Lukitustesti');
}

async function newCanvas(page: Page) {
  await newProject(page);
  await page.getByRole('button', { name: 'New canvas' }).click();
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /SWOT analysis/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create canvas' }).click();
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  await expect(page.getByRole('application', { name: 'Canvas' })).toBeVisible();
}

/** A section by its name, locked or not (a locked one's name ends in ", locked"). */
const section = (page: Page, title: string) => page.getByRole('group', { name: new RegExp(`^Section ${title}`) });
const note = (page: Page, text: string) => page.locator('.react-flow__node-note', { hasText: text });
const notePanel = (page: Page) => page.getByRole('complementary', { name: 'Selected note' });

async function addNote(page: Page, sectionTitle: string, text: string) {
  await section(page, sectionTitle).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node').getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(note(page, text)).toBeVisible();
}

async function position(locator: Locator) {
  const transform = await locator.evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(1, 0, 0, 1, ([-\d.]+), ([-\d.]+)\)/.exec(transform);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
}

async function dragBy(page: Page, target: Locator, dx: number, dy: number) {
  // A click low in a tall side panel scrolls the page: bring the note back before grabbing it.
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + box.height / 2 + dy / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 5 });
  await page.mouse.up();
}

const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('a locked section keeps its notes in place until it is unlocked; the lock survives a reload', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvas(page);
  await addNote(page, 'Strengths', 'Osaava henkilöstö');
  await addNote(page, 'Weaknesses', 'Hidas käsittely');

  // Lock the section in its side panel.
  await section(page, 'Strengths').click({ position: { x: 60, y: 14 } });
  const sectionPanel = page.getByRole('complementary', { name: 'Selected section' });
  await sectionPanel.getByRole('button', { name: 'Lock section' }).click();
  await expect(section(page, 'Strengths')).toHaveAttribute('aria-label', 'Section Strengths, locked');
  await expect(sectionPanel.getByRole('button', { name: 'Delete section' })).toBeDisabled();

  const locked = note(page, 'Osaava henkilöstö');
  await expect(locked).toHaveAttribute('aria-label', /, locked$/);
  await expect(locked.locator('.lock-badge')).toBeVisible();
  const before = await position(locked);

  // Not by dragging.
  await dragBy(page, locked, 250, 120);
  await expect.poll(() => position(locked)).toEqual(before);

  // Not by the arrow keys, and the reason is said.
  await locked.click();
  await locked.focus();
  await page.keyboard.press('ArrowRight');
  await expect(notice(page, 'Locked items do not move')).toBeVisible();
  await expect.poll(() => position(locked)).toEqual(before);

  // Not by the Delete key, nor the panel's buttons.
  await locked.focus();
  await page.keyboard.press('Delete');
  await expect(notice(page, 'Locked items are not deleted')).toBeVisible();
  await expect(locked).toBeVisible();
  await expect(notePanel(page).getByText('This note is in a locked section')).toBeVisible();
  await expect(notePanel(page).getByRole('button', { name: 'Delete note' })).toBeDisabled();
  await expect(notePanel(page).getByLabel('Section')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/locked-section-note.png` });

  // The outline says what is locked.
  const outline = page.locator('.outline-panel');
  await outline.locator('summary').click();
  await expect(outline.getByRole('heading', { name: 'Strengths (locked)' })).toBeVisible();
  await expect(outline.getByRole('listitem').filter({ hasText: 'Osaava henkilöstö' })).toContainText('(locked)');
  await outline.locator('summary').click();

  // The unlocked note beside it still moves.
  const free = note(page, 'Hidas käsittely');
  const freeBefore = await position(free);
  await free.click();
  await free.focus();
  await page.keyboard.press('ArrowDown');
  if (!freeBefore) throw new Error('no position');
  await expect.poll(() => position(free)).toEqual({ x: freeBefore.x, y: freeBefore.y + 10 });

  // Reload: still locked.
  await page.reload();
  await expect(section(page, 'Strengths')).toHaveAttribute('aria-label', 'Section Strengths, locked');
  await expect(note(page, 'Osaava henkilöstö')).toHaveAttribute('aria-label', /, locked$/);

  // Unlock the section: the note moves and can be deleted.
  await section(page, 'Strengths').click({ position: { x: 60, y: 14 } });
  await page
    .getByRole('complementary', { name: 'Selected section' })
    .getByRole('button', { name: 'Unlock section' })
    .click();
  await expect(section(page, 'Strengths')).toHaveAttribute('aria-label', 'Section Strengths');
  const unlocked = note(page, 'Osaava henkilöstö');
  await expect(unlocked).not.toHaveAttribute('aria-label', /, locked$/);
  await unlocked.click();
  await unlocked.focus();
  await page.keyboard.press('ArrowRight');
  if (!before) throw new Error('no position');
  await expect.poll(() => position(unlocked)).toEqual({ x: before.x + 10, y: before.y });
  await notePanel(page).getByRole('button', { name: 'Delete note' }).click();
  await expect(note(page, 'Osaava henkilöstö')).toHaveCount(0);
});

test('a locked note: locked by itself, it neither drags nor is deleted; unlocking frees it', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvas(page);
  await addNote(page, 'Threats', 'Kilpailija');
  const target = note(page, 'Kilpailija');
  await target.click();
  await notePanel(page).getByRole('button', { name: 'Lock note' }).click();
  await expect(notePanel(page).getByText('This note is locked')).toBeVisible();
  const before = await position(target);
  await dragBy(page, target, -300, -200);
  await expect.poll(() => position(target)).toEqual(before);
  await target.focus();
  await page.keyboard.press('Backspace');
  await expect(target).toBeVisible();
  await notePanel(page).getByRole('button', { name: 'Unlock note' }).click();
  await dragBy(page, target, 0, 40);
  await expect.poll(async () => (await position(target))?.y).not.toBe(before?.y);
});

test('a locked board: nothing moves or changes until it is unlocked after a confirmation; axe finds nothing', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvas(page);
  await addNote(page, 'Opportunities', 'Uusi laki');
  await page.getByRole('button', { name: 'Lock board' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add note' })).toBeDisabled();

  const target = note(page, 'Uusi laki');
  const before = await position(target);
  await dragBy(page, target, 200, 150);
  await expect.poll(() => position(target)).toEqual(before);
  await target.click();
  await target.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(notice(page, 'This board is locked. Unlock the board to make changes.')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(target).toBeVisible();
  await expect.poll(() => position(target)).toEqual(before);
  await expect(notePanel(page).getByLabel('Note text')).toBeDisabled();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/locked-board.png` });

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();

  // Unlocking asks first.
  await page.getByRole('button', { name: 'Unlock board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unlock this board?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Unlock board' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock board' }).click();
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock board' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add note' })).toBeEnabled();
  const moved = note(page, 'Uusi laki');
  await moved.click();
  await moved.focus();
  await page.keyboard.press('ArrowLeft');
  if (!before) throw new Error('no position');
  await expect.poll(() => position(moved)).toEqual({ x: before.x - 10, y: before.y });
});

test('a locked actor on a map neither drags nor is deleted; a locked map does not move', async ({
  page,
  consoleProblems: _c,
}) => {
  await newProject(page);
  await page.getByRole('button', { name: 'New ecosystem map' }).click();
  await page.getByRole('region', { name: 'Ecosystem maps' }).getByRole('link').first().click();
  await expect(page.getByRole('application', { name: 'Ecosystem map' })).toBeVisible();
  const actor = (name: string) => page.locator('.react-flow__node-actor', { hasText: name });
  for (const [name, ring] of [
    ['Rakennusvalvonta', 'Core'],
    ['Kyläyhdistys', 'Direct'],
  ]) {
    await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Add actor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an actor' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Ring').selectOption({ label: ring });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(actor(name)).toBeVisible();
  }

  const office = actor('Rakennusvalvonta');
  await office.click();
  const panel = page.getByRole('complementary', { name: 'Selected actor' });
  await panel.getByRole('button', { name: 'Lock actor' }).click();
  await expect(office).toHaveAttribute('aria-label', /, locked$/);
  await expect(panel.getByRole('button', { name: 'Delete actor' })).toBeDisabled();
  const before = await position(office);
  await dragBy(page, office, 220, 160);
  await expect.poll(() => position(office)).toEqual(before);
  await office.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  await expect(office).toBeVisible();
  await expect.poll(() => position(office)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/locked-actor.png` });

  // Lock the map: the other actor does not move either.
  await page.getByRole('button', { name: 'Lock board' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();
  const village = actor('Kyläyhdistys');
  const villageBefore = await position(village);
  await dragBy(page, village, -200, 100);
  await expect.poll(() => position(village)).toEqual(villageBefore);
  await expect(page.getByRole('button', { name: 'Add actor' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Arrange by ring' })).toBeDisabled();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.reload();
  await expect(actor('Rakennusvalvonta')).toHaveAttribute('aria-label', /, locked$/);
  await expect(page.getByRole('status').filter({ hasText: 'This board is locked' })).toBeVisible();
});
