/**
 * Reading units (core/segment/reading-units.ts): words grouped into the fewest units that have an entry,
 * each with its words as parts, never across non-Han text or a policy-glossary term; then the shipped
 * data (CC-CEDICT + the domain lexicon learned from seeds/corpus/laws) on tables of sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { buildUnitTrie, decodeUnitTrie, encodeUnitTrie } from '@/core/segment/reading-unit-data';
import { createUnitGrouper } from '@/core/segment/reading-units';
import { UNIT_CEDICT, UNIT_FUNCTION, UNIT_LEXICON, UNIT_VERB } from '@/core/segment/unit-kinds';
import { loadCore, loadUnitAnnotator } from '../../../../scripts/lib/load-core';
import { fakeWords } from './fake-words';

const words = fakeWords;

const trie = decodeUnitTrie(
  encodeUnitTrie(
    buildUnitTrie(
      ['温室气体', '气体', '碳排放', '排放', '排放权', '放权'],
      ['碳排放权交易', '重点排放单位', '排放单位'],
    ),
  ),
);
const grouper = createUnitGrouper(trie, { standalone: (c) => !'氢缴碳'.includes(c) });
const texts = (line: string, glossary?: string[]) => grouper.group(words(line, glossary)).map((t) => t.text);

describe('grouping words into reading units', () => {
  it.each([
    ['控制|温室|气体|排放', ['控制', '温室气体', '排放']],
    ['碳|排放权|交易|市场', ['碳排放权交易', '市场']],
    ['重点|排放|单位|名录', ['重点排放单位', '名录']],
    ['温室|，|气体', ['温室', '，', '气体']],
    ['温室|气体|。|排放', ['温室气体', '。', '排放']],
    ['发展|氢|能', ['发展', '氢能']],
    ['清|缴|配额', ['清缴', '配额']],
    ['和|氢', ['和', '氢']],
    // The lone 排 belongs to 排放权 (the segmenter cut it apart), not to a bound pair 碳排.
    ['碳|排|放权', ['碳', '排放权']],
  ])('%s → %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it('never joins a policy-glossary term with its neighbours', () => {
    // 单位 is no CC-CEDICT headword here, so no lexicon term takes it in (see glossary-in-units.test.ts).
    expect(texts('重点|排放|单位', ['单位'])).toEqual(['重点', '排放', '单位']);
  });

  it('gives a unit its words as parts, with offsets, pinyin and tones joined', () => {
    const [unit] = grouper.group(words('温室|气体'));
    expect(unit?.parts?.map((p) => [p.text, p.start, p.end])).toEqual([
      ['温室', 0, 2],
      ['气体', 2, 4],
    ]);
    expect(unit?.pinyin).toBe(unit?.parts?.map((p) => p.pinyin).join(' '));
    expect(unit?.tones).toEqual([1, 1, 1, 1]);
    expect([unit?.start, unit?.end]).toEqual([0, 4]);
    expect(grouper.group(words('排放'))[0]?.parts).toBeUndefined();
  });

  it('covers the text exactly, in order', () => {
    const line = '控制|温室|气体|排放|，|重点|排放|单位|和|氢|能';
    const units = grouper.group(words(line));
    expect(units.map((u) => u.text).join('')).toBe(line.replaceAll('|', ''));
    for (let i = 1; i < units.length; i++) expect(units[i]?.start).toBe(units[i - 1]?.end);
  });

  it('says where an entry comes from', () => {
    expect(grouper.kind('温室气体')).toBe(UNIT_CEDICT);
    expect(grouper.kind('重点排放单位')).toBe(UNIT_LEXICON);
    expect(grouper.kind('温室')).toBe(0);
  });
});

describe('word classes in the unit trie', () => {
  const classed = createUnitGrouper(
    decodeUnitTrie(
      encodeUnitTrie(
        buildUnitTrie(
          ['温室气体', '监测'],
          [],
          new Map(),
          new Map([
            ['监测', UNIT_VERB],
            ['其', UNIT_FUNCTION],
            ['审议通过', UNIT_VERB],
          ]),
        ),
      ),
    ),
  );

  it('keeps the classes of its words and of single characters, and adds no other word', () => {
    expect(classed.wordFlags('监测')).toBe(UNIT_CEDICT | UNIT_VERB);
    expect(classed.wordFlags('其')).toBe(UNIT_FUNCTION);
    expect(classed.wordFlags('审议通过')).toBe(0);
    expect(classed.wordFlags('温室气体')).toBe(UNIT_CEDICT);
  });

  it('makes no entry of a class: grouping and entry kinds are as without it', () => {
    expect(classed.kind('其')).toBe(0);
    expect(classed.kind('监测')).toBe(UNIT_CEDICT);
    expect(classed.group(words('监测|其|温室|气体')).map((t) => t.text)).toEqual(['监测', '其', '温室气体']);
  });
});

describe('reading units with the shipped data', () => {
  let units: Annotator;
  // Not a wait for slowness: run alone after an edit, this hook first builds the data files it reads
  // (public/data, the lexicon step alone 7-46 s); under `npm test` the data step has built them already.
  beforeAll(async () => {
    units = await loadUnitAnnotator(await loadCore());
  }, 60_000);

  const whole = (sentence: string) => units.annotate(sentence).map((t) => t.text);

  it.each([
    [
      '实施可再生能源替代行动，加快推进页岩气、煤层气。控制碳排放，发展碳汇和氢能',
      ['可再生能源', '页岩气', '煤层气', '碳排放', '碳汇', '氢能'],
    ],
    ['各国应当控制温室气体排放', ['温室气体']],
    ['推动循环经济发展，共建一带一路', ['一带一路']],
    ['排污单位应当申请取得排污许可证', ['排污许可证']],
    ['县级以上地方人民政府应当加强监督管理', ['县级以上地方人民政府']],
  ])('%s keeps %j whole', (sentence, terms) => {
    const out = whole(sentence);
    for (const term of terms) expect(out, out.join('|')).toContain(term);
  });

  it('keeps the words of a unit as its parts', () => {
    const unit = units.annotate('控制温室气体排放').find((t) => t.text === '温室气体');
    expect(unit?.parts?.map((p) => [p.text, p.pinyin])).toEqual([
      ['温室', 'wēn shì'],
      ['气体', 'qì tǐ'],
    ]);
    expect(unit?.pinyin).toBe('wēn shì qì tǐ');
  });

  it('keeps paired goals as two glossary terms', () => {
    const out = units.annotate('推进碳达峰碳中和相关工作');
    expect(out.filter((t) => t.glossaryId).map((t) => t.text)).toEqual(['碳达峰', '碳中和']);
  });
});
