import { test, expect, openApp, switchLanguage } from './fixtures';

test('the UI speaks English, Finnish and Swedish, and remembers the choice', async ({ page, consoleProblems: _c }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();

  await switchLanguage(page, /Language/, 'fi');
  await expect(page.getByRole('heading', { level: 1, name: 'Projektit' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uusi projekti' })).toBeVisible();
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await expect(page.getByRole('heading', { name: 'Osallistujat' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ekosysteemikartat' })).toBeVisible();

  await switchLanguage(page, /Kieli/, 'sv');
  await expect(page.getByRole('heading', { name: 'Deltagare' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kundresor' })).toBeVisible();
  await expect(page.getByText('Alla ändringar sparade')).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { name: 'Deltagare' })).toBeVisible();
  await switchLanguage(page, /Språk/, 'en');
  await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
});
