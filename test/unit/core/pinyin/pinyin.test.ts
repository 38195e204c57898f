import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { createPinyinReader } from '@/core/pinyin/pinyin';
import { markedToNumbered } from '@/core/pinyin/pinyin-numbered';
import { emptyWordReadings, parseWordReadings, serializeWordReadings } from '@/core/pinyin/word-readings';
import { createSegmenter } from '@/core/segment/segment';
import { plainCore } from '../core-setup';

let annotator: Annotator;
beforeAll(async () => {
  annotator = (await plainCore()).annotator;
}, 60_000);

/** The reading of `word` where it occurs in `sentence`. */
function readingIn(sentence: string, word: string): string {
  const token = annotator.annotate(sentence).find((t) => t.text === word);
  if (!token) throw new Error(`${word} is not a token of ${sentence}`);
  return token.pinyin;
}

describe('pinyin: polyphones read in their word', () => {
  it.each([
    ['各行业的工作着力点有所跑偏', '行业', 'háng yè'],
    ['全面推进各个行业绿色转型，确保完成全年能耗目标任务，坚决遏制两高项目盲目发展', '行业', 'háng yè'],
    ['把生态环境保护作为重点工作', '重点', 'zhòng diǎn'],
    ['在全国率先实行河长制', '率先', 'shuài xiān'],

    ['由市局统一负责指挥调配', '调配', 'diào pèi'],
    ['分局局长异地任职交流', '局长', 'jú zhǎng'],
    ['实施量化问责', '量化', 'liàng huà'],
    ['长期以来，他一直很努力', '长期以来', 'cháng qī yǐ lái'],
    ['他长大了', '长大', 'zhǎng dà'],
  ])('%s: %s → %s', (sentence, word, expected) => {
    expect(readingIn(sentence, word)).toBe(expected);
  });

  it.each([
    ['全面推行河长制', '河长制', 'hé zhǎng zhì'],
    ['加快建设调峰电源', '调峰', 'tiáo fēng'],
    ['提高电网调峰能力', '调峰', 'tiáo fēng'],
  ])('%s: %s → %s over however many tokens it is', (sentence, word, expected) => {
    const tokens = annotator.annotate(sentence);
    const at = sentence.indexOf(word);
    const reading = tokens
      .filter((t) => t.start >= at && t.end <= at + word.length)
      .map((t) => t.pinyin)
      .join(' ');
    expect(reading).toBe(expected);
  });

  it('reads 河长制 as hé zhǎng zhì over its characters', () => {
    const tokens = annotator.annotate('全面推行河长制');
    const reading = tokens
      .filter((t) => '河长制'.includes(t.text) && t.zh)
      .map((t) => t.pinyin)
      .join(' ');
    expect(reading).toBe('hé zhǎng zhì');
  });
});

describe('pinyin: tones, erhua, neutral tones, passthrough', () => {
  it('gives tone numbers per syllable, 5 for neutral tones', () => {
    const [friend] = annotator.annotate('朋友');
    expect(friend).toMatchObject({ pinyin: 'péng you', tones: [2, 5] });
    const le = annotator.annotate('他来了').find((t) => t.text === '了');
    expect(le).toMatchObject({ pinyin: 'le', tones: [5] });
  });

  it('writes erhua as r with a neutral tone, one syllable per character', () => {
    const where = annotator.annotate('你去哪儿').find((t) => t.text === '哪儿');
    expect(where).toMatchObject({ pinyin: 'nǎ r', tones: [3, 5] });
    const child = annotator.annotate('她的儿子').find((t) => t.text === '儿子');
    expect(child?.pinyin).toBe('ér zi');
  });

  it('applies tone sandhi of 一 and 不', () => {
    expect(readingIn('坚持全国一盘棋', '一盘棋')).toBe('yì pán qí');
    expect(readingIn('这样做不对', '不对')).toBe('bú duì');
  });

  it('passes non-Chinese text through with no pinyin', () => {
    const tokens = annotator.annotate('PM2.5 达到 40.20%，见 https://example.org');
    for (const token of tokens.filter((t) => !t.zh)) expect(token).toMatchObject({ pinyin: '', tones: [] });
    expect(tokens.find((t) => t.text === 'PM2.5')).toMatchObject({ zh: false, pinyin: '' });
    expect(tokens.find((t) => t.text === '2030年') ?? annotator.annotate('2030年').at(0)).toMatchObject({
      text: '2030年',
      pinyin: 'nián',
      tones: [2],
    });
  });

  it('keeps offsets and text of every token, and one tone per syllable', () => {
    const text = '碳达峰碳中和，PM2.5月均浓度！哪儿？\n第二段。';
    const tokens = annotator.annotate(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const token of tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
      expect(token.tones.length).toBe(token.pinyin ? token.pinyin.split(' ').length : 0);
    }
  });
});

describe('pinyin: overrides and data files', () => {
  it('lets a reviewed override beat pinyin-pro and CC-CEDICT', () => {
    const segmenter = createSegmenter({ words: new Map([['调配', 50]]), unknownCost: 200 });
    const readings = emptyWordReadings(new Map([['调配', 'tiao2 *']]));
    const plain = createPinyinReader(readings);
    const text = '调配';
    expect(plain.readTokens(text, segmenter.segment(text))[0]?.pinyin).toBe('tiáo pèi');
    readings.overrides.set('调配', markedToNumbered('diào pèi'));
    const reviewed = createPinyinReader(readings);
    expect(reviewed.readTokens(text, segmenter.segment(text))[0]?.pinyin).toBe('diào pèi');
  });

  it('round-trips the word-readings file and rejects a truncated one', () => {
    const source = {
      words: new Map([
        ['率先', 'shuai4 *'],
        ['一会儿', '* hui4 r5'],
        ['一下儿', '* * r5'],
        ['一下', '* xia4'],
      ]),
      overrides: new Map([['哪儿', ['na3', 'r5']]]),
    };
    const text = serializeWordReadings(source);
    const parsed = parseWordReadings(text);
    expect(parsed.overrides).toEqual(source.overrides);
    expect(parsed.words.size).toBe(4);
    for (const [word, syllables] of source.words) expect(parsed.words.get(word)).toBe(syllables);
    for (const missing of ['一', '一下儿儿', '率', '哪儿', ''])
      expect(parsed.words.get(missing)).toBeUndefined();
    const unsorted = text.replace('一下\t* xia4\n', '').replace('率先\t', '一下\t* xia4\n率先\t');
    expect(() => parseWordReadings(unsorted)).toThrow(/out of order/);
    expect(() => parseWordReadings(text.split('\n').slice(0, 2).join('\n'))).toThrow(/truncated/);
  });

  it('converts tone marks to numbers', () => {
    expect(markedToNumbered('shuài xiān lǜ nǚ r')).toEqual(['shuai4', 'xian1', 'lu:4', 'nu:3', 'r5']);
    expect(() => markedToNumbered('shuài-1')).toThrow(/syllable/);
  });
});
