import type { Page } from '@playwright/test';
import { test, expect, choosePhoto, copyFromPage, pasteIntoPage, pngMadeInPage } from './fixtures';
import { addNoteWithEnter, newCanvasProject, note, outlineNotes } from './canvas-helpers';

interface SavedCopy {
  snapshot: {
    attachments: { id: string; mimeType: string; width: number; height: number; alt: string }[];
    boards: { content: { notes?: { photoId: string | null }[] } }[];
  };
}

/** Save a copy… on the open project's page; the downloaded file, parsed. */
async function savedCopy(page: Page): Promise<SavedCopy> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const text = await (await (await download).createReadStream()).toArray();
  return JSON.parse(Buffer.concat(text).toString('utf8')) as SavedCopy;
}

test('a note gets a photo (re-encoded, described), which travels in a saved copy; a non-image is refused', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Seinäkuva');
  await note(page, 'Seinäkuva').click();
  const panel = page.getByRole('complementary', { name: 'Selected note' });

  // Not an image: refused with a message, nothing attached.
  await choosePhoto(page, panel, {
    name: 'muistio.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a picture'),
  });
  await expect(page.getByText(/The photo could not be added: the file is not an image/)).toBeVisible();

  // A real PNG, made in the page (3000 × 2000, so it is scaled down on the way in).
  const png = await pngMadeInPage(page, 3000, 2000, '#2a7');
  await choosePhoto(page, panel, { name: 'seina.png', mimeType: 'image/png', buffer: png });
  await expect(note(page, 'Seinäkuva').locator('img')).toBeVisible();
  await panel.getByLabel('Photo description').fill('Post-it-lappuja kirjaston seinällä');
  await panel.getByRole('button', { name: 'Remove photo' }).focus(); // leaving the field saves it
  // The outline (what a screen reader reads) gives the photo's description.
  await expect
    .poll(() => outlineNotes(page))
    .toEqual({
      Strengths: ['Seinäkuva (Photo description: Post-it-lappuja kirjaston seinällä)'],
    });

  await page.getByRole('link', { name: /Back to Kanvaasitesti/ }).click();
  const file = await savedCopy(page);
  const [photo] = file.snapshot.attachments;
  expect(photo).toMatchObject({
    mimeType: 'image/jpeg',
    width: 1600,
    height: 1067,
    alt: 'Post-it-lappuja kirjaston seinällä',
  });
  expect(file.snapshot.boards[0].content.notes?.[0].photoId).toBe(photo.id);
});

test('a note pasted into another project brings its photo; a photo taken off a note leaves the next copy', async ({
  page,
  consoleProblems: _c,
}) => {
  await newCanvasProject(page, /SWOT analysis/);
  await addNoteWithEnter(page, 'Strengths', 'Seinäkuva');
  await note(page, 'Seinäkuva').click();
  const panel = page.getByRole('complementary', { name: 'Selected note' });
  const png = await pngMadeInPage(page, 320, 240, '#2a7');
  await choosePhoto(page, panel, { name: 'seina.png', mimeType: 'image/png', buffer: png });
  await expect(note(page, 'Seinäkuva').locator('img')).toBeVisible();
  await panel.getByLabel('Photo description').fill('Lappuja seinällä');
  await panel.getByRole('button', { name: 'Remove photo' }).focus(); // leaving the field saves it

  // Copied here, pasted into a canvas of a new project.
  const copied = await copyFromPage(page);
  await newCanvasProject(page, /Blank canvas/, 'Toinen');
  await pasteIntoPage(page, copied);
  await expect(note(page, 'Seinäkuva').locator('img')).toBeVisible();
  // The copy's file carries the photo, stored under this project.
  await page.getByRole('link', { name: /Back to Toinen/ }).click();
  const other = await savedCopy(page);
  expect(other.snapshot.attachments.map((a) => a.alt)).toEqual(['Lappuja seinällä']);
  expect(other.snapshot.boards[0].content.notes?.[0].photoId).toBe(other.snapshot.attachments[0].id);

  // Back in the first project: the photo taken off the note is not in the next copy.
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Kanvaasitesti' }).click();
  const before = await savedCopy(page);
  expect(before.snapshot.attachments).toHaveLength(1);
  expect(before.snapshot.attachments[0].id).not.toBe(other.snapshot.attachments[0].id);
  await page.getByRole('region', { name: 'Service-design canvases' }).getByRole('link').first().click();
  await note(page, 'Seinäkuva').click();
  await panel.getByRole('button', { name: 'Remove photo' }).click();
  await expect(note(page, 'Seinäkuva').locator('img')).toHaveCount(0);
  await page.getByRole('link', { name: /Back to Kanvaasitesti/ }).click();
  const after = await savedCopy(page);
  expect(after.snapshot.attachments).toEqual([]);
  expect(after.snapshot.boards[0].content.notes?.[0].photoId).toBeNull();
});
