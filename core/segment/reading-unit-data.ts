/**
 * The reading units' entries in their shipped form: public/data/reading-units.bin, a word trie (the
 * segmenter's format, core/segment/word-trie-binary.ts) over every CC-CEDICT headword and domain-lexicon term
 * of two or more characters, whose cost field holds UNIT_CEDICT | UNIT_LEXICON (./unit-kinds.ts), and the
 * words' roles in composed units (./composed-units.ts).
 * Built by scripts/data/reading-units.ts; the service worker wraps the fetched bytes without parsing.
 */

import { UNIT_CEDICT, UNIT_LEXICON } from './unit-kinds';
import { buildWordTrie, type WordTrie } from './word-trie';
import { decodeWordTrie, encodeWordTrie } from './word-trie-binary';

export const READING_UNITS_FILE = 'reading-units.bin';
/** Longest entry (UTF-16 code units) kept: longer CC-CEDICT entries are proverbs and names nobody hovers as one. */
export const MAX_UNIT_LENGTH = 16;

/** The unit trie over CC-CEDICT headwords and lexicon terms (single characters are never units). */
export function buildUnitTrie(
  cedict: Iterable<string>,
  lexicon: Iterable<string>,
  /** Words' roles in composed units (./composed-units.ts wordRoles): UNIT_MODIFIER | UNIT_HEAD bits. */
  roles: ReadonlyMap<string, number> = new Map(),
): WordTrie {
  const kinds = new Map<string, number>();
  const add = (word: string, kind: number) => {
    if (word.length < 2 || word.length > MAX_UNIT_LENGTH || /\s/u.test(word)) return;
    kinds.set(word, (kinds.get(word) ?? 0) | kind);
  };
  for (const word of cedict) add(word, UNIT_CEDICT);
  for (const term of lexicon) add(term, UNIT_LEXICON);
  for (const [word, role] of roles) add(word, role);
  return buildWordTrie(kinds);
}

export function encodeUnitTrie(trie: WordTrie): Uint8Array {
  return encodeWordTrie(trie, 0);
}

/** Reads the shipped file; throws on one that is not a trie file (wrong format, version or truncated). */
export function decodeUnitTrie(bytes: ArrayBuffer | Uint8Array): WordTrie {
  return decodeWordTrie(bytes).trie;
}
