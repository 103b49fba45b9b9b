import { defineConfig } from 'vitest/config';

// Its own config: these tests read what scripts/test-packaging.mjs packed, so `vitest run` alone skips them.
export default defineConfig({
  test: {
    include: ['test/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
