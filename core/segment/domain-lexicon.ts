/**
 * The shipped domain lexicon (public/data/domain-lexicon.json): terms learned from the policy corpus
 * (./learn-lexicon.ts) with their words, reading and English. `english` is CC-CEDICT's first sense when
 * the term is a headword, the reviewed rendering (seeds/lexicon-reviewed.tsv) when someone wrote one,
 * otherwise composed from the parts' meanings, and `source` says which, so the popup can mark a composed
 * gloss as unreviewed. The policy glossary stays above it: a glossary term is never a lexicon entry.
 */

export const DOMAIN_LEXICON_FILE = 'domain-lexicon.json';

export type LexiconSource = 'cedict' | 'reviewed' | 'composed';

export interface LexiconEntry {
  term: string;
  /** The words it is built from. */
  parts: string[];
  pinyin: string;
  english: string;
  source: LexiconSource;
  frequency: number;
  /** In how many corpus documents it occurs. */
  documents: number;
}

const SOURCES: readonly string[] = ['cedict', 'reviewed', 'composed'];

/** Reads the shipped file; throws naming what is wrong rather than shipping half a lexicon. */
export function parseDomainLexicon(text: string): LexiconEntry[] {
  const data = JSON.parse(text) as unknown;
  if (!Array.isArray(data)) throw new Error(`${DOMAIN_LEXICON_FILE}: expected an array of entries`);
  return data.map((entry: Partial<LexiconEntry>, i) => {
    if (
      typeof entry?.term !== 'string' ||
      !Array.isArray(entry.parts) ||
      typeof entry.english !== 'string' ||
      !SOURCES.includes(entry.source as string)
    ) {
      throw new Error(`${DOMAIN_LEXICON_FILE}: entry ${i} is malformed`);
    }
    return entry as LexiconEntry;
  });
}
