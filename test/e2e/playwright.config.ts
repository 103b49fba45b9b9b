import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);

/**
 * E2E in Debian's Chromium (never `playwright install`, which cannot work on these machines)
 * against the built renderer served by `vite preview`: the browser platform of the same app.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 860 },
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // npm test builds once before; a lone `npm run test:e2e` builds the renderer itself.
    command: `node scripts/web.mjs --port ${PORT}${process.env.E2E_PREBUILT ? ' --no-build' : ''}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
