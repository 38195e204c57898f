/**
 * The segmenter's dictionary in its shipped form: public/data/segmenter-trie.bin, built by
 * scripts/data/segmenter-dict.ts from segmentit's word lists and CC-CEDICT's headwords. The file is the
 * word trie itself (layout in ./word-trie-binary.ts): the service worker wraps it in typed-array views
 * instead of parsing 68k lines and building a trie on every start, which was most of a cold core load.
 *
 * A word's cost is -ln(probability) in tenths of a nat, rounded to an integer.
 */
import { buildWordTrie, trieWords, type WordTrie } from './word-trie';
import { decodeWordTrie, encodeWordTrie } from './word-trie-binary';

export const SEGMENTER_DATA_FILE = 'segmenter-trie.bin';
/** Longest word (UTF-16 code units) the segmenter looks up; longer entries are dropped. */
export const MAX_WORD = 16;

/** A word list (tests, tools), or the shipped trie. */
export type SegmenterData =
  | { words: Iterable<[string, number]>; unknownCost: number }
  | { trie: WordTrie; unknownCost: number };

export function segmenterTrie(data: SegmenterData): WordTrie {
  return 'trie' in data ? data.trie : buildWordTrie(data.words, MAX_WORD);
}

/** Word → cost, for tools that look words up by text rather than walk the trie (the term learner). */
export function segmenterWordCosts(data: SegmenterData): Map<string, number> {
  if ('trie' in data) return new Map(trieWords(data.trie));
  return data.words instanceof Map ? data.words : new Map(data.words);
}

/** Reads the shipped file. Throws on a file that is not one (wrong format, version, or truncated). */
export function parseSegmenterData(bytes: ArrayBuffer | Uint8Array): SegmenterData {
  return decodeWordTrie(bytes);
}

/** Writes the shipped file. */
export function serializeSegmenterData(data: {
  words: Iterable<[string, number]>;
  unknownCost: number;
}): Uint8Array {
  for (const [word] of data.words) {
    if (word === '' || /\s/u.test(word) || word.length > MAX_WORD)
      throw new Error(`segmenter dictionary: bad word ${JSON.stringify(word)}`);
  }
  return encodeWordTrie(buildWordTrie(data.words), data.unknownCost);
}
