/**
 * An annotator whose tokens are reading units: the word annotator's tokens (words, with pinyin read in
 * context and glossary ids) grouped by ./reading-units.ts. What the background hands to pages: marks,
 * hover, save, copy and inline pinyin all work on these; each unit keeps its words as `parts`.
 */
import type { Token } from '../types';
import type { UnitGrouper } from './reading-units';

export interface ParagraphAnnotator {
  annotate(paragraph: string): Token[];
}

/** A unit annotator also tells a word's entry kind and class (for the page-term learner: core/glossary/learn/page-terms.ts). */
export interface UnitAnnotator extends ParagraphAnnotator {
  wordFlags(word: string): number;
}

export function createUnitAnnotator(words: ParagraphAnnotator, grouper: UnitGrouper): UnitAnnotator {
  return { annotate: (paragraph) => grouper.group(words.annotate(paragraph)), wordFlags: grouper.wordFlags };
}
