/** What the toolbar popup's This page tab shows: the reply of `getPageVocabulary`. */

/** One word of the page: a policy term, or a word the reader does not know yet. */
export interface PageWord {
  word: string;
  pinyin: string;
  english: string;
  /** How often it occurs in what Tanci has read of the page. */
  count: number;
  /** Set for a policy-glossary term. */
  glossaryId?: string;
  category?: string;
  saved: boolean;
  known: boolean;
  /** The sentence of its first occurrence on the page. */
  sentence: string;
}

export interface PageVocabulary {
  /** The page's address ('' when not known). */
  url: string;
  /** Most frequent first; at most PAGE_WORDS_MAX. */
  words: PageWord[];
  /** Chinese words (occurrences) read on the page. */
  total: number;
  /** Of those, how many are known (marked known or within the HSK setting). */
  known: number;
  /** Distinct words left out past PAGE_WORDS_MAX. */
  more: number;
}

/**
 * Rows the tab lists: a long page has thousands of distinct words and a reader scans the top. 300 rows took
 * 235 ms from click to paint on a 100,000-character page (this-page-bench.ts); the rest is counted in `more`.
 */
export const PAGE_WORDS_MAX = 100;
