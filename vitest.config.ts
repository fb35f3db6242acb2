import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // bench/ keeps its own smoke tests: the product's tests never import the bench.
    include: ['test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The e2e suite spawns bot processes; two cores, so keep forks bounded.
    maxWorkers: 2,
    // In CI a machine-readable summary is kept too, so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results.json' }]] : ['default'],
  },
});
