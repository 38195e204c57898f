import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSegmentationAnnotator } from '@/core/annotator';
import { createSegmenter } from '@/core/segment/segment';
import { parseArgs, writeSeg } from '../../../../scripts/cli/annotate';
import { loadSegmenterData } from '../../../../scripts/lib/load-segmenter';
import { readInput } from '../../../../scripts/lib/read-input';

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

  it('writes seg output in chunks: the words of each line as the segmentation annotator gives them', async () => {
    const segmenter = createSegmenter(await loadSegmenterData());
    const words = createSegmentationAnnotator({
      segmenter: createSegmenter(await loadSegmenterData()),
      glossaryTerms: new Map([['碳达峰', 'x']]),
    });
    segmenter.addPriorityWords(['碳达峰']);
    const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8');
    // Past the 64K-character chunk size, with CRLF and a blank line.
    const text = `${seed}\r\n  \n${seed.repeat(10)}`;
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    const expected = lines
      .map((line) =>
        words
          .annotate(line)
          .filter((token) => token.text.trim() !== '')
          .map((token) => token.text)
          .join(' '),
      )
      .map((line) => `${line}\n`)
      .join('');
    const chunks: string[] = [];
    writeSeg(
      text,
      (line) => segmenter.words(line),
      (chunk) => chunks.push(chunk),
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(expected);
  });
});
