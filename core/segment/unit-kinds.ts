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

/** True when a trie node's cost marks a unit entry (not a bare word role, not an inner node). */
export function isUnitEntry(cost: number): boolean {
  return cost !== NO_WORD && (cost & UNIT_ENTRY) !== 0;
}
