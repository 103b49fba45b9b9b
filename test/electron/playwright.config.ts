import { defineConfig } from '@playwright/test';

// One Electron app at a time: the machine has two cores and each test launches a whole app.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
