import type { GlossaryCategory, GlossaryExample } from '../../types';

/** One article of the corpus, as the text core's normaliser gives it. */
export interface CorpusArticle {
  title: string;
  paragraphs: string[];
  source: string;
}

/** A sentence of the corpus, with the article it belongs to (for examples). */
export interface CorpusSentence {
  text: string;
  article: string;
  /** Index of the article in the corpus (different articles make a term's use independent). */
  articleIndex: number;
}

/**
 * What the learner knows about general Chinese (from registry packages) and about the field (`fieldWords`, from
 * the policy corpus of statutes); never anything from the text being learned.
 */
export interface LearnReference {
  /** General-dictionary words → cost, -ln(probability) in tenths of a nat (the segmenter's dictionary). */
  cost: ReadonlyMap<string, number>;
  /** Cost given to a string the dictionary does not know. */
  unknownCost: number;
  /** Word boundaries: the text core's segmenter, returning the tokens of a chunk of text in order. */
  tokens(text: string): string[];
  /** Person and place names the general dictionary marks as such (segmentit's nr/ns tags). */
  names?: ReadonlySet<string>;
  /**
   * Words the general dictionary tags only as adverbs, prepositions, conjunctions, pronouns, numerals or
   * time words (segmentit's tags): a phrase that starts with one is not a term (进一步加大, 今年上半年).
   */
  governing?: ReadonlySet<string>;
  /** Words tagged only as verbs: a verb before a more frequent term makes a clause (普及生态文明). */
  verbs?: ReadonlySet<string>;
  /** Words tagged as nouns and never as verbs (segmentit's n). */
  nouns?: ReadonlySet<string>;
  /**
   * Adjectives and distinguishing words never tagged as verbs (清洁, 绿色, 合理, 及时): before a verb they are
   * either an attribute of a compound (清洁生产) or an adverb (合理利用); the lexicon learner tells which.
   */
  modifiers?: ReadonlySet<string>;
  /**
   * Words of the field from the policy corpus (./field-words.ts), not from the text being learned: rare in
   * general Chinese, yet used across many statutes. A term that is one, or ends in one, belongs to the field.
   */
  fieldWords?: ReadonlySet<string>;
}

/** Every piece of evidence the scorer weighs; each adds to or subtracts from the score (see score.ts). */
export type SignalName =
  | 'recurrent'
  | 'cohesive'
  | 'free-context'
  | 'novel'
  | 'rare-general'
  | 'common-general'
  | 'domain-head'
  | 'domain-prefix'
  | 'domain-word'
  | 'quoted'
  | 'numbered'
  | 'enumerated'
  | 'parallel-list'
  | 'titled'
  | 'title-form'
  | 'glossed'
  | 'code'
  | 'measured'
  | 'reformed'
  | 'contracted'
  | 'loose-phrase'
  | 'spread';

export interface LearnedTerm {
  term: string;
  frequency: number;
  score: number;
  /** Human-readable evidence, e.g. "quoted ×3", "enumerated with 技术节能", "cohesion 5.2". */
  signals: string[];
  category: GlossaryCategory;
  examples: GlossaryExample[];
}

export interface LearnOptions {
  /** Minimum score a term needs (default: DEFAULT_THRESHOLD in score.ts). */
  threshold?: number;
  /** Examples kept per term (default 2). */
  examples?: number;
  /** Called with the reason each rejected candidate was dropped (for tuning and `learn --explain`). */
  trace?: (term: string, reason: string) => void;
}
