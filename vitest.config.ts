import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** End-to-end tests: one browser at a time, after the unit tests (a 2-core machine starves the browser). */
function e2eProject(name: string, files: { include?: string[]; exclude?: string[] }, groupOrder: number) {
  return {
    test: {
      name,
      include: files.include ?? ['test/e2e/**/*.test.ts'],
      exclude: files.exclude ?? [],
      environment: 'node' as const,
      globalSetup: ['test/e2e/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 180_000,
      sequence: { groupOrder },
    },
  };
}

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
          sequence: { groupOrder: 0 },
        },
      },
      // The big-page stress file runs first, in a worker of its own. After settings.test.ts in the same
      // worker, its 1 MiB page's popup never opened (5 runs out of 5, 75 s each), while alone, first or
      // beside other files it opened in 1.5-2 s; the cause is not found yet (issue 6's closing note).
      e2eProject('e2e-big', { include: ['test/e2e/hardening-big.test.ts'] }, 1),
      e2eProject('e2e', { exclude: ['test/e2e/hardening-big.test.ts'] }, 2),
    ],
  },
});
