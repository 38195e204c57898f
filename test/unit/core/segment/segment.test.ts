import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSegmenter, type Segmenter } from '@/core/segment/segment';
import { parseSegmenterData, serializeSegmenterData } from '@/core/segment/segmenter-data';
import { loadSegmenterData } from '../../../../scripts/lib/load-segmenter';

let segmenter: Segmenter;
const words = (text: string) =>
  segmenter
    .segment(text)
    .filter((token) => token.text.trim() !== '')
    .map((token) => token.text);

beforeAll(async () => {
  segmenter = createSegmenter(await loadSegmenterData());
}, 60_000);

describe('segment: general dictionary', () => {
  it.each([
    ['我们要保护生态环境', ['我们', '要', '保护', '生态环境']],
    ['中华人民共和国成立了', ['中华人民共和国', '成立', '了']],
    ['研究生命起源', ['研究', '生命', '起源']],
    ['他说的确实在理', ['他', '说', '的', '确实', '在理']],
    ['全面推进国土绿化', ['全面', '推进', '国土', '绿化']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  // 数据+统计 and 数+据统计 cost the same in the dictionary; of two equally likely readings the one with fewer
  // one-character words is taken (the reader hovering 数 would get "number" and 据统计 "according to statistics").
  it('breaks a tie between readings towards fewer one-character words', () => {
    expect(words('排放数据统计核算')).toEqual(['排放', '数据', '统计', '核算']);
    expect(words('数据统计')).toEqual(['数据', '统计']);
    // Not a preference beyond ties: a cheaper reading with a one-character word still wins.
    expect(words('他说的确实在理')).toEqual(['他', '说', '的', '确实', '在理']);
  });
});

describe('segment: numbers, dates, Latin words', () => {
  it.each([
    ['尽快出台2030年前碳达峰行动方案', ['2030年']],
    ['PM2.5月均浓度', ['PM2.5']],
    ['PM10月均浓度', ['PM10']],
    ['绿化覆盖率达到40.20%和36.15%。', ['40.20%', '36.15%']],
    ['碳达峰碳中和“1+N”政策体系', ['1+N']],
    ['“1+4”问责机制', ['1+4']],
    ['每年6月-9月', ['6月', '9月']],
    ['见https://example.org/a?b=1，或写信', ['https://example.org/a?b=1']],
    ['二○○一年新年贺词', ['二○○一年']],
    ['减少2.7亿吨标准煤', ['2.7亿']],
    ['the Paris Agreement生效', ['the', 'Paris', 'Agreement']],
  ])('%s keeps %j whole', (text, expected) => {
    const tokens = words(text);
    for (const token of expected) expect(tokens).toContain(token);
  });
});

describe('segment: priority words', () => {
  it('makes glossary terms single tokens, ahead of the general dictionary (shipped trie file)', () => {
    const local = createSegmenter(
      parseSegmenterData(
        serializeSegmenterData({
          words: new Map([
            ['碳达', 50],
            ['峰碳', 10],
            ['中和', 20],
          ]),
          unknownCost: 200,
        }),
      ),
    );
    expect(local.segment('碳达峰碳中和').map((t) => t.text)).toEqual(['碳达', '峰碳', '中和']);
    local.addPriorityWords(['碳达峰', '碳中和']);
    expect(local.segment('碳达峰碳中和').map((t) => t.text)).toEqual(['碳达峰', '碳中和']);
    expect(local.has('碳中和')).toBe(true);
    expect(local.has('碳达峰碳')).toBe(false);
  });

  it('joins policy jargon the dictionary splits', () => {
    const local = createSegmenter({ words: new Map(), unknownCost: 200 });
    const split = (text: string) => local.segment(text).map((t) => t.text);
    expect(split('先立后破')).toHaveLength(4);
    local.addPriorityWords(['两高', '双控', '能耗强度', '先立后破', '劣Ⅴ类', '网格化']);
    expect(split('遏制“两高”项目，能耗“双控”')).toContain('两高');
    expect(split('先立后破的要求')).toContain('先立后破');
    expect(split('基本消除劣Ⅴ类湖泊')).toContain('劣Ⅴ类');
    expect(split('网格化环境监管')).toContain('网格化');
  });
});

describe('segment: invariants', () => {
  it('covers the input exactly, in order, for any text', () => {
    const alphabet = [...'碳达峰中和的了，。 PM2.5%年1+N\n\t😀𠀀Ⅴ类abc'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const tokens = segmenter.segment(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const token of tokens) {
          expect(token.start).toBe(at);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          at = token.end;
        }
      }),
    );
  });

  it('marks tokens with Han characters as Chinese, keeps a surrogate pair whole', () => {
    const tokens = segmenter.segment('a 𠀀碳!');
    expect(tokens.map((t) => [t.text, t.zh])).toContainEqual(['a', false]);
    expect(tokens.some((t) => t.text.includes('\ud840') && t.text.length % 2 === 1)).toBe(false);
    expect(segmenter.segment('')).toEqual([]);
  });

  it('segments a long unpunctuated line without blowing up', () => {
    const line = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8').replace(/[\s，。、“”《》（）]/gu, '');
    const tokens = segmenter.segment(line);
    expect(tokens.map((t) => t.text).join('')).toBe(line);
  });
});

describe('segment: words() is segment() without the tokens', () => {
  it('gives the same texts on the seed article', () => {
    const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8');
    for (const line of seed.split('\n').slice(0, 200)) {
      expect(segmenter.words(line)).toEqual(segmenter.segment(line).map((token) => token.text));
    }
    expect(segmenter.words('')).toEqual([]);
  });
});
