/** The background's annotator loads the polyphone model with the other core files (public/data/, built by npm run data). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FetchBytes, loadAnnotator } from '@/background/loaders/core-loader';
import { G2PM_FILE } from '@/core/pinyin/g2pm-file';
import { loadPolyphoneModel } from '../../../../scripts/lib/load-core';

const dataDir = join(__dirname, '../../../../public/data');
const fromPackage: FetchBytes = async (file) => {
  const bytes = readFileSync(join(dataDir, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
};
const without =
  (skip: string): FetchBytes =>
  async (file) =>
    file === skip ? undefined : fromPackage(file);

describe('core loader with g2pM', () => {
  it('reads polyphones with the model when the package has it, and without it otherwise', async () => {
    await loadPolyphoneModel(); // builds public/data/g2pm.bin when it is missing or stale
    const text = '处罚标准定为全市平均值。';
    const readingOf = async (fetchBytes: FetchBytes) => {
      const annotator = await loadAnnotator(Promise.resolve([]), fetchBytes);
      return annotator
        .annotate(text)
        .map((t) => t.pinyin)
        .join(' ');
    };
    expect(await readingOf(fromPackage)).toContain('dìng wéi');
    expect(await readingOf(without(G2PM_FILE))).toContain('dìng wèi');
  });
});
