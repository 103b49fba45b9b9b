import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

// The timer reads only Date.now: the test holds the page's clock still and moves it by hand
// (page.clock.setFixedTime, timers keep running), so a whole block passes in an instant and every
// reading is exact. No test waits in real time.
const RUN_START = Date.parse('2026-03-10T09:00:00');
const at = (page: Page, minutes: number) => page.clock.setFixedTime(RUN_START + minutes * 60_000);

const agenda = (page: Page) => page.getByRole('table', { name: 'Agenda' });
const titles = (page: Page) =>
  agenda(page)
    .getByRole('textbox', { name: /^Title of block/ })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const times = (page: Page) => agenda(page).locator('.agenda-time').allTextContents();

async function addFromLibrary(page: Page, method: RegExp) {
  await page.getByRole('button', { name: 'Add from the method library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Method library' });
  await dialog.getByRole('radio', { name: method }).check();
  await dialog.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(dialog).toBeHidden();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('plan a five-block agenda, reorder it by keyboard, run it on a fast clock, capture, present, reload', async ({
  page,
}) => {
  await at(page, -60);
  await openApp(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Rakennuslupatyöpaja');

  // The way in: the project page's sessions section.
  const sessions = page.getByRole('region', { name: 'Workshop sessions' });
  await expect(sessions.getByText('No workshop sessions yet')).toBeVisible();
  await sessions.getByRole('button', { name: 'New workshop session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop session 1' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Session title' }).fill('Lupapolun työpaja');
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Place', { exact: true }).fill('Valtuustosali');

  // Five blocks: three methods of the library, a break and a blank block.
  await addFromLibrary(page, /^Check-in/);
  await addFromLibrary(page, /^Stakeholder mapping/);
  await page.getByRole('button', { name: 'Add a break' }).click();
  await addFromLibrary(page, /^Dot voting/);
  await page.getByRole('button', { name: 'Add a blank block' }).click();
  await agenda(page).getByRole('textbox', { name: 'Title of block 5' }).fill('Loppusanat');
  await agenda(page).getByRole('spinbutton', { name: 'Planned minutes: Loppusanat' }).fill('5');
  await expect
    .poll(() => titles(page))
    .toEqual(['Check-in', 'Stakeholder mapping', 'Coffee break', 'Dot voting', 'Loppusanat']);
  await expect
    .poll(() => times(page))
    .toEqual(['09:00–09:10', '09:10–09:40', '09:40–09:55', '09:55–10:05', '10:05–10:10']);
  await expect(page.getByText('Planned in total: 1:10')).toBeVisible();

  // Reorder by keyboard: Alt+Up on the last block's title, twice; focus stays, each move is announced.
  const last = agenda(page).getByRole('textbox', { name: 'Title of block 5' });
  await last.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'moved to position 4 of 5' })).toBeAttached();
  await expect
    .poll(() => titles(page))
    .toEqual(['Check-in', 'Stakeholder mapping', 'Coffee break', 'Loppusanat', 'Dot voting']);
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => titles(page))
    .toEqual(['Check-in', 'Stakeholder mapping', 'Loppusanat', 'Coffee break', 'Dot voting']);
  await expect(agenda(page).getByRole('textbox', { name: 'Title of block 3' })).toBeFocused();
  await expect
    .poll(() => times(page))
    .toEqual(['09:00–09:10', '09:10–09:40', '09:40–09:45', '09:45–10:00', '10:00–10:10']);
  // The move buttons do the same.
  await agenda(page).getByRole('button', { name: 'Move “Dot voting” earlier' }).click();
  await agenda(page).getByRole('button', { name: 'Move “Dot voting” later' }).click();
  await expect
    .poll(() => titles(page))
    .toEqual(['Check-in', 'Stakeholder mapping', 'Loppusanat', 'Coffee break', 'Dot voting']);

  // A block's details in the panel.
  await agenda(page).getByRole('button', { name: 'Details of “Check-in”' }).click();
  const details = page.getByRole('region', { name: 'Details: Check-in' });
  await expect(details.getByLabel('Purpose')).toHaveValue(/Everyone arrives/);
  await details.getByRole('textbox', { name: 'Led by' }).fill('Riikka');
  await expectNoAxeViolations(page);

  // Run it, on a clock that moves only when the test says so.
  await at(page, 0);
  await page.getByRole('link', { name: 'Run session' }).click();
  const timer = page.getByRole('region', { name: /Not started yet|Block \d of 5/ });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('10:00');
  await expect(timer.getByText('Check-in', { exact: true })).toBeVisible();
  await at(page, 4);
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('6:00');
  await page.getByRole('button', { name: '+1 minute' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('7:00');
  await at(page, 11.5);
  // Time up: seen on screen, and said once to screen readers.
  await expect(page.getByText('Time is up', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Time is up for “Check-in”.' })).toBeAttached();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('-0:30');

  // Presenter view in a second tab, following the run.
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: 'Presenter view (opens a new tab)' }).click(),
  ]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Check-in');

  await page.getByRole('button', { name: 'Next block' }).click();
  await expect(page.getByText('Block 2 of 5')).toBeVisible();
  const progress = page.getByRole('region', { name: 'Agenda' });
  await expect(progress.locator('[aria-current="step"]')).toContainText('Stakeholder mapping');
  await expect(progress.getByText('10 min · took 11:30')).toBeVisible();
  await expect(progress.getByText('Planned in total: 1:10 · took 11:30 against 0:10 planned')).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Stakeholder mapping');
  await expect(presenter.getByText('Next: Loppusanat')).toBeVisible();
  await expect(presenter.getByRole('timer')).toHaveText('30:00');

  // Quick capture, linked to the current block.
  const capture = page.getByRole('region', { name: 'Capture' });
  await expect(capture.getByText('Linked to “Stakeholder mapping”')).toBeVisible();
  await capture.getByRole('textbox', { name: 'Decision' }).fill('Lupaneuvonta kokeillaan kirjastossa keväällä');
  await capture.getByRole('button', { name: 'Add decision' }).click();
  await capture.getByRole('radio', { name: 'Action item' }).check();
  await capture.getByRole('textbox', { name: 'What' }).fill('Kokeilun suunnitelma');
  await capture.getByRole('textbox', { name: 'Who' }).fill('Aino Asukas');
  await capture.getByLabel('By when').fill('2026-04-15');
  await capture.getByRole('button', { name: 'Add action item' }).click();
  const captured = page.getByRole('region', { name: 'Captured in this session' });
  await expect(captured.getByRole('region', { name: 'Decisions' })).toContainText(
    'Lupaneuvonta kokeillaan kirjastossa keväällä',
  );
  await expect(captured.getByRole('region', { name: 'Action items' })).toContainText('who: Aino Asukas');
  await expectNoAxeViolations(page);
  await expectNoAxeViolations(presenter);
  await expect(presenter.getByRole('link', { name: 'Run view' })).toBeVisible();
  // As the desktop app's presenter window (main marks its URL), it offers no way to the run view.
  const url = new URL(presenter.url());
  url.search = '?window=presenter';
  await presenter.goto(url.toString());
  await expect(presenter.getByRole('timer')).toBeVisible();
  await expect(presenter.getByRole('link', { name: 'Run view' })).toHaveCount(0);
  await presenter.close();

  // Reload: the agenda, the run and what was captured are all there.
  await page.reload();
  await expect(page.getByText('Block 2 of 5')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByText('10 min · took 11:30')).toBeVisible();
  await expect(captured.getByRole('region', { name: 'Decisions' })).toContainText('in “Stakeholder mapping”');
  await expect(captured.getByRole('region', { name: 'Action items' })).toContainText('Kokeilun suunnitelma');
  await page.getByRole('link', { name: 'Back to the agenda' }).click();
  await expect
    .poll(() => titles(page))
    .toEqual(['Check-in', 'Stakeholder mapping', 'Loppusanat', 'Coffee break', 'Dot voting']);
  await expect(agenda(page).locator('.agenda-actual').first()).toHaveText('11:30');
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('Valtuustosali');
});
