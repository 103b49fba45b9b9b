import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 20_000,
    // The report tests make their PDFs once in beforeAll: seconds each on a busy 2-core machine.
    hookTimeout: 60_000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
