import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The e2e suite spawns bot processes; two cores, so keep forks bounded.
    maxWorkers: 2,
  },
});
