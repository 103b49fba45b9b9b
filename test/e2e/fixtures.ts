import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';

/**
 * Every E2E test fails on a console error or warning (CSP violations included) and on any
 * request to a host other than the local server.
 */
export const test = base.extend<{ consoleProblems: string[]; foreignRequests: string[] }>({
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(problems);
    expect(problems, 'console errors or warnings').toEqual([]);
  },
  foreignRequests: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const check = (request: Request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    };
    page.on('request', check);
    await use(foreign);
    expect(foreign, 'requests that left the machine').toEqual([]);
  },
});

export { expect };

/** Opens the app with a clean profile state and waits for the project list. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function switchLanguage(page: Page, label: RegExp, value: 'en' | 'fi' | 'sv'): Promise<void> {
  // The app header's switcher (a project's own language is another select, further down).
  await page.getByRole('banner').getByRole('combobox', { name: label }).selectOption(value);
  await expect(page.locator('html')).toHaveAttribute('lang', value);
}

/** What the app puts on the clipboard for its selection: a copy event, as Ctrl+C fires it. */
export function copyFromPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = new DataTransfer();
    document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
}

/** A paste event carrying this text, as Ctrl+V fires it. */
export function pasteIntoPage(page: Page, text: string): Promise<void> {
  return page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Add photo… in a side panel, answered with this file in the file chooser. */
export async function choosePhoto(
  page: Page,
  panel: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Add photo…' }).click();
  await (await chooser).setFiles(file);
}

/** A real PNG of one colour, made by the page's own canvas (so it is what a browser would upload). */
export async function pngMadeInPage(page: Page, width: number, height: number, color: string): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h, fill]) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = fill;
      ctx.fillRect(0, 0, w, h);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    [width, height, color] as const,
  );
  return Buffer.from(bytes);
}
