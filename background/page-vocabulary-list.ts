import { PAGE_WORDS_MAX } from '@/protocol/page-vocabulary';
import type { PageWordCount } from './page-words';

export interface PageVocabularyRow extends PageWordCount {
  word: string;
  known: boolean;
}

/**
 * The This page tab's rows from the page's word counts: policy terms (known or not) and the words not
 * known yet, most frequent first (ties by word, so the order never depends on reading order), with the
 * share of the page's words that are known.
 */
export function pageVocabularyList(
  counts: ReadonlyMap<string, PageWordCount>,
  known: ReadonlySet<string>,
  max: number = PAGE_WORDS_MAX,
): { rows: PageVocabularyRow[]; total: number; known: number; more: number } {
  let total = 0;
  let knownCount = 0;
  const rows: PageVocabularyRow[] = [];
  for (const [word, c] of counts) {
    total += c.count;
    const isKnown = known.has(word);
    if (isKnown) knownCount += c.count;
    if (c.glossaryId !== undefined || !isKnown) rows.push({ word, ...c, known: isKnown });
  }
  rows.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { rows: rows.slice(0, max), total, known: knownCount, more: Math.max(0, rows.length - max) };
}
