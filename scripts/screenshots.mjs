// `node scripts/screenshots.mjs`: builds and serves the renderer, then saves a screenshot of every
// screen in English, Finnish and Swedish to docs/screenshots/ (not part of npm test).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, waitForServer } from './chromium.mjs';

const PORT = 4187;
const server = spawn('node', ['scripts/web.mjs', '--port', String(PORT)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}/`;

try {
  await waitForServer(base);
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const language of ['en', 'fi', 'sv']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    await context.addInitScript((lang) => localStorage.setItem('kartta.language', lang), language);
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('.project-row').first().waitFor();
    const dismiss = async () => {
      for (const button of await page.locator('.notice .icon-button').all()) await button.click();
    };
    await dismiss();
    await page.screenshot({ path: `docs/screenshots/projects-${language}.png` });
    await page.locator('.project-title').first().click();
    await page.locator('.board-groups').waitFor();
    await dismiss();
    await page.screenshot({ path: `docs/screenshots/project-${language}.png`, fullPage: true });
    // The sample's three canvases, in the editor.
    for (const [index, name] of ['empathy-map', 'persona', 'how-might-we'].entries()) {
      await page.locator('.board-link').nth(index).click();
      await page.locator('.react-flow__node-note').first().waitFor();
      await page.waitForTimeout(300);
      await dismiss();
      await page.screenshot({ path: `docs/screenshots/canvas-${name}-${language}.png` });
      await page.goBack();
      await page.locator('.board-groups').waitFor();
    }
    // The sample's ecosystem map, in the editor.
    await page.locator('.board-link').nth(3).click();
    await page.locator('.react-flow__node-actor').first().waitFor();
    await page.waitForTimeout(400);
    await dismiss();
    await page.screenshot({ path: `docs/screenshots/ecosystem-map-${language}.png` });
    await page.goBack();
    // The sample's two journeys (a customer journey and a service blueprint), in the editor.
    for (const [index, name] of [
      [4, 'journey'],
      [5, 'blueprint'],
    ]) {
      await page.locator('.board-link').nth(index).click();
      await page.locator('.journey-grid').waitFor();
      await page.waitForTimeout(300);
      await dismiss();
      await page.screenshot({ path: `docs/screenshots/${name}-${language}.png`, fullPage: true });
      await page.goBack();
      await page.locator('.board-groups').waitFor();
    }
    await page.goBack();
    await page.locator('.project-row').first().waitFor();
    await page.locator('.project-row .button-danger-text').first().click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `docs/screenshots/delete-dialog-${language}.png` });
    await context.close();
  }
  await browser.close();
  console.log('Screenshots saved in docs/screenshots/');
} finally {
  server.kill();
}
