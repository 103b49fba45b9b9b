import { test, expect, openApp } from './fixtures';

test('the app makes no request to any host but the local server', async ({
  page,
  consoleProblems: _c,
  foreignRequests,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.locator('.board-link').nth(3).click();
  await expect(page.locator('.react-flow__node-actor').first()).toBeVisible();
  // The fixture fails the test on any foreign request; this asserts it was watching.
  expect(foreignRequests).toEqual([]);
});

test('the built page carries the CSP that forbids remote origins', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:/);
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('http://192.0.2.1/x');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});
