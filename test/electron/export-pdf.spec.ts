import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { App } from './app';

// Runs only where a real Electron binary exists (scripts/test-electron.mjs says so loudly otherwise).
// File → Export PDF in the native menu, the report dialog, and the platform's save dialog, answered
// from the test by replacing dialog.showSaveDialog in main (nothing in the app is there for tests).

test('Export PDF from the native menu writes a PDF where the save dialog points', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kartta-export-'));
  const target = join(folder, 'raportti.pdf');
  const app = await App.launch();
  try {
    const page = await app.waitForProjectList();
    await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
    await app.answerSaveDialogs(target);
    await app.clickMenuItem('CmdOrCtrl+P');
    const dialog = page.getByRole('dialog', { name: 'Export a PDF report' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => existsSync(target), { timeout: 90_000 }).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  } finally {
    await app.close();
    app.removeUserData();
    rmSync(folder, { recursive: true, force: true });
  }
});
