import type { SavedTerm } from '../../core/export/types';

/**
 * A saved term as the database holds it: the exported shape plus fields derived from it for the
 * indexes (added in schema version 2; recomputed on every write, never exported).
 */
export interface StoredTerm extends SavedTerm {
  /** Host names of the pages the term was saved from ("www.mee.gov.cn"). */
  sites: string[];
  /** Toneless pinyin run together, for sorting by pinyin ("tanzhonghe"). */
  pinyinKey: string;
}

export type TermId = [term: string, pinyin: string];

export type { SavedContext, SavedTerm } from '../../core/export/types';
