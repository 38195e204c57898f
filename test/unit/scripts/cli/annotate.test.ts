import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, readInput } from '../../../../scripts/cli/annotate';

describe('annotate CLI arguments and input', () => {
  it('parses file, format and flags', () => {
    expect(parseArgs([])).toEqual({ file: '-', format: 'text', normalize: false });
    expect(parseArgs(['a.txt', '--format', 'seg'])).toEqual({
      file: 'a.txt',
      format: 'seg',
      normalize: false,
    });
    expect(parseArgs(['--format=json', '-', '--normalize'])).toEqual({
      file: '-',
      format: 'json',
      normalize: true,
    });
    expect(parseArgs(['--help'])).toBe('help');
  });

  it('rejects unknown formats, options and a second file', () => {
    expect(() => parseArgs(['--format', 'xml'])).toThrow(/unknown format "xml"/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['a', 'b'])).toThrow(/only one input file/);
  });

  it('explains a missing file, binary input and bad UTF-8', () => {
    expect(() => readInput('/nonexistent/tanci.txt')).toThrow(/cannot read .*no such file/);
    const binary = join(tmpdir(), 'tanci-annotate-binary.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(() => readInput(binary)).toThrow(/binary/);
    const latin1 = join(tmpdir(), 'tanci-annotate-latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(() => readInput(latin1)).toThrow(/not valid UTF-8/);
    const good = join(tmpdir(), 'tanci-annotate-good.txt');
    writeFileSync(good, '\uFEFF碳中和');
    expect(readInput(good)).toBe('碳中和');
  });
});
