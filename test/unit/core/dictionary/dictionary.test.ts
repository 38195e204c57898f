import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/core/types';
import { excerptDictionary } from './excerpt';

const dict = excerptDictionary();

describe('lookup', () => {
  it('gives tone-marked pinyin, tones, senses in order and readable classifiers', () => {
    const info = dict.lookup('环境');
    expect(info.hsk).toBe(3);
    expect(info.entries).toEqual([
      {
        simplified: '环境',
        traditional: '環境',
        pinyin: 'huán jìng',
        tones: [2, 4],
        senses: ['environment', 'circumstances', 'surroundings', 'ambient'],
        classifiers: ['个 gè'],
      },
    ]);
    expect(info.composed).toBeUndefined();
  });

  it('finds a word written in traditional characters', () => {
    const info = dict.lookup('環境');
    expect(info.word).toBe('環境');
    expect(info.entries[0]?.simplified).toBe('环境');
    expect(info.hsk).toBe(3);
  });

  it('lists every reading, the taught one first', () => {
    expect(dict.lookup('行').entries.map((e) => e.pinyin)).toEqual(['xíng', 'háng', 'héng']);
    expect(dict.lookup('行业').entries[0]?.pinyin).toBe('háng yè');
    expect(dict.lookup('中和').entries.map((e) => e.pinyin)).toEqual(['zhōng hé', 'Zhōng hé']);
  });

  it('puts common readings before surnames, and surnames after the other senses', () => {
    expect(dict.lookup('和').entries.map((e) => e.pinyin)).toEqual(['hé', 'hè', 'hú', 'huó', 'huò', 'Hé']);
    expect(dict.lookup('中').entries[0]?.pinyin).toBe('zhōng');
    expect(dict.lookup('中').entries.at(-1)?.senses).toEqual([
      '(bound form) China; Chinese',
      'surname Zhong',
    ]);
  });

  it('moves archaic senses after the common ones', () => {
    const che = dict.lookup('车').entries;
    expect(che.map((e) => e.pinyin)).toEqual(['chē', 'jū', 'Chē']);
    expect(che[1]?.senses).toEqual(['rook (in Chinese chess)', 'rook (in chess)', 'war chariot (archaic)']);
  });

  it('makes variants and cross-references readable', () => {
    const tai = dict.lookup('台').entries;
    const classical = tai.find((e) => e.traditional === '台' && e.pinyin === 'tái');
    expect(classical?.senses).toEqual(['(classical) you (in letters)']);
    expect(classical?.references).toEqual(['variant of 台 tái']);
    expect(dict.lookup('中和').entries[1]?.senses[0]).toBe(
      'Zhonghe or Chungho city in New Taipei City 新北市 Xīn běi shì, Taiwan',
    );
    expect(dict.lookup('了').entries[1]?.senses[1]).toContain('used with 得 dé or 不 bù after a verb');
  });

  it('keeps traditional forms apart when one simplified form merges several', () => {
    expect(new Set(dict.lookup('台').entries.map((e) => e.traditional))).toEqual(
      new Set(['台', '臺', '檯', '颱']),
    );
    expect(dict.lookup('颱').entries.map((e) => e.senses)).toEqual([['typhoon']]);
    expect(dict.lookup('臺').entries.map((e) => e.pinyin)).toEqual(['tái', 'Tái']);
  });

  it('drops a variant whose main form is already shown, and explains a lone variant', () => {
    expect(dict.lookup('着').entries.map((e) => e.pinyin)).toEqual(['zhāo', 'zháo', 'zhe', 'zhuó']);
    expect(dict.lookup('着').entries.every((e) => e.traditional === '著')).toBe(true);
    const wu = dict.lookup('㐅').entries[0];
    expect(wu?.senses).toEqual(['old variant of 五 wǔ']);
  });

  it("puts a headword's own row before a traditional variant's narrower sense of it", () => {
    // CC-CEDICT lists 傚 "to imitate (variant of 效[xiao4])" before 效's own row (by traditional form).
    const xiao = dict.lookup('效').entries;
    expect(xiao[0]).toMatchObject({ traditional: '效', senses: ['effect', 'efficacy', 'to imitate'] });
    expect(xiao.map((e) => e.traditional)).toContain('傚');
    expect(dict.composeGloss('碳效')).not.toContain('imitate');
  });

  it('writes ü and neutral tones', () => {
    expect(dict.lookup('女').entries[0]).toMatchObject({ pinyin: 'nǚ', tones: [3] });
    expect(dict.lookup('的').entries[0]).toMatchObject({ pinyin: 'de', tones: [5] });
  });
});

describe('words CC-CEDICT lacks', () => {
  it('composes a gloss from the longest known parts, never empty', () => {
    expect(dict.lookup('两高')).toMatchObject({ entries: [], composed: 'two + high' });
    expect(dict.composeGloss('碳达峰')).toBe('carbon + to attain + high and tapered peak or summit');
    expect(dict.composeGloss('碳排放达峰')).toBe(
      'carbon emissions + to attain + high and tapered peak or summit',
    );
    expect(dict.composeGloss('X光')).toBe('X光');
    expect(dict.composeGloss('1+N高')).toBe('1+N + high');
    expect(dict.composeGloss('高1+N')).toBe('high + 1+N');
  });

  it('prefers the glossary, for absent and present words alike', () => {
    const term: GlossaryEntry = {
      id: '碳达峰',
      term: '碳达峰',
      pinyin: 'tàn dá fēng',
      english: 'carbon peaking',
      explanation: 'Emissions reach their highest point, then fall.',
      category: 'target',
      examples: [],
      reviewed: true,
      frequency: 10,
      score: 1,
      signals: [],
    };
    const withGlossary = excerptDictionary({
      glossary: [term, { ...term, id: '碳中和', term: '碳中和', english: 'carbon neutrality' }],
    });
    const info = withGlossary.lookup('碳达峰');
    expect(info.glossary?.english).toBe('carbon peaking');
    expect(info.composed).toBeUndefined();
    expect(withGlossary.lookup('碳中和').glossary?.english).toBe('carbon neutrality');
    expect(withGlossary.english('碳达峰')).toBe('carbon peaking');
    expect(withGlossary.lookupAt('实现碳达峰目标', 2).map((w) => w.word)).toEqual(['碳达峰', '碳']);
  });

  it('gives a one-line English for any word', () => {
    expect(dict.english('环境')).toBe('environment');
    expect(dict.english('两高')).toBe('two + high');
  });
});

describe('lookupAt', () => {
  it('lists the words starting at the offset, longest first', () => {
    expect(dict.lookupAt('实现碳中和目标', 2).map((w) => w.word)).toEqual(['碳中和', '碳']);
    expect(dict.lookupAt('中和', 0).map((w) => w.word)).toEqual(['中和', '中']);
    expect(dict.lookupAt('環境', 0).map((w) => w.word)).toEqual(['環境', '環']);
    expect(dict.lookupAt('abc', 1)).toEqual([]);
    expect(dict.lookupAt('中和', 5)).toEqual([]);
  });
});
