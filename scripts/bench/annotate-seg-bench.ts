/**
 * `npm run annotate -- FILE --format seg` as a whole process (npm, tsx, loading, segmenting, writing) on the PKU
 * test text repeated to about 3.4 M characters, beside Intl.Segmenter's loop over the same lines in this process
 * (what a script that segments without Tanci would spend on the text alone). The process is run twice and the
 * faster run counts, as for the loop: the first run may compile the sources into tsx's cache.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../lib/paths';
import { rate } from './format';
import type { Corpus } from './segmentation';

/** About the size of input the issue measured (3.4 M characters). */
const TARGET_CHARS = 3_400_000;

export function annotateSegProcess(pku: Corpus): string {
  const lines: string[] = [];
  let chars = 0;
  while (chars < TARGET_CHARS) {
    for (const line of pku.lines) lines.push(line);
    chars += pku.chars;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tanci-seg-'));
  const input = join(dir, 'input.txt');
  writeFileSync(input, `${lines.join('\n')}\n`);
  try {
    const processMs: number[] = [];
    for (let run = 0; run < 2; run++) {
      const out = openSync('/dev/null', 'w');
      const started = performance.now();
      const result = spawnSync('npm', ['run', '-s', 'annotate', '--', input, '--format', 'seg'], {
        cwd: root,
        stdio: ['ignore', out, 'pipe'],
      });
      processMs.push(performance.now() - started);
      closeSync(out);
      if (result.status !== 0) return `  annotate --format seg failed: ${result.stderr?.toString().trim()}`;
    }
    const intl = new Intl.Segmenter('zh', { granularity: 'word' });
    const loopMs: number[] = [];
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      for (const line of lines) Array.from(intl.segment(line), (s) => s.segment);
      loopMs.push(performance.now() - started);
    }
    const ours = Math.min(...processMs);
    const theirs = Math.min(...loopMs);
    return [
      `  annotate --format seg, whole process (npm run), ${chars} chars: ${(ours / 1000).toFixed(2)} s (${rate((chars / ours) * 1000)} chars/s)`,
      `  Intl.Segmenter zh loop over the same lines, in this process: ${(theirs / 1000).toFixed(2)} s; the process takes ${(ours / theirs).toFixed(2)}× the loop's time`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
