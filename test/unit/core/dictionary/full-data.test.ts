import { describe, expect, it } from 'vitest';
import { createDictionary } from '@/core/dictionary/dictionary';
import { createChunkedDictionary, lookupManyWith } from '@/core/dictionary/dictionary-chunked';
import { partOf, partRange, partsOf } from '@/core/dictionary/dictionary-parts';
import { chunkOfSplit, chunkPacked, readPackHeader } from '@/core/dictionary/dictionary-source';
import { MIN_ENTRIES, packCedict } from '../../../../scripts/data/cedict';

// The real data, packed the way the build packs it: a silent fallback to an older or partial release fails here.
const { packed, entries, date } = packCedict();
const dict = createDictionary(packed);

describe('the packed CC-CEDICT release', () => {
  it('has the full entry count and a recent date', () => {
    expect(entries).toBeGreaterThanOrEqual(MIN_ENTRIES);
    expect(dict.size).toBe(entries);
    expect(date >= '2026-01-01').toBe(true);
  });

  it.each([
    ['环境', 'huán jìng', 'environment', 3],
    ['行业', 'háng yè', 'trade; profession; industry; business', 4],
    ['中和', 'zhōng hé', 'to neutralize', undefined],
    ['碳中和', 'tàn zhōng hé', 'carbon neutrality', undefined],
    ['排放', 'pái fàng', 'to emit; to discharge', 7],
    ['可再生', 'kě zài shēng', 'renewable', undefined],
    ['污染', 'wū rǎn', 'to pollute; to contaminate', 5],
    ['二氧化碳', 'èr yǎng huà tàn', 'carbon dioxide CO2', 7],
    ['绿色', 'lǜ sè', 'green', 2],
    ['发展', 'fā zhǎn', 'development', 3],
    ['温室气体', 'wēn shì qì tǐ', 'greenhouse gas', undefined],
    ['生态', 'shēng tài', 'ecology', 7],
  ])('%s: %s, "%s", HSK %s', (word, pinyin, sense, hsk) => {
    const info = dict.lookup(word);
    expect(info.entries[0]?.pinyin).toBe(pinyin);
    expect(info.entries[0]?.senses.join('/')).toContain(sense);
    expect(info.hsk).toBe(hsk);
  });

  it('reads 行 both ways and traditional text', () => {
    expect(
      dict
        .lookup('行')
        .entries.map((e) => e.pinyin)
        .slice(0, 2),
    ).toEqual(['xíng', 'háng']);
    expect(dict.lookup('環境').entries[0]?.simplified).toBe('环境');
    expect(dict.lookup('碳達峰').entries).toEqual([]);
  });

  it('composes what it lacks', () => {
    expect(dict.lookup('两高').composed).toBe('two + high');
    expect(dict.lookup('碳达峰').composed).toMatch(/^carbon \+ .+/);
  });

  it('answers the same from chunks as from the whole text', async () => {
    const { header, chunks, split } = chunkPacked(packed);
    const loads: number[] = [];
    const chunked = createChunkedDictionary(header, chunkOfSplit(new Set(split)), async (ids) => {
      loads.push(ids.length);
      return new Map(ids.map((id) => [id, chunks.get(id)]));
    });
    const words = [...'环境保护行业着台臺两高碳达峰發展綠色低碳循环经济'].flatMap((c, i, all) => [
      c,
      all.slice(i, i + 2).join(''),
      all.slice(i, i + 4).join(''),
    ]);
    expect(await chunked.lookupMany(words)).toEqual(lookupManyWith(dict, words));
    expect(await chunked.lookupAt('推进碳达峰碳中和', 4)).toEqual(dict.lookupAt('推进碳达峰碳中和', 4));
    expect(loads.length).toBeLessThanOrEqual(4);
  });

  it('answers the same from the parts of the file as shipped, and from its bytes undecoded', async () => {
    const bytes = new TextEncoder().encode(packed);
    const parts = partsOf(bytes);
    const decoder = new TextDecoder();
    const read: string[] = [];
    const fromParts = createChunkedDictionary(readPackHeader(parts.header), partOf(parts), async (ids) => {
      read.push(...ids);
      return new Map(ids.map((id) => [id, decoder.decode(bytes.subarray(...partRange(parts, id)))]));
    });
    const lastSimplified = parts.s.at(-1)?.[0] ?? '';
    const lastTraditional = parts.t.at(-1)?.[0] ?? '';
    const words = ['环境', '環境', '行', '着', '两高', '碳达峰', '發展', lastSimplified, lastTraditional];
    const answers = await fromParts.lookupMany(words);
    expect(answers).toEqual(lookupManyWith(dict, words));
    // The last headword of each section, in the last part, is found.
    expect(answers.slice(-2).map((a) => a.entries.length > 0)).toEqual([true, true]);
    expect(await fromParts.lookupAt('推进碳达峰碳中和', 4)).toEqual(dict.lookupAt('推进碳达峰碳中和', 4));
    expect(read.length).toBeLessThan(60);
    const fromBytes = createDictionary(bytes);
    expect(words.map((w) => fromBytes.lookup(w))).toEqual(lookupManyWith(dict, words));
  });
});
