import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '@/core/segment/segment';
import {
  parseSegmenterData,
  segmenterWordCosts,
  serializeSegmenterData,
} from '@/core/segment/segmenter-data';
import { buildWordTrie, trieCost, trieStep, trieStepSearch, trieWords } from '@/core/segment/word-trie';
import { decodeWordTrie, encodeWordTrie } from '@/core/segment/word-trie-binary';

const fixture = new Map([
  ['碳', 30],
  ['碳达峰', 40],
  ['碳中和', 45],
  ['中和', 20],
  ['达峰', 60],
  ['峰', 70],
  ['生态环境', 55],
  ['生态', 35],
  ['环境', 33],
  ['𠀀字', 90],
]);
const byCodeUnits = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

describe('segmenter trie file', () => {
  it('round-trips the word list and segments exactly as a trie built from the list', () => {
    const bytes = serializeSegmenterData({ words: fixture, unknownCost: 150 });
    const shipped = parseSegmenterData(bytes);
    expect(shipped.unknownCost).toBe(150);
    expect([...segmenterWordCosts(shipped)].sort(byCodeUnits)).toEqual([...fixture].sort(byCodeUnits));
    const fromFile = createSegmenter(shipped);
    const fromList = createSegmenter({ words: fixture, unknownCost: 150 });
    for (const text of ['碳达峰碳中和', '保护生态环境，碳中和', '𠀀字碳', 'PM2.5生态']) {
      expect(fromFile.segment(text)).toEqual(fromList.segment(text));
    }
    expect(fromFile.has('碳达峰')).toBe(true);
    expect(fromFile.has('碳达')).toBe(false);
  });

  it('round-trips any word list, prefixes and surrogates included', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'碳达峰中和a\ud840\udc00'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, fc.nat(0xfffe)), { selector: ([w]) => w }), (entries) => {
        const { trie } = decodeWordTrie(encodeWordTrie(buildWordTrie(entries), 7));
        expect([...trieWords(trie)]).toEqual([...entries].sort(byCodeUnits));
        for (const [w, cost] of entries) expect(trieCost(trie, w)).toBe(cost);
      }),
    );
  });

  it('reads bytes that do not start on a 2-byte boundary (a Node Buffer slice)', () => {
    const bytes = serializeSegmenterData({ words: fixture, unknownCost: 150 });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(trieCost(decodeWordTrie(shifted.subarray(1)).trie, '生态环境')).toBe(55);
  });

  it('rejects a corrupt or truncated file with a clear error', () => {
    const bytes = serializeSegmenterData({ words: fixture, unknownCost: 150 });
    const damaged = (change: (copy: Uint8Array) => Uint8Array | undefined) => {
      const copy = bytes.slice();
      return () => decodeWordTrie(change(copy) ?? copy);
    };
    expect(damaged((b) => b.subarray(0, b.length - 2))).toThrow(/truncated/);
    expect(damaged((b) => b.subarray(0, 10))).toThrow(/too short.*truncated/);
    expect(damaged(() => new TextEncoder().encode('#tanci-segmenter 2 words=1\n碳\t30\n'))).toThrow(
      /bad magic/,
    );
    expect(
      damaged((b) => {
        new DataView(b.buffer).setUint32(8, 1, true);
        return undefined;
      }),
    ).toThrow(/version 1, this build reads 2/);
    // One more child for the root than there are nodes: a walk could leave the arrays.
    expect(
      damaged((b) => {
        const view = new DataView(b.buffer);
        view.setUint16(24, view.getUint16(24, true) + 1, true);
        return undefined;
      }),
    ).toThrow(/child counts add up/);
    expect(
      damaged((b) => {
        new DataView(b.buffer).setUint32(12, 3, true);
        return undefined;
      }),
    ).toThrow(/header declares/);
  });

  it('refuses words the segmenter could not look up', () => {
    expect(() => serializeSegmenterData({ words: new Map([['碳 汇', 1]]), unknownCost: 1 })).toThrow(
      /bad word/,
    );
    expect(() => buildWordTrie([['碳', 0x10000]])).toThrow(/cost/);
  });
});

describe('trie walk', () => {
  it('finds the same child by binary search as by the linear scan, for any word list and code', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: fc.constantFrom(...'碳达峰中和生态环境𠀀ab'), minLength: 1, maxLength: 5 }),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        (words) => {
          const trie = buildWordTrie(words.map((w) => [w, 1] as [string, number]));
          const codes = [
            ...new Set([...words.join('')].flatMap((ch) => [...ch].map((_, i) => ch.charCodeAt(i)))),
          ];
          for (let node = 0; node < trie.code.length; node++) {
            for (const code of [...codes, 0x4e00, 0xffff]) {
              expect(trieStepSearch(trie, node, code)).toBe(trieStep(trie, node, code));
            }
          }
        },
      ),
    );
  });
});
