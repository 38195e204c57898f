/**
 * The domain lexicon's learner: runs of whole words that a policy corpus uses as one unit across its
 * documents (温室气体, 重点排放单位, 排污许可证, 县级以上地方人民政府). Words come from the word segmenter, so
 * a term is always built from whole words and a reading unit can be grouped from them.
 *
 * A run of words is a term when
 *   - it recurs, in several documents (a phrase one statute repeats is that statute's wording, not the
 *     field's vocabulary);
 *   - its words stick together: the weakest split point still has the words co-occur far more often than
 *     chance (pointwise mutual information over word counts);
 *   - what comes before and after it varies (branching entropy over neighbouring words, sentence edges
 *     counting as distinct): a run always preceded by the same word is a fragment of a longer term
 *     (排放权交易 inside 碳排放权交易);
 *   - it neither starts nor ends with a function word, and holds no particle or conjunction (a list, a
 *     clause), as the caller's `isFunctionWord` says.
 * Pure: the caller segments the documents and passes the words in.
 */
import { runSteps } from '../run-steps';
import { HAN_NUMERAL_CHARS } from '../text/han';
import type { Token } from '../types';
import { freeExtension } from './free-extensions';

/** What the learner reads of a word: its text, whether it is Chinese, its reading in context. */
export type LexiconWord = Pick<Token, 'text' | 'zh' | 'pinyin'>;

export interface LexiconDocument {
  name: string;
  /** The document's sentences as words (Token.text; Token.pinyin read in context when available). */
  sentences: readonly (readonly LexiconWord[])[];
}

export interface LexiconOptions {
  /** Words that cannot begin (`start`) or end (`end`) a term (prepositions, adverbs, pronouns, modal verbs…). */
  isFunctionWord?: (word: string, edge: 'start' | 'end') => boolean;
  /** Words that cannot be anywhere inside a term (的, 和, 及: they make lists and clauses). */
  isLinkWord?: (word: string) => boolean;
  /** Words used only as verbs (segmentit's tags): they tell a clause (主管部门|责令) from a term. */
  isVerb?: (word: string) => boolean;
  /**
   * Light verbs, which take an event noun as their object (进行, 开展, 实行): a noun and a verb after one
   * (进行|现场|检查, 推行|清洁|生产) are that noun, not a subject and its predicate.
   */
  isLightVerb?: (word: string) => boolean;
  minDocuments?: number;
  minFrequency?: number;
  /** Minimum of the left and right branching entropy, in nats. */
  minEntropy?: number;
  /** Minimum PMI (nats) at the weakest split point. */
  minCohesion?: number;
  maxWords?: number;
  maxChars?: number;
  /** A word ending this many candidates is a head noun: nothing follows it inside a term. */
  minHeadTerms?: number;
  /**
   * A word of two or more characters ending this many candidates combines freely: a known unit with it put
   * after is a phrase on that unit (./free-extensions.ts).
   */
  minFreeTerms?: number;
  /** Words known to combine freely beside what the documents show (a page's learner: the lexicon's heads). */
  isFreeWord?: (word: string) => boolean;
  /** Adjectives and distinguishing words that are not verbs (清洁, 绿色, 合理, 及时): see attributiveModifiers. */
  isModifier?: (word: string) => boolean;
  /** Nouns that are not verbs: what an attributive modifier is mostly put before. */
  isNoun?: (word: string) => boolean;
  /**
   * Words after a run that show it used as a noun (a page's learner: a head noun, a coordinator, 等).
   * A noun and a verb (融资|担保) that most of its occurrences use so (融资|担保|机构, 融资|担保|等) is one
   * compound noun, not a subject and its verb; a subject and its verb (金融机构|开发) is followed by its
   * object. Without it, no run is read so (the corpus-wide learner).
   */
  isNounFollower?: (word: string) => boolean;
}

export interface LexiconTerm {
  term: string;
  /** The words it is built from. */
  parts: string[];
  /** The reading of its words in context (the most frequent one). */
  pinyin: string;
  frequency: number;
  documents: number;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const EDGE = '\u0000';
/** A Han numeral with an optional unit or measure (五万元, 三十日, 一款): an amount, never part of a term. */
const NUMERAL = new RegExp(`^[${HAN_NUMERAL_CHARS}半]+[元年月日个项条款倍]?$`, 'u');

/**
 * How a run of words is built, not only how often it recurs, decides whether it is a term:
 *   - a noun followed by a verb-only word is a subject and its predicate (国家|鼓励, 主管部门|责令), while a
 *     verb after a verb (监督|管理, 污染|防治) or a noun after anything (排放|标准) makes a compound, and so
 *     does a verb after an attributive modifier (清洁|生产, 绿色|发展; see attributiveModifiers);
 *   - a one-character verb in front of a longer object is a verb phrase (报|国务院, 经|批准);
 *   - an amount (处|五万元|以上) is never a term.
 */
function clauseLike(
  parts: readonly string[],
  isVerb: (word: string) => boolean,
  eventNoun: boolean,
  isAttribute: (word: string) => boolean,
): boolean {
  if (parts.some((part) => NUMERAL.test(part))) return true;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const beforeLast = parts[parts.length - 2] as string;
  if (!eventNoun && isVerb(last) && !isVerb(first) && !isVerb(beforeLast) && !isAttribute(beforeLast))
    return true;
  return first.length === 1 && isVerb(first) && parts.slice(1).join('').length >= 2;
}

/**
 * True when a run is the object of light verbs often enough to be an event noun (进行|现场|检查 in several
 * places, 推行|清洁|生产): at least two of its occurrences and a quarter of them follow one. A subject and its
 * verb (国家|鼓励, 主管部门|责令) never does.
 */
function eventNounOf(left: Map<string, number>, isLightVerb: (word: string) => boolean): boolean {
  let light = 0;
  let total = 0;
  for (const [word, n] of left) {
    total += n;
    if (isLightVerb(word)) light += n;
  }
  return light >= 2 && light * 4 >= total;
}

/** True when most of a run's occurrences, and at least two, have a word after them that shows it a noun. */
function usedAsNoun(right: Map<string, number>, isNounFollower: (word: string) => boolean): boolean {
  let hits = 0;
  let total = 0;
  for (const [word, n] of right) {
    total += n;
    if (word !== EDGE && isNounFollower(word)) hits += n;
  }
  return hits >= 2 && hits * 2 > total;
}

/**
 * True when most of a run's left neighbours are counts: it is what follows one (第一|款|规定). `count`: what
 * counts, by default an amount (the page learner also takes ordinals and digits).
 */
export function countedMostly(left: ReadonlyMap<string, number>, count: RegExp = NUMERAL): boolean {
  let numerals = 0;
  let total = 0;
  for (const [word, n] of left) {
    total += n;
    if (count.test(word)) numerals += n;
  }
  return numerals * 2 > total;
}

/**
 * The modifiers the documents use as attributes: an adjective or distinguishing word put before a verb is
 * either an attribute of a compound (清洁|生产 cleaner production, 绿色|发展, 安全|生产, 公共|服务) or an adverb
 * with its verb (合理|利用, 及时|处理, 严重|污染, 非法|运输). The word's other uses tell which: one the
 * documents put before at least as many different nouns as different verbs (清洁 before 能源, 燃料, 烟气…;
 * 绿色 before 建筑, 金融, 建材…) is an attribute, while an adverb goes mostly with verbs (及时: 64 verbs, 5
 * nouns in the laws corpus). A modifier seen before no noun is no attribute.
 */
function attributiveModifiers(
  runsByDocument: readonly (readonly (readonly LexiconWord[])[])[],
  isModifier: (word: string) => boolean,
  isNoun: (word: string) => boolean,
  isVerb: (word: string) => boolean,
): Set<string> {
  const nouns = new Map<string, Set<string>>();
  const verbs = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, word: string, next: string) => {
    const set = map.get(word);
    if (set) set.add(next);
    else map.set(word, new Set([next]));
  };
  for (const runs of runsByDocument) {
    for (const run of runs) {
      for (let i = 0; i + 1 < run.length; i++) {
        const word = (run[i] as LexiconWord).text;
        if (!isModifier(word)) continue;
        const next = (run[i + 1] as LexiconWord).text;
        if (isNoun(next)) add(nouns, word, next);
        else if (isVerb(next)) add(verbs, word, next);
      }
    }
  }
  const out = new Set<string>();
  for (const [word, before] of nouns) if (before.size >= (verbs.get(word)?.size ?? 0)) out.add(word);
  return out;
}

interface Count {
  frequency: number;
  documents: number;
  lastDocument: number;
}

function runsOf(sentence: readonly LexiconWord[]): LexiconWord[][] {
  const runs: LexiconWord[][] = [];
  let run: LexiconWord[] = [];
  for (const token of sentence) {
    if (token.zh && HAN_ONLY.test(token.text)) run.push(token);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function entropy(neighbours: Map<string, number>): number {
  let total = 0;
  for (const n of neighbours.values()) total += n;
  let h = 0;
  for (const [key, n] of neighbours) {
    if (key === EDGE) h += (n / total) * Math.log(total);
    else h -= (n / total) * Math.log(n / total);
  }
  return h;
}

export function learnLexicon(
  documents: readonly LexiconDocument[],
  options: LexiconOptions = {},
): LexiconTerm[] {
  return runSteps(learnLexiconSteps(documents, options));
}

/**
 * The learner in steps: after each run of words it asks `pause` whether to yield (the background's
 * scheduler runs a page's learning in chunks of a few milliseconds between a reader's requests).
 */
export function* learnLexiconSteps(
  documents: readonly LexiconDocument[],
  options: LexiconOptions = {},
  pause: () => boolean = () => false,
): Generator<void, LexiconTerm[], unknown> {
  const {
    isFunctionWord = () => false,
    isLinkWord = () => false,
    isVerb = () => false,
    isLightVerb = () => false,
    minDocuments = 2,
    minFrequency = 3,
    minEntropy = 1,
    minCohesion = 2,
    maxWords = 4,
    maxChars = 10,
    minHeadTerms = 10,
    minFreeTerms = 5,
    isFreeWord = () => false,
    isModifier = () => false,
    isNoun = () => false,
  } = options;
  const counts = new Map<string, Count>();
  /** Single words of three or more characters: dictionary compounds the words were grouped into. */
  const compounds = new Set<string>();
  let totalWords = 0;
  const runsByDocument: LexiconWord[][][] = [];
  for (const doc of documents) {
    const runs: LexiconWord[][] = [];
    for (const sentence of doc.sentences) {
      if (pause()) yield;
      runs.push(...runsOf(sentence));
    }
    runsByDocument.push(runs);
  }

  // Only the build's learner knows word classes; a page's learner (no isModifier) skips the pass.
  const attributive = options.isModifier
    ? attributiveModifiers(runsByDocument, isModifier, isNoun, isVerb)
    : new Set<string>();
  const isAttribute = (word: string) => attributive.has(word);

  // Pass 1: how often each run of 1..maxWords words occurs, and in how many documents.
  for (const [d, runs] of runsByDocument.entries()) {
    for (const run of runs) {
      if (pause()) yield;
      totalWords += run.length;
      for (let i = 0; i < run.length; i++) {
        let text = '';
        for (let j = i; j < Math.min(run.length, i + maxWords); j++) {
          text += (run[j] as LexiconWord).text;
          if (text.length > maxChars) break;
          if (j === i && text.length >= 3) compounds.add(text);
          const count = counts.get(text);
          if (!count) counts.set(text, { frequency: 1, documents: 1, lastDocument: d });
          else {
            count.frequency++;
            if (count.lastDocument !== d) {
              count.documents++;
              count.lastDocument = d;
            }
          }
        }
      }
    }
  }

  // Pass 2: neighbours, parts and readings of the runs that recur across documents.
  interface Seen {
    parts: string[];
    left: Map<string, number>;
    right: Map<string, number>;
    readings: Map<string, number>;
  }
  const seen = new Map<string, Seen>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const runs of runsByDocument) {
    for (const run of runs) {
      if (pause()) yield;
      for (let i = 0; i < run.length; i++) {
        let text = '';
        for (let j = i; j < Math.min(run.length, i + maxWords); j++) {
          text += (run[j] as LexiconWord).text;
          if (text.length > maxChars) break;
          if (j === i) continue;
          const count = counts.get(text) as Count;
          if (count.frequency < minFrequency || count.documents < minDocuments) continue;
          let entry = seen.get(text);
          if (!entry) {
            const parts = run.slice(i, j + 1).map((w) => w.text);
            entry = { parts, left: new Map(), right: new Map(), readings: new Map() };
            seen.set(text, entry);
          }
          bump(entry.left, i > 0 ? (run[i - 1] as LexiconWord).text : EDGE);
          bump(entry.right, j + 1 < run.length ? (run[j + 1] as LexiconWord).text : EDGE);
          const pinyin = run
            .slice(i, j + 1)
            .map((w) => w.pinyin)
            .join(' ');
          if (pinyin.trim()) bump(entry.readings, pinyin);
        }
      }
    }
  }

  // A word that ends many candidates is a head noun (部门, 人民政府, 单位): a candidate that goes on past
  // one is a clause with the head as its subject (主管部门|责令, 人民政府|应当|加强), not a longer term.
  // Only a word that ends many candidates and starts few: 污染 ends 土壤污染 but starts 污染防治, so it is no head.
  const ends = new Map<string, number>();
  const starts = new Map<string, number>();
  for (const { parts } of seen.values()) {
    if (pause()) yield;
    bump(ends, parts[parts.length - 1] as string);
    bump(starts, parts[0] as string);
  }
  const isHead = (word: string) => {
    const n = ends.get(word) ?? 0;
    return n >= minHeadTerms && (starts.get(word) ?? 0) * 5 <= n;
  };
  const probability = (text: string) => (counts.get(text)?.frequency ?? 0) / totalWords;
  const terms: LexiconTerm[] = [];
  for (const [term, entry] of seen) {
    if (pause()) yield;
    const { parts } = entry;
    if (
      isFunctionWord(parts[0] as string, 'start') ||
      isFunctionWord(parts[parts.length - 1] as string, 'end')
    )
      continue;
    if (parts.slice(0, -1).some(isHead)) continue;
    if (parts.some(isLinkWord) || countedMostly(entry.left)) continue;
    // A noun and a verb after a light verb (进行|现场|检查) or mostly before a head noun or a list
    // (融资|担保|机构) is one noun, not a subject and its predicate.
    const usedAsNounHere =
      eventNounOf(entry.left, isLightVerb) ||
      (options.isNounFollower !== undefined && usedAsNoun(entry.right, options.isNounFollower));
    if (clauseLike(parts, isVerb, usedAsNounHere, isAttribute)) continue;
    if (Math.min(entropy(entry.left), entropy(entry.right)) < minEntropy) continue;
    let cohesion = Number.POSITIVE_INFINITY;
    const whole = probability(term);
    for (let k = 1; k < parts.length; k++) {
      const head = parts.slice(0, k).join('');
      const tail = parts.slice(k).join('');
      cohesion = Math.min(cohesion, Math.log(whole / (probability(head) * probability(tail))));
    }
    if (cohesion < minCohesion) continue;
    let pinyin = '';
    let best = 0;
    for (const [reading, n] of entry.readings) {
      if (n > best) {
        best = n;
        pinyin = reading;
      }
    }
    const count = counts.get(term) as Count;
    terms.push({ term, parts, pinyin, frequency: count.frequency, documents: count.documents });
  }
  const kept = new Set(terms.map((t) => t.term));
  const extensionCounts = {
    frequency: (text: string) => counts.get(text)?.frequency ?? 0,
    known: (text: string) => kept.has(text) || compounds.has(text),
    free: (word: string) => (ends.get(word) ?? 0) >= minFreeTerms || isFreeWord(word),
  };
  return terms
    .filter((t) => !freeExtension(t.parts, extensionCounts))
    .sort((a, b) => b.frequency - a.frequency || (a.term < b.term ? -1 : 1));
}
