import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // One fast-check seed for every property: fixed in CI (test/unit/fuzz-seed.ts says why).
          setupFiles: ['test/unit/fuzz-seed.ts'],
          // A timeout here guards against a hang, never against slowness: speed is measured by the
          // benchmarks. With Vitest's 5 s default, CPU-bound property tests (fast-check over 10,000 terms)
          // failed whenever another process shared the 2-core machine, while passing in 0.3-2.5 s alone.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // After the unit tests, not beside them: on a 2-core machine their fast-check runs starved the
          // browser (a hover on the 1 MiB page missed its 30 s once in five CI runs while both ran).
          sequence: { groupOrder: 1 },
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
