import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { outDir, root } from './paths';

const run = promisify(execFile);
const firefoxDir = `${outDir}/firefox-mv3`;

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** The Firefox package: built as shipped (`npm run build:firefox`), then checked by Mozilla's own linter. */
describe('Firefox build', () => {
  it('builds an MV3 package that web-ext lint passes with no errors', { timeout: 240_000 }, async () => {
    await run('npm', ['run', 'build:firefox'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const manifest = JSON.parse(readFileSync(`${firefoxDir}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(manifest.default_locale).toBe('en');

    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const out = await run(
      'npx',
      ['web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json', '--no-input'],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(out.stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});
