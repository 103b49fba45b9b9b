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

test('the project’s own language marks its text in the editors and is the report’s default for it', async ({
  page,
  consoleProblems: _c,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  const language = page.getByLabel('Language of the project’s text', { exact: true });
  // The sample says its text is Finnish; the UI stays English.
  await expect(language).toHaveValue('fi');
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('lang', 'fi');

  const openJourney = async () => {
    await page.getByRole('link', { name: /^Asiakaspolku/ }).click();
    await expect(page.getByRole('grid', { name: 'Journey' })).toBeVisible();
  };
  await openJourney();
  const notes = page.locator('.journey-note-text');
  await expect(notes.first()).toBeVisible();
  await expect(page.locator('.journey-note-text:not([lang])')).toHaveCount(0);
  await expect(page.locator('thead .journey-header-title').first()).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('button', { name: 'Add stage' })).not.toHaveAttribute('lang');
  await page.goBack();
  // On a canvas too: the Finnish notes by the project's language, the Swedish ones by their own.
  await page.getByRole('link', { name: 'Empatiakartta: luvan hakija' }).click();
  await expect(page.locator('.canvas-note-text span[lang="sv"]').first()).toHaveText(
    'Jag vill kunna söka bygglov på svenska.',
  );
  await expect(page.locator('.canvas-note-text span[lang="fi"]').first()).toBeVisible();
  await expect(page.locator('.canvas-section-title span[lang="fi"]').first()).toBeVisible();
  await page.goBack();

  // Said to be Swedish: the report dialog starts from it.
  await language.selectOption('sv');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a PDF report' });
  await expect(dialog.getByLabel('Language of the project’s text')).toHaveValue('sv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Not set: the project's text is left unmarked (the page's language), items marked on their own keep theirs.
  // Reloaded at once: a write still running is cut off, and the journal must clear the language too.
  await language.selectOption('');
  await page.reload();
  await expect(language).toHaveValue('');
  await openJourney();
  await expect(notes.first()).toBeVisible();
  await expect(page.locator('.journey-note-text[lang="fi"]')).toHaveCount(0);
});
