import { describe, expect, it } from 'vitest';
import { briefOf } from '@/core/dictionary/dictionary-brief';
import { englishLine } from '@/core/dictionary/english-line';
import type { GlossaryEntry } from '@/core/types';
import { excerptDictionary } from './excerpt';

const liangGao = {
  id: '两高',
  term: '两高',
  english: 'energy-intensive, high-emission (projects)',
} as GlossaryEntry;

describe('a word at a glance', () => {
  const dict = excerptDictionary({ glossary: [liangGao] });

  it('keeps every distinct reading in dictionary order, the first sense and the HSK level', () => {
    const full = dict.lookup('行');
    const brief = briefOf(full);
    expect(brief.readings.map((r) => r.pinyin)).toEqual([...new Set(full.entries.map((e) => e.pinyin))]);
    expect(brief.readings[0]?.tones).toEqual(full.entries[0]?.tones);
    expect(brief.gloss).toBe(full.entries[0]?.senses[0]);
    expect(brief.hsk).toBe(full.hsk);
  });

  it('reads one reading once when the traditional and simplified entries share it', () => {
    const full = dict.lookup('台');
    expect(new Set(full.entries.map((e) => e.pinyin)).size).toBeLessThan(full.entries.length);
    expect(briefOf(full).readings.map((r) => r.pinyin)).toEqual([
      ...new Set(full.entries.map((e) => e.pinyin)),
    ]);
  });

  it("glosses a policy term with the glossary's English and a missing word with its parts", () => {
    expect(briefOf(dict.lookup('两高'))).toMatchObject({ gloss: liangGao.english, glossaryId: '两高' });
    const composed = dict.lookup('碳达峰');
    expect(composed.entries).toEqual([]);
    expect(briefOf(composed)).toEqual({ word: '碳达峰', readings: [], gloss: composed.composed });
  });
});

describe('a word in one line of English', () => {
  const entry = {
    simplified: '能',
    traditional: '能',
    pinyin: 'néng',
    tones: [2],
    senses: ['can', 'energy'],
  };

  it('is the glossary rendering, else the first sense, else the composed gloss, else nothing', () => {
    expect(englishLine({ word: '两高', entries: [], glossary: liangGao, composed: 'two + high' })).toBe(
      liangGao.english,
    );
    expect(englishLine({ word: '能', entries: [entry] })).toBe('can');
    expect(englishLine({ word: '两高', entries: [], composed: 'two + high' })).toBe('two + high');
    expect(englishLine({ word: '两高', entries: [] })).toBe('');
  });

  it("as a unit's last part, a character's sense as a compound's head comes before its first", () => {
    const neng = { word: '能', entries: [entry], lastPart: 'energy' };
    expect(englishLine(neng, true)).toBe('energy');
    expect(englishLine(neng)).toBe('can');
    expect(englishLine({ word: '能', entries: [entry] }, true)).toBe('can');
  });
});
