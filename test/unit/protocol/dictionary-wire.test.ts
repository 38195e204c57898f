import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefOf } from '@/core/dictionary/dictionary-brief';
import type { GlossaryEntry, WordBrief, WordInfo } from '@/core/types';
import { packWordBriefs, packWordInfos, unpackWordBriefs, unpackWordInfos } from '@/protocol/dictionary-wire';
import { excerptDictionary } from '../core/dictionary/excerpt';

/** What a message carries: JSON, so undefined fields vanish. */
const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const liangGao: GlossaryEntry = {
  id: '两高',
  term: '两高',
  pinyin: 'liǎng gāo',
  english: 'energy-intensive, high-emission (projects)',
  expansion: '高耗能、高排放',
  explanation: 'Projects that use much energy and emit much.',
  category: 'abbreviation',
  examples: [{ sentence: '遏制两高项目', source: 'seed' }],
  reviewed: true,
  frequency: 3,
  score: 1,
  signals: ['frequency 3'],
};

describe('the compact dictionary reply', () => {
  it('carries real answers unchanged: readings, traditional forms, HSK, glossary, composed glosses', () => {
    const dict = excerptDictionary({ glossary: [liangGao] });
    const words = ['环境', '環境', '行', '行业', '着', '台', '臺', '两高', '碳达峰', '两高', 'abc', '車'];
    const infos = words.map((w) => dict.lookup(w));
    expect(infos.some((i) => i.entries.some((e) => e.references?.length))).toBe(true);
    expect(infos.some((i) => i.entries.some((e) => e.traditional !== e.simplified))).toBe(true);
    expect(unpackWordInfos(overJson(packWordInfos(infos)))).toEqual(overJson(infos));
  });

  it('sends each glossary entry once per reply and is smaller than the plain objects', () => {
    const dict = excerptDictionary({ glossary: [liangGao] });
    const infos = ['两高', '环境', '两高', '行', '两高'].map((w) => dict.lookup(w));
    const packed = packWordInfos(infos);
    expect(packed.g).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(infos).length * 0.75);
  });

  it('round-trips any answer (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' });
    const entry = fc.record(
      {
        simplified: text,
        traditional: text,
        pinyin: fc.string(),
        tones: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 40 })), {
          maxLength: 4,
        }),
        senses: fc.array(fc.string()),
        classifiers: fc.array(fc.string(), { maxLength: 2 }),
        references: fc.array(fc.string(), { maxLength: 2 }),
      },
      { requiredKeys: ['simplified', 'traditional', 'pinyin', 'tones', 'senses'] },
    );
    const info = fc.record(
      {
        word: text,
        entries: fc.array(entry, { maxLength: 3 }),
        hsk: fc.integer({ min: 1, max: 9 }),
        glossary: fc.constant(liangGao),
        composed: fc.string(),
        lastPart: fc.string(),
      },
      { requiredKeys: ['word', 'entries'] },
    );
    fc.assert(
      fc.property(fc.array(info, { maxLength: 8 }), (infos: WordInfo[]) => {
        expect(unpackWordInfos(overJson(packWordInfos(infos)))).toEqual(overJson(infos));
      }),
    );
  });

  it('sends a glossary entry once per connection, by id afterwards, and decodes it the same', () => {
    const dict = excerptDictionary({ glossary: [liangGao] });
    const sent = new Set<string>();
    const received = new Map<string, GlossaryEntry>();
    const first = packWordInfos([dict.lookup('两高'), dict.lookup('环境')], { sent });
    const second = packWordInfos([dict.lookup('环境'), dict.lookup('两高')], { sent });
    expect(second.g).toEqual(['两高']);
    expect(unpackWordInfos(overJson(first), { received })[0]?.glossary).toEqual(liangGao);
    expect(unpackWordInfos(overJson(second), { received })[1]?.glossary).toEqual(liangGao);
    expect(() => unpackWordInfos(overJson(second), { received: new Map() })).toThrow(/never received/);
  });

  it('refuses a reply in another format instead of showing wrong words', () => {
    expect(() => unpackWordInfos({ v: 2, g: [], w: [] } as never)).toThrow(/unknown format/);
    expect(() => unpackWordInfos({ results: [] } as never)).toThrow(/unknown format/);
  });
});

describe('the compact batch reply (words at a glance)', () => {
  it('carries real answers unchanged, in under half the bytes of the full form', () => {
    const dict = excerptDictionary({ glossary: [liangGao] });
    const words = ['环境', '環境', '行', '行业', '着', '台', '臺', '两高', '碳达峰', 'abc', '車'];
    const infos = words.map((w) => dict.lookup(w));
    const briefs = infos.map(briefOf);
    expect(briefs.some((b) => b.readings.length > 1 && b.hsk && b.glossaryId === undefined)).toBe(true);
    expect(unpackWordBriefs(overJson(packWordBriefs(briefs)))).toEqual(overJson(briefs));
    expect(JSON.stringify(packWordBriefs(briefs)).length).toBeLessThan(
      JSON.stringify(packWordInfos(infos)).length / 2,
    );
  });

  it('round-trips any brief (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' });
    const reading = fc.record({
      pinyin: fc.string(),
      tones: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 40 })), {
        maxLength: 4,
      }),
    });
    const brief = fc.record(
      {
        word: text,
        readings: fc.array(reading, { maxLength: 3 }),
        gloss: fc.string(),
        hsk: fc.integer({ min: 1, max: 9 }),
        glossaryId: fc.oneof(text, fc.constant('两高')),
      },
      { requiredKeys: ['word', 'readings', 'gloss'] },
    );
    fc.assert(
      fc.property(fc.array(brief, { maxLength: 8 }), (briefs: WordBrief[]) => {
        expect(unpackWordBriefs(overJson(packWordBriefs(briefs)))).toEqual(overJson(briefs));
      }),
    );
  });

  it('refuses a full reply, or one in another format, instead of showing wrong words', () => {
    expect(() => unpackWordBriefs(overJson(packWordInfos([])) as never)).toThrow(/unknown format/);
    expect(() => unpackWordInfos(overJson(packWordBriefs([])) as never)).toThrow(/unknown format/);
    expect(() => unpackWordBriefs({ v: 2, b: [] } as never)).toThrow(/unknown format/);
  });
});
