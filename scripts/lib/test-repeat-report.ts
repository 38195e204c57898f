/**
 * The flake finder's arithmetic (scripts/cli/test-repeat.ts): per test, over N runs of the same files, how often
 * it failed and its slowest time, from Vitest's JSON reports (one per run). Pure: no files, no processes.
 */

/** The part of Vitest's JSON report (`--reporter=json`) this reads. */
export interface VitestJsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: {
      fullName: string;
      status: string;
      duration?: number | null;
      failureMessages?: string[];
    }[];
  }[];
}

export interface TestTally {
  file: string;
  name: string;
  /** Runs in which it ran (passed or failed). */
  runs: number;
  failed: number;
  slowestMs: number;
  /** The first line of its first failure, to tell one cause from another. */
  firstFailure?: string;
}

/** A file's own failure (a hook, an import), outside any test, is tallied under this name. */
export const FILE_LEVEL = '(file: import or hook)';

const firstLine = (text: string | undefined) =>
  text
    ?.split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 160);

/**
 * Tallies the runs' reports; a run with no report (Vitest crashed, or was killed) is passed as null and
 * counted apart, as a run without a report. `relative` shortens file paths for printing.
 */
export function tally(
  reports: readonly (VitestJsonReport | null)[],
  relative: (path: string) => string = (p) => p,
): { tests: TestTally[]; runs: number; runsWithoutReport: number } {
  const byKey = new Map<string, TestTally>();
  const entry = (file: string, name: string) => {
    const key = `${file}\u0000${name}`;
    let t = byKey.get(key);
    if (!t) {
      t = { file, name, runs: 0, failed: 0, slowestMs: 0 };
      byKey.set(key, t);
    }
    return t;
  };
  let runsWithoutReport = 0;
  for (const report of reports) {
    if (!report) {
      runsWithoutReport++;
      continue;
    }
    for (const file of report.testResults) {
      const name = relative(file.name);
      let testFailed = false;
      for (const test of file.assertionResults) {
        if (test.status !== 'passed' && test.status !== 'failed') continue;
        const t = entry(name, test.fullName);
        t.runs++;
        t.slowestMs = Math.max(t.slowestMs, test.duration ?? 0);
        if (test.status === 'failed') {
          testFailed = true;
          t.failed++;
          t.firstFailure ??= firstLine(test.failureMessages?.[0]);
        }
      }
      // Failed with no failing test: its hooks or its import failed.
      if (file.status === 'failed' && !testFailed) {
        const t = entry(name, FILE_LEVEL);
        t.runs++;
        t.failed++;
        t.firstFailure ??= firstLine(file.message);
      }
    }
  }
  const tests = [...byKey.values()].sort(
    (a, b) => b.failed - a.failed || b.slowestMs - a.slowestMs || a.name.localeCompare(b.name),
  );
  return { tests, runs: reports.length, runsWithoutReport };
}

/** The table the script prints: failures first, then the slowest. */
export function formatTally(result: ReturnType<typeof tally>): string {
  const lines: string[] = [];
  const width = String(result.runs).length;
  lines.push(`failed/ran  slowest   test`);
  for (const t of result.tests) {
    const count = `${String(t.failed).padStart(width)}/${String(t.runs).padEnd(width)}`;
    const slow = `${(t.slowestMs / 1000).toFixed(1)} s`.padStart(8);
    lines.push(`${count.padEnd(10)} ${slow}   ${t.file} › ${t.name}`);
    if (t.firstFailure) lines.push(`${''.padEnd(22)}first failure: ${t.firstFailure}`);
  }
  const flaky = result.tests.filter((t) => t.failed > 0).length;
  if (result.runsWithoutReport > 0) {
    lines.push(
      `${result.runsWithoutReport} of ${result.runs} runs ended without a report (crashed or killed)`,
    );
  }
  lines.push(
    `${result.runs} run${result.runs === 1 ? '' : 's'}, ${result.tests.length} tests: ${flaky === 0 ? 'none failed' : `${flaky} failed at least once`}`,
  );
  return lines.join('\n');
}
