/**
 * The language core's shared data shapes. They cross the message boundary as JSON, so they hold
 * only plain data. Owners may add optional fields; renaming or removing one breaks the protocol.
 */

/** One token of segmented text. Offsets are UTF-16 indices into the paragraph it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when the token is Chinese (Han) text. */
  zh: boolean;
  /** Tone-marked syllables separated by single spaces ("tàn zhōng hé"); "" for non-Chinese tokens. */
  pinyin: string;
  /** Tone of each syllable, 1–4, 5 for neutral; [] for non-Chinese tokens. */
  tones: number[];
  /** Set when the token is a policy-glossary term. */
  glossaryId?: string;
  /**
   * Set on a reading unit built from more than one word (温室气体 = 温室 + 气体): the words, in order, with
   * their own offsets and readings. A unit's pinyin and tones are its parts' joined. See core/segment/.
   */
  parts?: Token[];
  /** Set on a unit the page itself repeats and no lexicon knows (core/glossary/learn/page-terms.ts). */
  pageTerm?: true;
}

export const GLOSSARY_CATEGORIES = [
  'target',
  'abbreviation',
  'slogan',
  'mechanism',
  'metric',
  'pollutant',
  'campaign',
  'institution',
  'practice',
  'concept',
  'document',
] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export interface GlossaryExample {
  sentence: string;
  /** Where the sentence came from: the article's headline, or the file name. */
  source: string;
}

/** One learned policy term, as shipped in the generated glossary. */
export interface GlossaryEntry {
  /** Stable id: the term itself. */
  id: string;
  term: string;
  pinyin: string;
  /** Short English rendering ("carbon peaking"). */
  english: string;
  /** What an abbreviation stands for (两高 → 高耗能、高排放), when it is one. */
  expansion?: string;
  /** English gloss of the expansion, when there is one. */
  expansionEnglish?: string;
  /** One or two sentences a foreign reader understands. */
  explanation: string;
  category: GlossaryCategory;
  examples: GlossaryExample[];
  /** False when the English was composed by machine from the dictionary meanings of the parts. */
  reviewed: boolean;
  frequency: number;
  score: number;
  signals: string[];
}

/** One CC-CEDICT entry (one headword and reading). */
export interface DictEntry {
  simplified: string;
  traditional: string;
  /** Tone-marked pinyin, syllables separated by spaces. */
  pinyin: string;
  /** Tone of each syllable, 1–4, 5 for neutral. */
  tones: number[];
  /** Senses in dictionary order, with surnames and archaic senses moved after the common ones. */
  senses: string[];
  /** Measure words, readable ("个 gè"). */
  classifiers?: string[];
  /** Readable variant / cross-reference notes ("variant of 台 tái"). */
  references?: string[];
}

/** One reading of a word: the pinyin of one dictionary entry. */
export interface Reading {
  pinyin: string;
  tones: number[];
}

/**
 * A word as a paragraph's batch answers it: what a reader needs at a glance. The full answer (every sense,
 * classifiers, references, the glossary entry) is a `WordInfo`, asked for one word at a time on demand.
 */
export interface WordBrief {
  word: string;
  /** Every distinct reading, in the dictionary's order; [] when the dictionary does not have the word. */
  readings: Reading[];
  /** The glossary's English for a policy term, else the first sense, else the composed gloss; '' for none. */
  gloss: string;
  hsk?: number;
  /** Set when the word is a policy-glossary term. */
  glossaryId?: string;
}

/** What a reader sees for one word: every reading, HSK level, glossary entry, or a composed gloss. */
export interface WordInfo {
  word: string;
  entries: DictEntry[];
  hsk?: number;
  glossary?: GlossaryEntry;
  /** Gloss composed from the parts when neither the dictionary nor the glossary has the word. */
  composed?: string;
  /**
   * A character's reviewed English as the last part of a compound, where it differs from its first sense
   * (能 "can", in 氢能 "energy"; seeds/register-senses.tsv): a reading unit's parts show it for their last.
   */
  lastPart?: string;
}
