import { describe, expect, it } from 'vitest';
import { parseWordReadings, serializeWordReadings } from '@/core/pinyin/word-readings';
import { decodeWordReadings, encodeWordReadings } from '@/core/pinyin/word-readings-binary';

const source = {
  words: new Map([
    ['率先', 'shuai4 *'],
    ['一会儿', '* hui4 r5'],
    ['一下儿', '* * r5'],
    ['一下', '* xia4'],
    ['𠀀字', '* zi4'],
  ]),
  overrides: new Map([
    ['哪儿', ['na3', 'r5']],
    ['调峰', ['tiao2', 'feng1']],
  ]),
};
const text = serializeWordReadings(source, 'a comment\nover two lines');

describe('word readings file', () => {
  it('reads exactly what the text form reads', () => {
    const packed = decodeWordReadings(encodeWordReadings(text));
    const plain = parseWordReadings(text);
    expect(packed.overrides).toEqual(plain.overrides);
    expect(packed.words.size).toBe(plain.words.size);
    for (const word of [...source.words.keys(), '一', '一下儿儿', '率', '哪儿', '', '𠀀', '字'])
      expect(packed.words.get(word)).toBe(plain.words.get(word));
  });

  it('reads bytes that do not start on a 4-byte boundary, and an empty table', () => {
    const bytes = encodeWordReadings(text);
    const shifted = new Uint8Array(bytes.length + 2);
    shifted.set(bytes, 2);
    expect(decodeWordReadings(shifted.subarray(2)).words.get('率先')).toBe('shuai4 *');
    const empty = decodeWordReadings(
      encodeWordReadings(serializeWordReadings({ words: new Map(), overrides: new Map() })),
    );
    expect(empty.words.size).toBe(0);
  });

  it('refuses to pack text the table could not search', () => {
    const unsorted = text.replace('一下\t* xia4\n', '').replace('率先\t', '一下\t* xia4\n率先\t');
    expect(() => encodeWordReadings(unsorted)).toThrow(/out of order/);
    const lateOverride = `${text}!为己任\twei2 ji3 ren4\n`.replace(/words=\d+/, 'words=8');
    expect(() => encodeWordReadings(lateOverride)).toThrow(/before the word lines/);
  });

  it('rejects a corrupt or truncated file with a clear error', () => {
    const bytes = encodeWordReadings(text);
    const damaged = (change: (copy: Uint8Array) => Uint8Array | undefined) => {
      const copy = bytes.slice();
      return () => decodeWordReadings(change(copy) ?? copy);
    };
    const setU32 = (offset: number, value: number) => (b: Uint8Array) => {
      new DataView(b.buffer).setUint32(offset, value, true);
      return undefined;
    };
    expect(damaged((b) => b.subarray(0, b.length - 1))).toThrow(/truncated/);
    expect(damaged((b) => b.subarray(0, 12))).toThrow(/too short.*truncated/);
    expect(damaged(() => new TextEncoder().encode(text))).toThrow(/bad magic/);
    expect(damaged(setU32(8, 7))).toThrow(/version 7/);
    expect(damaged(setU32(12, 1_000_000))).toThrow(/header declares/);
    // The third word line one code unit too long: the fourth would start inside a line.
    expect(
      damaged((b) => {
        b[32 + 2] = (b[32 + 2] as number) + 1;
        return undefined;
      }),
    ).toThrow(/word line 3 has a bad length/);
    expect(
      damaged((b) => {
        b[32 + 4] = (b[32 + 4] as number) + 1;
        return undefined;
      }),
    ).toThrow(/do not add up/);
    expect(damaged(setU32(28, 0))).toThrow(/word line 0 has a bad length/);
    expect(damaged(setU32(16, 5))).toThrow(/override lines/);
    expect(damaged(setU32(20, 3))).toThrow(/declared length/);
  });
});
