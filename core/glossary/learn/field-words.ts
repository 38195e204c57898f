/**
 * Words of the field, learned from a policy corpus (the statutes of seeds/corpus/laws): a word the general
 * dictionary rates rare (cost at least RARE_COST) that many of the corpus's documents use (名录, 贮存, 查封)
 * is the field's vocabulary, not one writer's choice. The term learner weighs it as evidence that a term
 * ending in it belongs to the field; nothing is taken from the text being learned. Pure: the caller
 * segments the documents.
 */
import { RARE_COST } from './score';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** In how many documents of the corpus a word must occur. */
export const FIELD_WORD_DOCUMENTS = 5;

export function fieldWordsOf(
  /** Each document's words. */
  documents: Iterable<Iterable<string>>,
  /** The general dictionary's cost of a word; a word it does not know (numerals, names) is never a field word. */
  cost: ReadonlyMap<string, number>,
  minDocuments = FIELD_WORD_DOCUMENTS,
): Set<string> {
  const spread = new Map<string, number>();
  for (const words of documents) {
    for (const word of new Set(words)) {
      if (word.length < 2 || !HAN_ONLY.test(word) || (cost.get(word) ?? 0) < RARE_COST) continue;
      spread.set(word, (spread.get(word) ?? 0) + 1);
    }
  }
  return new Set([...spread].filter(([, n]) => n >= minDocuments).map(([word]) => word));
}
