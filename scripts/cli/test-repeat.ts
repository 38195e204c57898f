/**
 * The flake finder: `npm run test:repeat -- N [files…]` runs the end-to-end project N times (only the given
 * test files, if any) and prints, per test, how often it failed and its slowest time, so a flaky test is
 * seen before CI sees it. Each run writes Vitest's JSON report to a temporary folder; the extension is built
 * once, by the first run. Exits non-zero when any test failed at least once.
 *
 * On a shared machine wrap it in the heavy-work lock, as any browser run: `flock /tmp/tanci-heavy.lock npm
 * run test:repeat -- 5 test/e2e/reading.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from '../lib/paths';
import { formatTally, tally, type VitestJsonReport } from '../lib/test-repeat-report';

const USAGE = 'usage: npm run test:repeat -- N [test files…]   (N ≥ 1 runs of the end-to-end project)';

function main(): number {
  const [count, ...files] = process.argv.slice(2);
  const runs = Number(count);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    return 2;
  }
  const out = mkdtempSync(join(tmpdir(), 'tanci-test-repeat-'));
  const reports: (VitestJsonReport | null)[] = [];
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  try {
    for (let i = 1; i <= runs; i++) {
      const file = join(out, `run-${i}.json`);
      const started = Date.now();
      const run = spawnSync(
        process.execPath,
        [
          vitest,
          'run',
          '--project',
          'e2e',
          '--reporter=dot',
          '--reporter=json',
          `--outputFile.json=${file}`,
          ...files,
        ],
        {
          cwd: root,
          stdio: ['ignore', 'inherit', 'inherit'],
          // The first run builds the extension (test/e2e/global-setup.ts); the others test that build.
          env: i === 1 ? process.env : { ...process.env, TANCI_E2E_NO_BUILD: '1' },
        },
      );
      const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VitestJsonReport) : null;
      reports.push(report);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(
        `\ntest:repeat: run ${i} of ${runs} ended (exit ${run.status ?? run.signal}, ${seconds} s)\n`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const result = tally(reports, (p) => relative(root, p));
  console.log(formatTally(result));
  return result.runsWithoutReport > 0 || result.tests.some((t) => t.failed > 0) ? 1 : 0;
}

process.exitCode = main();
