/**
 * Terms learned from the page itself: a run of 2–4 reading units that the page repeats, that no lexicon
 * knows as one unit (the segmenter would have made it one), and that holds together as a term does
 * (碳效|码 three times on a page about 碳效码). The test is the domain lexicon's own (core/segment/
 * learn-lexicon.ts: recurrence, cohesion of the words, varied neighbours, no function word at an edge or
 * particle inside), run over one document: the page's paragraphs as the background annotated them.
 */
import { runSteps } from '../../run-steps';
import { UNIT_FREE } from '../../segment/composed-units';
import { type LexiconTerm, type LexiconWord, learnLexiconSteps } from '../../segment/learn-lexicon';
import {
  ADVERBS,
  isEdgeWord,
  LIGHT_VERBS,
  LINK_WORDS,
  LOCATIVE_WORDS,
  MODAL_VERBS,
  PREDICATE_VERBS,
} from '../../segment/lexicon-words';
import { UNIT_FUNCTION, UNIT_LEXICON, UNIT_VERB } from '../../segment/unit-kinds';
import { unitOf } from '../../segment/unit-of';
import type { Token } from '../../types';
import { fragmentOrCounted, headless, neighboursOf } from './page-neighbours';

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
/**
 * Coordinators and the list's 等 after a run: it is an item of a list of nouns (with a head noun after it, what
 * tells a noun and a verb used as one noun, 融资|担保|和, from a subject and its verb, which its object follows).
 */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['和', '与', '及', '以及', '等']);
const MAX_WORDS = 4;
const MAX_CHARS = 10;
/** How many times the recurrence the page asks of a run a name of whole words must reach (see nameLike). */
const NAME_RECURRENCE = 2;
/** Most of a known unit's uses on the page a name holding it may be and still be a phrase on it (nameLike). */
const MAX_SHARE = 1 / 2;

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
  /** Whether the unit trie gives the word any of the class bits `bits` (none without wordFlags). */
  const is = (word: string, bits: number) => ((wordFlags?.(word) ?? 0) & bits) !== 0;
  const isVerb = (word: string) => is(word, UNIT_VERB);
  // Beyond the lexicon's edge words, at a term's edges only: locatives (地级|以上|市人民政府 holds one inside),
  // modal verbs, the drafting's predicates, and an adverb at the end (see lexicon-words.ts).
  const pageEdgeWord = (word: string, edge: 'start' | 'end') =>
    LOCATIVE_WORDS.has(word) ||
    MODAL_VERBS.has(word) ||
    PREDICATE_VERBS.has(word) ||
    (edge === 'end' && ADVERBS.has(word));
  const innerFunctionWord = (word: string, edge: 'start' | 'end') =>
    isEdgeWord(word, edge) || is(word, UNIT_FUNCTION);
  const isFunctionWord = (word: string, edge: 'start' | 'end') =>
    innerFunctionWord(word, edge) || pageEdgeWord(word, edge);
  const lexiconTerm = (word: string) => is(word, UNIT_LEXICON);
  // A verb before a noun is the verb and its object (伪造|数据), but two verbs side by side are one
  // coordinate compound (检查|督办: both acts, one procedure).
  const wholeWordTerm = (parts: readonly string[]) =>
    parts.length === 2 &&
    (!isVerb(parts[0] as string) || isVerb(parts[1] as string)) &&
    !parts.some(lexiconTerm);
  let chars = 0;
  /** How often the page uses each word: a known unit a name holds must be mostly used in it (nameLike). */
  const uses = new Map<string, number>();
  const sentences: (readonly LexiconWord[])[] = [];
  for (const words of paragraphs) {
    if (pause()) yield;
    for (const word of words) {
      if (!word.zh) continue;
      chars += word.text.length;
      uses.set(word.text, (uses.get(word.text) ?? 0) + 1);
    }
    // A policy term is never part of a longer unit (as in reading units): it ends a run like punctuation.
    sentences.push(
      words.some((w) => w.glossaryId) ? words.map((w) => (w.glossaryId ? { ...w, zh: false } : w)) : words,
    );
  }
  const minFrequency = minCount ?? pageTermMinCount(chars);
  const terms = yield* learnLexiconSteps(
    [{ name: 'page', sentences }],
    {
      isFunctionWord,
      isLinkWord: (word) => LINK_WORDS.has(word),
      isVerb,
      isLightVerb: (word) => LIGHT_VERBS.has(word),
      minDocuments: 1,
      minFrequency,
      // Three occurrences with two different neighbours on each side (ln 3 when all three differ).
      minEntropy: 0.6,
      // A head noun (a word that ends many lexicon terms) or a list after it. Not 的 before it: that modifies
      // the noun alone (依照…的规定|执行).
      isNounFollower: (word) => NOUN_FOLLOWERS.has(word) || is(word, UNIT_FREE),
      isFreeWord: (word) => is(word, UNIT_FREE),
      maxWords: MAX_WORDS,
      maxChars: MAX_CHARS,
    },
    pause,
  );
  const neighbours = yield* neighboursOf(paragraphs, terms, pause);
  // The heads the page's own units put after a run's text (国务院财政部门 is one unit where the page names it
  // whole; its run 国务院|财政 is left where a list shares the head: 国务院财政、价格主管部门).
  const headed = new Set<string>();
  for (const word of uses.keys())
    for (let k = 2; k < word.length; k++) {
      if (is(word.slice(k), UNIT_FREE | UNIT_LEXICON)) headed.add(word.slice(0, k));
    }
  const usual = (t: LexiconTerm) =>
    t.term.length >= PAGE_TERM_MIN_CHARS &&
    t.parts.length >= 2 &&
    !t.parts.some((part, i) => innerFunctionWord(part, i === t.parts.length - 1 ? 'end' : 'start')) &&
    !pageEdgeWord(t.parts[0] as string, 'start') &&
    !pageEdgeWord(t.parts[t.parts.length - 1] as string, 'end') &&
    !t.parts.some(particleEnded) &&
    !(ADVERBS.has(t.parts[0] as string) && isVerb(t.parts[1] as string)) &&
    !(headed.has(t.term) && headless(neighbours.get(t.term))) &&
    !fragmentOrCounted(
      neighbours.get(t.term),
      (word) =>
        // A word that says nothing of the run (应当 after a subject, 的 after a modifier) tells no fragment.
        isFunctionWord(word, 'start') || isFunctionWord(word, 'end') || LINK_WORDS.has(word) || isVerb(word),
    );
  const usualTerms = terms.filter(usual);
  const kept = new Set(
    usualTerms.filter((t) => t.parts.some(bound) || (wordFlags !== undefined && wholeWordTerm(t.parts))),
  );
  // How often the page uses a run of words as a known unit: a lexicon term (one word), or one of the page's
  // own terms (碳排放|配额); 0 for any other run, which is no unit a reader would lose to a name.
  const keptUses = new Map([...kept].map((k) => [runKey(k.parts), k.frequency]));
  const knownUses = (run: readonly string[]) =>
    run.length === 1
      ? lexiconTerm(run[0] as string)
        ? (uses.get(run[0] as string) ?? 0)
        : 0
      : (keptUses.get(runKey(run)) ?? 0);
  const names = new Set(
    usualTerms.filter(
      (t) =>
        wordFlags !== undefined &&
        !kept.has(t) &&
        nameLike(t.parts, t.frequency, {
          minCount: minFrequency,
          isVerb,
          mostlyInIt: (run) => t.frequency > MAX_SHARE * knownUses(run),
        }),
    ),
  );
  return keepLongest(
    terms
      .filter((t) => kept.has(t) || names.has(t))
      .map((t) => ({ term: t.term, parts: t.parts, count: t.frequency })),
  );
}

/**
 * No page term holds a function word (清缴|其|配额 is a verb, its pronoun and the object; 猎捕|有|重要 a clause).
 *
 * A part of one character: what the segmenter leaves when it cannot read a compound as words (碳效|码,
 * 碳|汇). A run of whole words only is learned when the words' classes are known and say it is built as a
 * compound: two words (the page's repetition is good evidence that two words are one thing; three or four
 * whole words it repeats a few times are mostly a known term with a modifier or a head put to it, 全国|碳排放权|
 * 交易市场: names it repeats far more are below, nameLike),
 * the first no verb unless the second is one too (伪造|数据, 参与|交易 are a verb and its object), neither a domain-lexicon term (the
 * lexicon already explains 碳排放权 and 绿色金融; the page repeating them with a modifier or a head, 全国|碳排放权,
 * 绿色金融|产品, is that term in a phrase, and the reader is better served by the term's own entry), and, as the lexicon learner checks (clauseLike), no verb ending it after a noun (金融机构|开发 is a subject
 * and its verb, 项目|盲目|发展 a clause). Two whole words the page repeats as one thing (碳排放|配额,
 * 银行业|金融机构) are the unit a reader points at.
 */
const bound = (part: string) => part.length === 1;

/**
 * Beyond those, a name the page keeps repeating is one unit whatever its words: three or four whole words
 * (土壤|污染|责任人, 地方|重点|保护|野生动物) or a lexicon term with a word put to it (林业|主管部门, 国务院|
 * 水行政主管部门, 核事故|应急|协调|委员会). What tells such a name from a phrase on a term is that the page
 * uses it as a fixed designation, over and over: a modifier or a scope word put to a term in passing
 * (严重|污染环境, 全国|海洋生态) recurs a few times, a designation the page refers to by it many more, so such a
 * run must recur NAME_RECURRENCE times as often as the page asks of a run. And it is built as a noun phrase: no
 * verb begins it (防治|船舶, 没收|野生动物 are a verb and its object) and none ends it (青藏高原|生态|保护,
 * 部门|责令改正 are a subject and its verb, 清洁生产|综合|协调 a fragment of a clause). A lexicon term of two
 * verbs (建立健全, 责令改正) counts as a verb. And the page never breaks it up (the nested-term idea of C-value):
 * a known unit it holds, a domain-lexicon term, is used inside it in more than half of the page's uses of that
 * term. A term the page mostly uses on its own, and sometimes with a scope word or a modifier put to it (全省|
 * 生态补偿 on a page about 生态补偿), is that term in a phrase, and the reader is better served by the term's own
 * entry; a run that recurs only inside a longer name (the lexicon term before the name's head, the name
 * without its head) is a fragment, and one of its parts is then used mostly outside it. As the learner's
 * free-head check does for a known unit with a free head after it (core/segment/free-extensions.ts). The
 * cohesion and neighbour checks are the learner's as for any run, and the popup still shows the name's parts.
 */
function nameLike(
  parts: readonly string[],
  count: number,
  {
    minCount,
    isVerb,
    mostlyInIt,
  }: {
    minCount: number;
    isVerb: (word: string) => boolean;
    /** Whether the page uses a run of the name's words mostly inside the name, if it is a known unit. */
    mostlyInIt: (run: readonly string[]) => boolean;
  },
): boolean {
  const verbal = (word: string) =>
    isVerb(word) || (word.length === 4 && isVerb(word.slice(0, 2)) && isVerb(word.slice(2)));
  return (
    count >= NAME_RECURRENCE * minCount &&
    !verbal(parts[0] as string) &&
    !verbal(parts[parts.length - 1] as string) &&
    shorterRuns(parts).every(mostlyInIt)
  );
}

/** A part ending in the particle 的 is a cut of the segmenter, a modifier and its 的 (名录|中的, 断|面的). */
const particleEnded = (part: string) => part.length >= 2 && part.endsWith('的');

/** Every run of the words but all of them (碳排放|配额 and 年度 … of 年度|碳排放|配额). */
function shorterRuns(parts: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j <= parts.length; j++) if (j - i < parts.length) runs.push(parts.slice(i, j));
  return runs;
}

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

/** A run of words as one map key: two runs are the same words exactly when their keys are equal. */
function runKey(run: readonly string[]): string {
  return run.join('\u0000');
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
