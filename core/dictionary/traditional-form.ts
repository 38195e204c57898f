import type { DictEntry } from '../types';

/**
 * Whether CC-CEDICT marks an entry's traditional form as a variant of the word itself: 逼's row with 偪
 * reads "variant of 逼[bi1]", 吃's with 喫 "variant of 吃[chi1]", 才's with 纔 "(variant of 才[cai2]) …".
 */
function isVariantOf(entry: DictEntry, word: string): boolean {
  const marker = new RegExp(`variant of ${word}(?![\\p{Script=Han}])`, 'u');
  return [...entry.senses, ...(entry.references ?? [])].some((s) => marker.test(s));
}

/**
 * The traditional form to show beside a simplified word: that of the first entry (put the reading read
 * in context first, see entriesInContext) whose simplified form is the word and that is not marked a
 * variant. 逼 has none (its only other form, 偪, is a variant), 干 read gàn is 幹 and read gān 乾, 面 read
 * miàn (face) none. Undefined when that entry is written the same in both scripts, or the word is itself
 * traditional.
 */
export function traditionalForm(word: string, entries: readonly DictEntry[]): string | undefined {
  const main = entries.find((e) => e.simplified === word && !isVariantOf(e, word));
  return main && main.traditional !== word ? main.traditional : undefined;
}
