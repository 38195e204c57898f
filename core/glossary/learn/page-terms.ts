/**
 * Terms learned from the page itself: a run of 2–4 reading units that the page repeats, that no lexicon
 * knows as one unit (the segmenter would have made it one), and that holds together as a term does
 * (碳效|码 three times on a page about 碳效码). The test is the domain lexicon's own (core/segment/
 * learn-lexicon.ts: recurrence, cohesion of the words, varied neighbours, no function word at an edge or
 * particle inside), run over one document: the page's paragraphs as the background annotated them.
 */
import { runSteps } from '../../run-steps';
import { UNIT_FREE } from '../../segment/composed-units';
import { type LexiconWord, learnLexiconSteps } from '../../segment/learn-lexicon';
import { isEdgeWord, LIGHT_VERBS, LINK_WORDS } from '../../segment/lexicon-words';
import { UNIT_FUNCTION, UNIT_LEXICON, UNIT_VERB } from '../../segment/unit-kinds';
import { unitOf } from '../../segment/unit-of';
import type { Token } from '../../types';

/** One term the page repeats: its text, the words (reading units) it is made of, and how often it occurs. */
export interface PageTerm {
  term: string;
  parts: string[];
  count: number;
}

/** What the finder reads of a page's reading unit: a lexicon word, and its policy-glossary id if it is one. */
export type PageWord = LexiconWord & Pick<Token, 'glossaryId'>;

/** A page term is 2–4 words and at least this many characters (two-character runs are mostly phrases). */
const PAGE_TERM_MIN_CHARS = 3;
const MAX_WORDS = 4;
const MAX_CHARS = 10;

/**
 * How often a run must recur on a page of `chars` Chinese characters: three times on a page up to 20,000
 * characters, one more for each doubling past that. A long page repeats ordinary phrases by chance more
 * often, while its real terms recur more too (a 100,000-character page asks for five).
 */
export function pageTermMinCount(chars: number): number {
  return 3 + Math.max(0, Math.floor(Math.log2(Math.max(1, chars) / 20_000)));
}

export interface PageTermOptions {
  /** Asked after each run of words: true yields (the caller's chunk of work is used up). */
  pause?: () => boolean;
  /** Overrides the recurrence the page's length asks for (see pageTermMinCount). */
  minCount?: number;
  /**
   * What the unit trie says about a word (core/segment/unit-kinds.ts bits: the unit annotator's `wordFlags`):
   * its class in the general dictionary (UNIT_VERB, UNIT_FUNCTION), whether it is a domain-lexicon term
   * (UNIT_LEXICON) and whether it ends several lexicon terms (UNIT_FREE: a known unit with it after is a phrase on
   * that unit, 水土保持|措施, as in the lexicon). Without it only runs with a one-character part are learned.
   */
  wordFlags?: (word: string) => number;
}

/**
 * Finds the page's terms in steps (a generator the background's scheduler runs in short chunks).
 * `paragraphs`: each paragraph's reading units, in order. Most frequent first.
 */
export function* pageTermSteps(
  paragraphs: readonly (readonly PageWord[])[],
  { pause = () => false, minCount, wordFlags }: PageTermOptions = {},
): Generator<void, PageTerm[], unknown> {
  const isVerb = (word: string) => ((wordFlags?.(word) ?? 0) & UNIT_VERB) !== 0;
  const isFunctionWord = (word: string, edge: 'start' | 'end') =>
    isEdgeWord(word, edge) || ((wordFlags?.(word) ?? 0) & UNIT_FUNCTION) !== 0;
  const lexiconTerm = (word: string) => ((wordFlags?.(word) ?? 0) & UNIT_LEXICON) !== 0;
  // A verb before a noun is the verb and its object (伪造|数据), but two verbs side by side are one
  // coordinate compound (检查|督办: both acts, one procedure).
  const wholeWordTerm = (parts: readonly string[]) =>
    parts.length === 2 &&
    (!isVerb(parts[0] as string) || isVerb(parts[1] as string)) &&
    !parts.some(lexiconTerm);
  let chars = 0;
  const sentences: (readonly LexiconWord[])[] = [];
  for (const words of paragraphs) {
    if (pause()) yield;
    for (const word of words) if (word.zh) chars += word.text.length;
    // A policy term is never part of a longer unit (as in reading units): it ends a run like punctuation.
    sentences.push(
      words.some((w) => w.glossaryId) ? words.map((w) => (w.glossaryId ? { ...w, zh: false } : w)) : words,
    );
  }
  const terms = yield* learnLexiconSteps(
    [{ name: 'page', sentences }],
    {
      isFunctionWord,
      isLinkWord: (word) => LINK_WORDS.has(word),
      isVerb,
      isLightVerb: (word) => LIGHT_VERBS.has(word),
      minDocuments: 1,
      minFrequency: minCount ?? pageTermMinCount(chars),
      // Three occurrences with two different neighbours on each side (ln 3 when all three differ).
      minEntropy: 0.6,
      isFreeWord: (word) => ((wordFlags?.(word) ?? 0) & UNIT_FREE) !== 0,
      maxWords: MAX_WORDS,
      maxChars: MAX_CHARS,
    },
    pause,
  );
  return keepLongest(
    terms
      .filter(
        (t) =>
          t.term.length >= PAGE_TERM_MIN_CHARS &&
          t.parts.length >= 2 &&
          !t.parts.some((part, i) => isFunctionWord(part, i === t.parts.length - 1 ? 'end' : 'start')) &&
          (t.parts.some(bound) || (wordFlags !== undefined && wholeWordTerm(t.parts))),
      )
      .map((t) => ({ term: t.term, parts: t.parts, count: t.frequency })),
  );
}

/**
 * No page term holds a function word (清缴|其|配额 is a verb, its pronoun and the object; 猎捕|有|重要 a clause).
 *
 * A part of one character: what the segmenter leaves when it cannot read a compound as words (碳效|码,
 * 碳|汇). A run of whole words only is learned when the words' classes are known and say it is built as a
 * compound: two words (the page's repetition is good evidence that two words are one thing; three or four
 * whole words it repeats are mostly a known term with a modifier or a head put to it, 全国|碳排放权|交易市场),
 * the first no verb unless the second is one too (伪造|数据, 参与|交易 are a verb and its object), neither a domain-lexicon term (the
 * lexicon already explains 碳排放权 and 绿色金融; the page repeating them with a modifier or a head, 全国|碳排放权,
 * 绿色金融|产品, is that term in a phrase, and the reader is better served by the term's own entry), and, as the lexicon learner checks (clauseLike), no verb ending it after a noun (金融机构|开发 is a subject
 * and its verb, 项目|盲目|发展 a clause). Two whole words the page repeats as one thing (碳排放|配额,
 * 银行业|金融机构) are the unit a reader points at.
 */
const bound = (part: string) => part.length === 1;

/** The page's terms, all at once (tests, the command line, benchmarks). */
export function findPageTerms(
  paragraphs: readonly (readonly PageWord[])[],
  options: Omit<PageTermOptions, 'pause'> = {},
): PageTerm[] {
  return runSteps(pageTermSteps(paragraphs, options));
}

/**
 * A run found only inside a longer term (碳效 + 码 inside 企业 + 碳效 + 码, as often as it) is that term's
 * fragment: only the longer one is kept. A run that also occurs on its own is kept beside it. Inside means
 * as words, as withPageTerms joins them: 集中 + 处理 is no part of 城镇 + 污水集中处理设施 (the longer
 * term's word holds its text), so the longer term's count says nothing of it and both are kept.
 */
function keepLongest(terms: PageTerm[]): PageTerm[] {
  return terms.filter(
    (inner) =>
      !terms.some(
        (outer) => outer !== inner && outer.count >= inner.count && holdsRun(outer.parts, inner.parts),
      ),
  );
}

/** Whether `run` is a run of `words`' words (the same words, side by side). */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((word, k) => words[i + k] === word)) return true;
  return false;
}

/**
 * A paragraph's reading units with the page's terms joined into one unit each (碳效 + 码 → 碳效码, its
 * parts the two words, `pageTerm` set), so that marks, hover and save work on them as on any unit.
 * Idempotent: a joined unit is no longer a run of its words.
 */
export function withPageTerms(tokens: readonly Token[], terms: readonly PageTerm[]): Token[] {
  if (terms.length === 0) return [...tokens];
  const byFirst = new Map<string, PageTerm[]>();
  for (const term of [...terms].sort((a, b) => b.parts.length - a.parts.length)) {
    const first = term.parts[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  }
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const match = token.zh
      ? byFirst.get(token.text)?.find((term) => runAt(tokens, i, term.parts))
      : undefined;
    if (!match) {
      out.push(token);
      continue;
    }
    out.push({ ...unitOf(tokens, i, i + match.parts.length), pageTerm: true });
    i += match.parts.length - 1;
  }
  return out;
}

/** Whether tokens[at..] are `parts`, Chinese and side by side (no gap between them). */
function runAt(tokens: readonly Token[], at: number, parts: readonly string[]): boolean {
  return parts.every((part, k) => {
    const token = tokens[at + k];
    const before = tokens[at + k - 1];
    return !!token?.zh && token.text === part && (k === 0 || before?.end === token.start);
  });
}
