import { describe, expect, it } from 'vitest';
import {
  FILE_LEVEL,
  formatTally,
  tally,
  type VitestJsonReport,
} from '../../../scripts/lib/test-repeat-report';

const run = (
  tests: [string, 'passed' | 'failed' | 'skipped', number][],
  file: { status?: string; message?: string } = {},
): VitestJsonReport => ({
  testResults: [
    {
      name: '/repo/test/e2e/a.test.ts',
      status: file.status ?? (tests.some(([, s]) => s === 'failed') ? 'failed' : 'passed'),
      message: file.message ?? '',
      assertionResults: tests.map(([fullName, status, duration]) => ({
        fullName,
        status,
        duration,
        failureMessages: status === 'failed' ? [`AssertionError: ${fullName} broke\n    at line 1`] : [],
      })),
    },
  ],
});

describe('test:repeat tally', () => {
  it('counts failures and the slowest time per test over the runs, failures first', () => {
    const result = tally(
      [
        run([
          ['opens', 'passed', 900],
          ['saves', 'passed', 2_000],
        ]),
        run([
          ['opens', 'failed', 30_000],
          ['saves', 'passed', 1_500],
        ]),
        run([
          ['opens', 'passed', 1_100],
          ['saves', 'skipped', 0],
        ]),
      ],
      (p) => p.replace('/repo/', ''),
    );
    expect(result.runs).toBe(3);
    expect(result.tests).toEqual([
      {
        file: 'test/e2e/a.test.ts',
        name: 'opens',
        runs: 3,
        failed: 1,
        slowestMs: 30_000,
        firstFailure: 'AssertionError: opens broke',
      },
      { file: 'test/e2e/a.test.ts', name: 'saves', runs: 2, failed: 0, slowestMs: 2_000 },
    ]);
    const text = formatTally(result);
    expect(text).toContain('1/3');
    expect(text).toContain('30.0 s   test/e2e/a.test.ts › opens');
    expect(text).toMatch(/3 runs, 2 tests: 1 failed at least once$/);
  });

  it('counts a failed hook or import, and a run that left no report', () => {
    const result = tally([
      run([['opens', 'passed', 5]], { status: 'failed', message: 'Hook timed out' }),
      null,
    ]);
    expect(result.tests.find((t) => t.name === FILE_LEVEL)).toMatchObject({
      failed: 1,
      firstFailure: 'Hook timed out',
    });
    expect(result.runsWithoutReport).toBe(1);
    expect(formatTally(result)).toContain('1 of 2 runs ended without a report');
  });

  it('says so when nothing failed', () => {
    expect(formatTally(tally([run([['opens', 'passed', 5]])]))).toMatch(/1 run, 1 tests: none failed$/);
  });
});
