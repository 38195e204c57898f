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

export function createUnitAnnotator(words: ParagraphAnnotator, grouper: UnitGrouper): ParagraphAnnotator {
  return { annotate: (paragraph) => grouper.group(words.annotate(paragraph)) };
}
