import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJsonBackup } from '@/core/export/json';
import { parseTbx } from '@/core/export/tbx-read';
import { parseTermbaseCsv } from '@/core/export/termbase-csv';
import { parseGlossary } from '@/core/glossary/glossary-file';
import { main, parseTermbaseArgs } from '../../../../scripts/cli/glossary';
import { plainTerm } from '../../core/export/arbitraries';

const glossary = parseGlossary(readFileSync('public/data/glossary.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'tanci-glossary-'));

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
  const code = main(argv, new Date('2026-12-04T00:00:00Z'));
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('npm run glossary', () => {
  it('writes the shipped glossary as TBX, one entry per term', () => {
    const { code, out } = run(['--format', 'tbx']);
    expect(code).toBe(0);
    expect(parseTbx(out).map((e) => e.term)).toEqual(glossary.map((e) => e.term));
  });

  it('writes the termbase CSV to --out', () => {
    const file = join(dir, 'glossary.csv');
    expect(run(['--format=csv-termbase', '--out', file]).code).toBe(0);
    expect(parseTermbaseCsv(readFileSync(file, 'utf8'))).toHaveLength(glossary.length);
  });

  it('exports a saved JSON backup with --saved', () => {
    const file = join(dir, 'saved.json');
    writeFileSync(
      file,
      toJsonBackup([{ ...plainTerm(1), term: '碳汇', english: 'carbon sink' }], new Date(0)),
    );
    const { code, out } = run(['--format', 'tbx', '--saved', file]);
    expect(code).toBe(0);
    expect(parseTbx(out)).toEqual([expect.objectContaining({ term: '碳汇', english: 'carbon sink' })]);
  });

  it('says what is wrong with bad input, with a non-zero exit', () => {
    expect(run(['--format', 'xlsx'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown format "xlsx"'),
    });
    expect(run([])).toMatchObject({ code: 2, err: expect.stringContaining('--format is required') });
    expect(run(['--format', 'tbx', '--saved'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--saved needs a value'),
    });
    expect(run(['--format', 'tbx', '--saved', join(dir, 'none.json')])).toMatchObject({
      code: 1,
      err: expect.stringContaining('no such file'),
    });
    const notBackup = join(dir, 'other.json');
    writeFileSync(notBackup, '{"terms": []}');
    expect(run(['--format', 'tbx', '--saved', notBackup])).toMatchObject({
      code: 1,
      err: expect.stringContaining('not a Tanci backup'),
    });
    expect(parseTermbaseArgs(['--help'])).toBe('help');
  });
});
