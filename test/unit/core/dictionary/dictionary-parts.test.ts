import { describe, expect, it } from 'vitest';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { createDictionary } from '@/core/dictionary/dictionary';
import { createChunkedDictionary } from '@/core/dictionary/dictionary-chunked';
import { packDictionary, TRADITIONAL_SECTION } from '@/core/dictionary/dictionary-pack';
import { parseParts, partOf, partRange, partsOf } from '@/core/dictionary/dictionary-parts';
import { readPackHeader } from '@/core/dictionary/dictionary-source';
import { excerptText } from './excerpt';

const packed = packDictionary(parseCedict(excerptText));
const bytes = new TextEncoder().encode(packed);
/** Every key of both sections, first line to last. */
const keys = packed
  .split('\n')
  .slice(1)
  .filter((line) => line && line !== TRADITIONAL_SECTION)
  .map((line) => line.slice(0, line.indexOf('\t')));

/** The dictionary over parts of `partBytes`, reading each range from the bytes; records the ranges read. */
function fromParts(partBytes: number) {
  const parts = parseParts(JSON.stringify(partsOf(bytes, partBytes)));
  const decoder = new TextDecoder();
  const read: string[] = [];
  const dict = createChunkedDictionary(readPackHeader(parts.header), partOf(parts), async (ids) => {
    read.push(...ids);
    return new Map(ids.map((id) => [id, decoder.decode(bytes.subarray(...partRange(parts, id)))]));
  });
  return { dict, parts, read };
}

describe('the packed file in parts', () => {
  const whole = createDictionary(packed);

  it('answers every headword, the first and the last of each section included, as the whole text does', async () => {
    const { dict, parts } = fromParts(120);
    expect(parts.s.length).toBeGreaterThan(10);
    expect(parts.t.length).toBeGreaterThan(1);
    const words = [...new Set(keys)];
    expect(words).toContain(keys.at(-1)); // the last traditional key, in the last part
    expect(await dict.lookupMany(words)).toEqual(words.map((w) => whole.lookup(w)));
    expect(await dict.lookupAt('实现碳中和', 2)).toEqual(whole.lookupAt('实现碳中和', 2));
  });

  it('finds a word of the last part on a first lookup, reading only a few parts', async () => {
    const { dict, parts, read } = fromParts(120);
    const last = parts.s.at(-1)?.[0] ?? '';
    expect(last).not.toBe('');
    expect((await dict.lookupMany([last]))[0]).toEqual(whole.lookup(last));
    expect(read).toContain(`s${parts.s.length - 1}`);
    expect(read.length).toBeLessThan(parts.s.length + parts.t.length);
  });

  it('keeps the lines of one headword in one part', () => {
    const parts = partsOf(bytes, 1);
    const firstKeys = parts.s.map(([key]) => key);
    expect(new Set(firstKeys).size).toBe(firstKeys.length);
    expect(parts.s[0]).toEqual([keys[0], packed.indexOf('\n') + 1]);
  });

  it('refuses a parts list that is not one', () => {
    expect(() => parseParts('{"header":"x"}')).toThrow(/not a list of dictionary parts/);
  });

  it('searches the bytes of the file undecoded with the same answers as its text', () => {
    const fromBytes = createDictionary(bytes);
    for (const word of [...new Set(keys), '', '不在词典里', 'zzz'])
      expect(fromBytes.lookup(word)).toEqual(whole.lookup(word));
    expect(fromBytes.lookupAt('实现碳中和', 2)).toEqual(whole.lookupAt('实现碳中和', 2));
  });
});
