import { expect, test } from '@playwright/test';
import { App, newUserDataDir } from './app';

// Runs only where a real Electron binary exists (scripts/test-electron.mjs says so loudly otherwise).

test('the window is hardened and serves the app from app://kartta/', async () => {
  const app = await App.launch();
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/kartta\//);

    const prefs = await app.evaluateMain(({ BrowserWindow }) => {
      // Not in Electron's typings, but part of its WebContents binding: the preferences the page really got.
      type Prefs = {
        contextIsolation?: boolean;
        sandbox?: boolean;
        nodeIntegration?: boolean;
        nodeIntegrationInSubFrames?: boolean;
        webSecurity?: boolean;
        allowRunningInsecureContent?: boolean;
        webviewTag?: boolean;
      };
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        { getLastWebPreferences?: () => Prefs | null } | undefined;
      const web = contents?.getLastWebPreferences?.();
      if (!web) return 'getLastWebPreferences() unavailable';
      return {
        contextIsolation: web.contextIsolation,
        sandbox: web.sandbox,
        nodeIntegration: web.nodeIntegration,
        nodeIntegrationInSubFrames: web.nodeIntegrationInSubFrames,
        webSecurity: web.webSecurity,
        allowRunningInsecureContent: web.allowRunningInsecureContent,
        webviewTag: web.webviewTag,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // A popup from the page is denied (plain http, so no confirmation is even offered).
    const opened = await page.evaluate(() => window.open('http://example.org/') === null);
    expect(opened).toBe(true);
    expect(await app.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const globals = await page.evaluate(() => ({
      kartta: typeof (window as unknown as { kartta?: unknown }).kartta,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ kartta: 'object', require: 'undefined', process: 'undefined' });

    const info = await page.evaluate(() =>
      (window as unknown as { kartta: { appInfo(): Promise<{ ok: boolean }> } }).kartta.appInfo(),
    );
    expect(info.ok).toBe(true);
  } finally {
    await app.close();
    app.removeUserData();
  }
});

test('a project created in the UI is there after a restart', async () => {
  const userDataDir = newUserDataDir();
  const name = `Electron restart ${Date.now()}`;
  const first = await App.launch(userDataDir);
  try {
    const page = await first.waitForProjectList();
    await page.getByRole('button', { name: 'New project' }).click();
    // A new project opens on its overview; the title is saved as it is typed.
    await page.getByLabel('Title', { exact: true }).fill(name);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('All changes saved')).toBeVisible();
  } finally {
    await first.close();
  }

  const second = await App.launch(userDataDir);
  try {
    const page = await second.waitForProjectList();
    await expect(page.getByRole('link', { name })).toBeVisible();
  } finally {
    await second.close();
    second.removeUserData();
  }
});
