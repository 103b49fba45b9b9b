import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, switchLanguage } from './fixtures';

const languageLabel = { en: /Language/, fi: /Kieli/, sv: /Språk/ } as const;

async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Tabs through the page and checks every interactive element is reached and named. */
async function expectAllReachableByTabAndNamed(page: Page) {
  const interactive = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.offsetParent !== null).length;
  });
  const reached = new Set<string>();
  const unnamed: string[] = [];
  await page.locator('body').focus();
  // Date fields take several Tab stops each, so go round until focus comes back to the start.
  let first: string | null = null;
  for (let i = 0; i < interactive * 3; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const path: string[] = [];
      for (let n: Element | null = el; n; n = n.parentElement)
        path.push(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      const labelled =
        el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent;
      return { key: path.join('/'), name: (labelled ?? '').trim(), tag: el.tagName };
    });
    if (!info) continue;
    if (info.key === first) break;
    first ??= info.key;
    reached.add(info.key);
    if (!info.name) unnamed.push(info.tag);
  }
  expect(unnamed, 'focusable elements without a name').toEqual([]);
  expect(reached.size).toBeGreaterThanOrEqual(interactive);
}

for (const language of ['en', 'fi', 'sv'] as const) {
  test(`home and project screens have no axe violations (${language})`, async ({ page, consoleProblems: _c }) => {
    await openApp(page);
    if (language !== 'en') await switchLanguage(page, languageLabel.en, language);
    await expectNoAxeViolations(page, `home/${language}`);
    await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Digitaalinen rakennuslupa' })).toBeVisible();
    await expectNoAxeViolations(page, `project/${language}`);
    await page.locator('.board-link').first().click();
    await expect(page.locator('.react-flow__node-note').first()).toBeVisible();
    await expectNoAxeViolations(page, `canvas/${language}`);
    await page.goBack();
    await page.locator('.board-link').nth(3).click();
    await expect(page.locator('.react-flow__node-actor').first()).toBeVisible();
    await expectNoAxeViolations(page, `ecosystem map/${language}`);
    await page.goBack();
    await page.locator('.board-link').nth(4).click();
    await expect(page.locator('.journey-grid')).toBeVisible();
    await expectNoAxeViolations(page, `journey/${language}`);
  });
}

test('the delete dialog has no axe violations and traps focus', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Delete Digitaalinen rakennuslupa' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'delete dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete Digitaalinen rakennuslupa' })).toBeFocused();
});

test('every interactive element is reachable by Tab and has a name', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  await expectAllReachableByTabAndNamed(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
  await expectAllReachableByTabAndNamed(page);
});
