/**
 * What the unit trie's cost field says about a string (./reading-unit-data.ts): the entry is a CC-CEDICT
 * headword, a domain-lexicon term, or both; the field may also hold a word's roles in composed units
 * (./composed-units.ts), which make no entry.
 */
import { NO_WORD } from './word-trie';

/** Cost-field flags of the unit trie: the entry is a CC-CEDICT headword, a domain-lexicon term, or both. */
export const UNIT_CEDICT = 1;
export const UNIT_LEXICON = 2;
/** Either kind: the cost field also holds word roles (./composed-units.ts), which are no entry. */
export const UNIT_ENTRY = UNIT_CEDICT | UNIT_LEXICON;

/**
 * Word classes from the general dictionary's part-of-speech tags (segmentit's), which make no entry either:
 * the page-term learner (core/glossary/learn/page-terms.ts) reads them in the browser, where the tagged word
 * lists are not shipped, to tell a term (碳排放|配额) from a clause (伪造|数据, 金融机构|开发) on a page.
 */
/** Tagged only as a verb. */
export const UNIT_VERB = 32;
/** Tagged only as a function word: adverb, preposition, conjunction, pronoun, time word, numeral, particle. */
export const UNIT_FUNCTION = 64;
export const UNIT_CLASSES = UNIT_VERB | UNIT_FUNCTION;

/** True when a trie node's cost marks a unit entry (not a bare word role, not an inner node). */
export function isUnitEntry(cost: number): boolean {
  return cost !== NO_WORD && (cost & UNIT_ENTRY) !== 0;
}
