/**
 * Repairing wrong word cuts before grouping (core/segment/cut-repair.ts): a run is re-read only where an
 * entry crosses a cut beside a one-character word, and re-cut only when that saves a whole unit with an
 * entry of three or more characters, or takes bound characters into two-character entries. Sentences
 * written for the test, on a small trie.
 */
import { describe, expect, it } from 'vitest';
import { createCutRepair } from '@/core/segment/cut-repair';
import { buildUnitTrie } from '@/core/segment/reading-unit-data';
import { createUnitGrouper } from '@/core/segment/reading-units';
import type { Token } from '@/core/types';
import { fakeWords } from './fake-words';

const words = (line: string) => fakeWords(line);

const trie = buildUnitTrie(
  [
    '降低',
    '低碳',
    '碳排放',
    '排放',
    '强度',
    '以上',
    '上市',
    '人民政府',
    '市人民政府',
    '法规',
    '规定',
    '定向',
    '第五',
    '十一',
    '细化管理',
    '精细',
  ],
  [],
);
const repair = createCutRepair(trie);
const grouper = createUnitGrouper(trie);
const repaired = (line: string) => {
  const run = words(line);
  return repair.repair(run, 0, run.length)?.map((t) => t.text);
};

describe('repairing word cuts', () => {
  it.each([
    ['降|低碳|排放|强度', ['降低', '碳排放', '强度']],
    ['地级|以|上市|人民政府', ['地级', '以上', '市人民政府']],
  ])('%s → %j', (line, expected) => {
    expect(repaired(line)).toEqual(expected);
  });

  it.each([
    // Two-character entries on both sides of the cut: as often a misreading as a repair.
    '本|法|规定|向',
    // A count is never cut (第五|十一 are entries too).
    '第|五十|一|条',
    // A character cut off a word must go into an entry: 精 would be left alone.
    '精细|化|管理',
    // Nothing crosses a cut.
    '控制|碳排放|强度',
  ])('%s stays as the segmenter cut it', (line) => {
    expect(repaired(line)).toBeUndefined();
  });

  it('takes two-character entries across a cut when each takes in a character that is no word by itself', () => {
    // 风 and 伏 are bound (no word alone); 法 and 向 are words. The segmenter read 风|电光|伏.
    const bound = buildUnitTrie(['风电', '光伏', '电光', '法规', '规定', '定向'], []);
    const standalone = (char: string) => !'风伏'.includes(char);
    const cut = (line: string, alone?: (char: string) => boolean) => {
      const run = words(line);
      return createCutRepair(bound, alone)
        .repair(run, 0, run.length)
        ?.map((t) => t.text);
    };
    expect(cut('发展|风|电光|伏', standalone)).toEqual(['发展', '风电', '光伏']);
    expect(cut('本|法|规定|向', standalone)).toBeUndefined();
    // Without the dictionary's single words, every character counts as one: only long repairs are taken.
    expect(cut('发展|风|电光|伏')).toBeUndefined();
    expect(
      createUnitGrouper(bound, { standalone })
        .group(words('风|电光|伏'))
        .map((t) => t.text),
    ).toEqual(['风电', '光伏']);
  });

  it('gives a unit that crosses a cut the pieces of the words, readings sliced', () => {
    const [, carbon] = repair.repair(words('降|低碳|排放'), 0, 3) ?? [];
    expect(carbon?.parts?.map((p) => [p.text, p.start, p.end, p.pinyin])).toEqual([
      ['碳', 2, 3, `p${'碳'.charCodeAt(0) % 7}`],
      ['排放', 3, 5, words('排放')[0]?.pinyin],
    ]);
    expect(carbon?.tones).toEqual([1, 1, 1]);
  });

  it('leaves a run whose reading is not a syllable per character', () => {
    const run = words('降|低碳|排放');
    (run[1] as Token).pinyin = 'dītàn';
    expect(repair.repair(run, 0, 3)).toBeUndefined();
  });

  it('is what the grouper reads', () => {
    expect(grouper.group(words('降|低碳|排放|强度')).map((t) => t.text)).toEqual(['降低', '碳排放', '强度']);
  });
});

describe('a domain term ending at the seam of a compound word', () => {
  // 交易市场 and 黄河流域 are words made of two entries; 取水权交易 and 流域水 are domain-lexicon terms.
  const seamTrie = buildUnitTrie(
    ['取水', '交易', '市场', '交易市场', '建立', '黄河', '流域', '黄河流域', '污染', '水污染', '治理'],
    ['取水权', '取水权交易', '流域水'],
  );
  const seamRepair = createCutRepair(seamTrie);
  const cut = (line: string) => {
    const run = words(line);
    return seamRepair.repair(run, 0, run.length)?.map((t) => t.text);
  };

  it('reads the domain term and the rest of the word (取水权交易|市场, not 取水权|交易市场)', () => {
    expect(cut('建立|取|水权|交易市场')).toEqual(['建立', '取水权交易', '市场']);
  });

  it('leaves a word whose seam only a unit beginning there would use (黄河|流域水)', () => {
    expect(cut('治理|黄河流域|水|污染')).toBeUndefined();
  });
});
