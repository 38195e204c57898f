/**
 * A glossary term inside a longer domain-lexicon term (core/segment/glossary-in-units.ts), on a small trie
 * and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildUnitTrie } from '@/core/segment/reading-unit-data';
import { createUnitGrouper } from '@/core/segment/reading-units';
import { fakeWords } from './fake-words';

const GLOSSARY = ['生态环境', '低碳', '近零能耗', '碳达峰', '碳中和'];

const words = (line: string) => fakeWords(line, GLOSSARY);

const grouper = createUnitGrouper(
  buildUnitTrie(
    ['生态环境', '低碳', '绿色', '主管', '部门', '建筑'],
    ['主管部门', '生态环境主管部门', '绿色低碳', '近零能耗建筑', '碳达峰碳中和'],
  ),
);
const texts = (line: string) => grouper.group(words(line)).map((t) => t.text);

describe('a glossary term inside a lexicon term', () => {
  it.each([
    ['国务院|生态环境|主管|部门|会同', ['国务院', '生态环境主管部门', '会同']],
    ['推动|绿色|低碳|发展', ['推动', '绿色低碳', '发展']],
    // A policy coinage CC-CEDICT lacks stays the unit.
    ['推广|近零能耗|建筑', ['推广', '近零能耗', '建筑']],
    // Never two glossary terms.
    ['推进|碳达峰|碳中和', ['推进', '碳达峰', '碳中和']],
    // Never across non-Han text.
    ['生态环境|，|主管|部门', ['生态环境', '，', '主管部门']],
  ])('%s → %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it("keeps the glossary term among the unit's parts", () => {
    const unit = grouper.group(words('生态环境|主管|部门'))[0];
    expect(unit?.parts?.map((p) => [p.text, p.glossaryId])).toEqual([
      ['生态环境', '生态环境'],
      ['主管部门', undefined],
    ]);
    expect(unit?.glossaryId).toBeUndefined();
  });
  it('takes the longest lexicon term around the glossary term; of two as long, the one it begins', () => {
    const cedict = ['低碳', '绿色', '建筑'];
    const grouped = (lexicon: string[], line: string) =>
      createUnitGrouper(buildUnitTrie(cedict, lexicon))
        .group(words(line))
        .map((t) => t.text);
    expect(grouped(['绿色低碳', '低碳建筑'], '推广|绿色|低碳|建筑')).toEqual(['推广', '绿色', '低碳建筑']);
    expect(grouped(['绿色低碳', '低碳建筑', '绿色低碳建筑'], '推广|绿色|低碳|建筑')).toEqual([
      '推广',
      '绿色低碳建筑',
    ]);
    expect(grouped(['绿色低碳'], '推广|绿色|低碳|建筑')).toEqual(['推广', '绿色低碳', '建筑']);
  });
});
