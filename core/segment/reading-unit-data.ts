/**
 * The reading units' entries in their shipped form: public/data/reading-units.bin, a word trie (the
 * segmenter's format, core/segment/word-trie-binary.ts) over every CC-CEDICT headword and domain-lexicon term
 * of two or more characters, whose cost field holds UNIT_CEDICT | UNIT_LEXICON (./unit-kinds.ts), the
 * words' roles in composed units (./composed-units.ts), and the word classes of those words and of single
 * characters (UNIT_VERB | UNIT_FUNCTION, for the page-term learner).
 * Built by scripts/data/reading-units.ts; the service worker wraps the fetched bytes without parsing.
 */

import { UNIT_CEDICT, UNIT_CLASSES, UNIT_LEXICON } from './unit-kinds';
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
  /**
   * Word classes (UNIT_VERB | UNIT_FUNCTION bits), kept for the words above and for single characters only:
   * nearly every word the segmenter makes is a CC-CEDICT headword, so the classes add no words to the file.
   */
  classes: ReadonlyMap<string, number> = new Map(),
): WordTrie {
  const kinds = new Map<string, number>();
  const add = (word: string, kind: number) => {
    if (word.length < 2 || word.length > MAX_UNIT_LENGTH || /\s/u.test(word)) return;
    kinds.set(word, (kinds.get(word) ?? 0) | kind);
  };
  for (const word of cedict) add(word, UNIT_CEDICT);
  for (const term of lexicon) add(term, UNIT_LEXICON);
  for (const [word, role] of roles) add(word, role);
  for (const [word, flags] of classes) {
    const known = kinds.get(word);
    if (known !== undefined) kinds.set(word, known | (flags & UNIT_CLASSES));
    else if (word.length === 1 && flags & UNIT_CLASSES) kinds.set(word, flags & UNIT_CLASSES);
  }
  return buildWordTrie(kinds);
}

export function encodeUnitTrie(trie: WordTrie): Uint8Array {
  return encodeWordTrie(trie, 0);
}

/** Reads the shipped file; throws on one that is not a trie file (wrong format, version or truncated). */
export function decodeUnitTrie(bytes: ArrayBuffer | Uint8Array): WordTrie {
  return decodeWordTrie(bytes).trie;
}
