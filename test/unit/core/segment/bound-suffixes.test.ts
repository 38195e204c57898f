/**
 * Bound suffixes in reading units (core/segment/bound-suffixes.ts, reading-units.ts, glossary-in-units.ts):
 * a word or unit takes in a lone derivational suffix after it (灾害|性 → 灾害性), on a small trie and the
 * segmenter's cuts of sentences from the policy corpus (seeds/corpus/laws); then the shipped data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { buildUnitTrie } from '@/core/segment/reading-unit-data';
import { createUnitGrouper } from '@/core/segment/reading-units';
import { UNIT_FUNCTION } from '@/core/segment/unit-kinds';
import { loadCore, loadUnitAnnotator } from '../../../../scripts/lib/load-core';
import { fakeWords } from './fake-words';

const trie = buildUnitTrie(
  [
    '灾害',
    '天气',
    '批准',
    '人民政府',
    '回收',
    '资源',
    '化工',
    '产业',
    '推动',
    '一定',
    '森林',
    '权属',
    '能耗',
  ],
  ['综合利用'],
  new Map(),
  new Map([
    ['一定', UNIT_FUNCTION],
    ['等', UNIT_FUNCTION],
  ]),
);
// 权, 属 and 性 are no words by themselves in the general dictionary: two lone ones are a compound (权属).
const options = { standalone: (c: string) => !'权属性'.includes(c) };
const grouper = createUnitGrouper(trie, options);
const texts = (line: string, glossary?: string[], g = grouper) =>
  g.group(fakeWords(line, glossary)).map((t) => t.text);

describe('a word takes in a bound suffix after it', () => {
  it.each([
    ['防范|灾害|性|天气', ['防范', '灾害性', '天气']],
    ['报经|有|批准|权|的|人民政府', ['报经', '有', '批准权', '的', '人民政府']],
    ['提高|资源|回收|率', ['提高', '资源', '回收率']],
    // A lone function word after the suffix makes no compound with it (性等 is no word).
    ['评价|结论|的|科学|性|等', ['评价', '结论', '的', '科学性', '等']],
    // After a unit of several words, the unit takes it (the lexicon's 综合利用 + 率).
    ['提高|综合|利用|率', ['提高', '综合利用率']],
  ])('%s → %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it.each([
    // A numeral and its unit are a count (twenty-five degrees), not a derivation.
    ['坡度|在|二十五|度|以上', ['坡度', '在', '二十五', '度', '以上']],
    // The suffix character begins a dictionary word with what follows.
    ['推动|化|工|产业', ['推动', '化工', '产业']],
    // ... or makes a compound with the lone bound character after it.
    ['森林|权|属|争议', ['森林', '权属', '争议']],
    // A function word takes no suffix; nor does a lone character (the bound pairs' business).
    ['达到|一定|量', ['达到', '一定', '量']],
    ['有|沙|化', ['有', '沙', '化']],
    // Never across non-Han text.
    ['回收|，|率', ['回收', '，', '率']],
  ])('%s stays %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it('gives the derivation the word and the suffix as parts', () => {
    const [unit] = grouper.group(fakeWords('灾害|性'));
    expect(unit?.parts?.map((p) => p.text)).toEqual(['灾害', '性']);
    expect([unit?.start, unit?.end]).toEqual([0, 3]);
  });

  it('can be turned off (the domain lexicon learns derivations as two-word terms)', () => {
    const off = createUnitGrouper(trie, { ...options, suffixes: false });
    expect(texts('防范|灾害|性|天气', [], off)).toEqual(['防范', '灾害', '性', '天气']);
  });

  it('puts a suffix to a glossary term that is a general word, not to a policy coinage', () => {
    expect(texts('降低|能耗|量', ['能耗'])).toEqual(['降低', '能耗量']);
    // 循环利用 is no CC-CEDICT headword here: the coinage is the unit a reader wants explained.
    expect(texts('提高|循环利用|率', ['循环利用'])).toEqual(['提高', '循环利用', '率']);
  });
});

describe('bound suffixes with the shipped data', () => {
  let units: Annotator;
  // Not a wait for slowness: run alone after an edit, this hook first builds the data files it reads.
  beforeAll(async () => {
    units = await loadUnitAnnotator(await loadCore());
  }, 60_000);

  it.each([
    ['并报经有批准权的人民政府批准', '批准权'],
    ['在灾害性天气条件下，应当停止作业', '灾害性'],
    ['提高废弃物的回收率和利用率', '回收率'],
    ['科学确定供水量和用水量', '供水量'],
    ['评价结论的科学性等', '科学性'],
  ])('%s has the unit %s', (sentence, unit) => {
    const out = units.annotate(sentence).map((t) => t.text);
    expect(out, out.join('|')).toContain(unit);
  });
});
