import type { WordInfo } from '../core/types';
import { LIMITS, type MessageData } from './messages';

export interface SaveTermSource {
  term: string;
  /** The reading to keep: the token's reading in its sentence (popup) or the dictionary's (context menu). */
  pinyin: string;
  /** What the dictionary knows of the term; its English and glossary entry go into the saved term. */
  info: WordInfo | null | undefined;
  sentence: string;
  pageTitle: string;
  url: string;
}

/**
 * The one `saveTerm` payload, for the word popup and the context menu alike: English from the glossary
 * first, else the first three senses, else the gloss composed from the parts; every text cut to the
 * protocol's limits so a long sentence, title or URL never makes the background refuse the save.
 */
export function saveTermPayload(source: SaveTermSource): MessageData<'saveTerm'> {
  const { info } = source;
  const glossary = info?.glossary;
  return {
    term: source.term,
    pinyin: source.pinyin,
    english: glossary?.english ?? info?.entries[0]?.senses.slice(0, 3).join('; ') ?? info?.composed ?? '',
    sentence: source.sentence.slice(0, LIMITS.sentenceChars),
    pageTitle: source.pageTitle.slice(0, LIMITS.pageTitleChars),
    url: source.url.slice(0, LIMITS.urlChars),
    ...(glossary ? { glossaryId: glossary.id, category: glossary.category } : {}),
  };
}
