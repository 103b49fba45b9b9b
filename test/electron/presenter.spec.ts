import { expect, test } from '@playwright/test';
import { App } from './app';

// Runs only where a real Electron binary exists (scripts/test-electron.mjs says so loudly otherwise).
// The sample project's first workshop, shown in the presenter window main opens from the agenda.

const SAMPLE_PROJECT = 'Digitaalinen rakennuslupa';
const SAMPLE_SESSION = 'Työpaja 1: Lupapolku hakijan silmin';

test('Presenter view opens one hardened window that shows the session and closes with the main window', async () => {
  const app = await App.launch();
  try {
    const page = await app.waitForProjectList();
    await page.getByRole('link', { name: SAMPLE_PROJECT }).click();
    await page.getByRole('region', { name: 'Workshop sessions' }).getByRole('link', { name: SAMPLE_SESSION }).click();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_SESSION })).toBeVisible();

    const [presenter] = await Promise.all([
      app.electron.waitForEvent('window'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await expect(presenter).toHaveURL(
      /^app:\/\/kartta\/index\.html\?window=presenter#\/projects\/[^/]+\/sessions\/session-1\/present$/,
    );
    // The finished sample run: the view thanks the group (it reads the same IndexedDB as the main window).
    await expect(presenter.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(presenter.getByText(SAMPLE_SESSION)).toBeVisible();

    // Both windows got the same preferences, read back from Electron itself.
    const prefs = await app.evaluateMain(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((win) => {
        const contents = win.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
        const web = contents.getLastWebPreferences?.() ?? {};
        return {
          contextIsolation: web.contextIsolation,
          sandbox: web.sandbox,
          nodeIntegration: web.nodeIntegration,
          webSecurity: web.webSecurity,
          webviewTag: web.webviewTag,
        };
      }),
    );
    expect(prefs).toHaveLength(2);
    expect(prefs[1]).toEqual(prefs[0]);
    expect(prefs[0]).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });

    // No Node, popups denied, and main answers none of its calls.
    const inPresenter = await presenter.evaluate(async () => {
      const kartta = (
        window as unknown as { kartta?: { appInfo(): Promise<{ ok: boolean; error?: { code: string } }> } }
      ).kartta;
      return {
        require: typeof (window as unknown as { require?: unknown }).require,
        popup: window.open('http://example.org/') === null,
        ipc: kartta ? (await kartta.appInfo()).error?.code : 'no preload',
      };
    });
    expect(inPresenter).toEqual({ require: 'undefined', popup: true, ipc: 'forbidden-sender' });

    // A second click brings the same window forward instead of opening another.
    await page.getByRole('button', { name: 'Presenter view' }).click();
    await expect.poll(() => app.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);

    // Closing the main window (after its close handshake) takes the presenter window with it.
    await app.evaluateMain(({ BrowserWindow }) => {
      const [first] = BrowserWindow.getAllWindows().sort((a, b) => a.id - b.id);
      first?.close();
    });
    await expect.poll(() => app.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  } finally {
    await app.close().catch(() => undefined);
    app.removeUserData();
  }
});
