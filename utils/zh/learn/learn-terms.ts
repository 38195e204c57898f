/**
 * The term learner: finds the strings of a corpus that a reader of policy news needs explained, and ranks
 * them by a score built from documented evidence (score.ts). Pure: the corpus and the reference data
 * about general Chinese are handed in.
 *
 * 1. The corpus is cut into sentences, and sentences into chunks of term characters.
 * 2. Candidates are strings of 2–10 characters that either line up with word boundaries of the general
 *    segmenter (one to four words) or recur at least twice; a few more come straight from the policy
 *    signals (quoted strings, list items, defined terms).
 * 3. Each candidate collects evidence (corpus statistics, the reference dictionary, the field's morphemes,
 *    policy-writing signals); phrase fragments, numbers, people and places are rejected outright.
 * 4. Candidates scoring above the threshold are kept, minus those that never occur outside a longer kept
 *    term and have no evidence of their own.
 */
import type { GlossaryExample } from '../types';
import { categorize } from './categorize';
import {
  CODE_TERM,
  DOMAIN_PREFIXES,
  domainHead,
  domainPrefix,
  GRADE_TERM,
  hasDomainChar,
  STANDALONE_HEADS,
} from './domain-morphemes';
import type {
  CorpusArticle,
  CorpusSentence,
  LearnedTerm,
  LearnOptions,
  LearnReference,
  SignalName,
} from './learn-types';
import { looksLikePersonName, looksLikePlace } from './name-filter';
import { collectNgrams, type NgramStats } from './ngram-stats';
import {
  enumerationTerms,
  formulaTerms,
  glossedTerms,
  measuredTerms,
  quotedTerms,
  reformedTerms,
  type SignalContext,
  type SignalHit,
  titleSpans,
} from './policy-signals';
import { COMMON_COST, DEFAULT_THRESHOLD, type Evidence, RARE_COST, scoreOf } from './score';
import { BOUNDARY_CHARS, chunksOf, isHan, NO_END, NO_START, NUMERALS, SENTENCE_END } from './text-classes';

const MAX_LENGTH = 10;
const MAX_WORDS = 5;

/** One-character prefixes that begin terms (高耗能, 超低能耗, 近零能耗, 劣Ⅴ类, 非化石能源). */
const BOUND_PREFIXES = new Set([...'高低超近零非劣新总副准亚微无重可']);

/**
 * Evidence that a string belongs to the field or was marked by the writer. Without any, only a coinage
 * that the statistics single out (unknown to the dictionary, recurring, cohesive, free in context:
 * 先立后破) is kept; a known everyday word is never a term on frequency alone (排名, 大气, 投诉).
 */
const FIELD_EVIDENCE = new Set<SignalName>([
  'domain-head',
  'domain-prefix',
  'domain-word',
  'quoted',
  'numbered',
  'enumerated',
  'title-form',
  'glossed',
  'code',
  'measured',
  'reformed',
  'contracted',
]);

function fieldEvidence(term: string, evidence: readonly Evidence[], reference: LearnReference): boolean {
  const names = new Set(evidence.map((e) => e.signal));
  if ([...names].some((name) => FIELD_EVIDENCE.has(name))) return true;
  if (!(names.has('novel') && names.has('free-context') && names.has('cohesive')) || term.length < 4)
    return false;
  // A coinage the dictionary cannot parse at all (先|立|后|破), not everyday words side by side
  // (充分|发挥, 有序|做好, 处理|率|达到).
  return reference.tokens(term).every((word) => word.length === 1);
}

/** Verbs and adverbs that govern a term rather than belong to it (加强…, 推进…, 全面…). */
const GOVERNING =
  /^(加强|推进|开展|实施|建立|完善|落实|提升|强化|推动|促进|坚持|全面|进一步|积极|切实|严格|认真|加快|深入|持续|有效|做好|抓好|提高|加大|组织|制定|出台|启动|实现|确保|支持|推广|鼓励|引导|依法|按照|根据|通过|针对|围绕|开始|继续|不断|大力|共同|逐步|及时|主要|重要|一般|相关|有关|其他|各级|全市|全省|全国|全县|全区|各地|各类|本市|我市|该市|一些|部分|所有|新增)/u;
/** Time, quantity and reporting words that begin phrases of news prose, not terms. */
const PROSE_START =
  /^(今年|去年|明年|近日|目前|当前|同时|此外|其中|以来|以后|以前|以及|上半年|下半年|每年|每月|记者|本报)/u;

interface Occurrence {
  sentence: number;
  start: number;
  before: string;
  after: string;
}

interface Candidate {
  term: string;
  occurrences: Occurrence[];
  words: number;
  aligned: boolean;
  hits: SignalHit[];
  titled: number;
  titleForm: boolean;
  glossed: boolean;
}

export function corpusSentences(articles: readonly CorpusArticle[]): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  articles.forEach((article, articleIndex) => {
    for (const paragraph of article.paragraphs) {
      for (const text of paragraph.split(SENTENCE_END)) {
        if (text.trim())
          sentences.push({ text: text.trim(), article: article.title || article.source, articleIndex });
      }
    }
  });
  return sentences;
}

function candidateFor(map: Map<string, Candidate>, term: string, words: number): Candidate {
  let candidate = map.get(term);
  if (!candidate) {
    candidate = {
      term,
      occurrences: [],
      words,
      aligned: false,
      hits: [],
      titled: 0,
      titleForm: false,
      glossed: false,
    };
    map.set(term, candidate);
  }
  candidate.words = Math.min(candidate.words, words);
  return candidate;
}

/** Word boundaries inside a chunk that a term may start or end at (never inside a run of unknown single characters). */
function boundaries(
  chunk: string,
  tokens: readonly string[],
): { at: Set<number>; index: Map<number, number> } {
  const at = new Set<number>();
  const index = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const weak =
      previous !== undefined &&
      previous.length === 1 &&
      token.length === 1 &&
      isHan(previous) &&
      isHan(token) &&
      !BOUNDARY_CHARS.has(previous) &&
      !BOUNDARY_CHARS.has(token);
    if (!weak) at.add(offset);
    index.set(offset, i);
    offset += token.length;
  });
  at.add(chunk.length);
  // A code written in Latin letters ends where Han text starts (PM10|月均浓度), whatever the segmenter says.
  for (const match of chunk.matchAll(/[A-Za-z][A-Za-z0-9.+]*(?=[\u4e00-\u9fff])/gu)) {
    at.add((match.index ?? 0) + match[0].length);
  }
  index.set(chunk.length, tokens.length);
  return { at, index };
}

function collectCandidates(
  sentences: readonly CorpusSentence[],
  stats: NgramStats,
  reference: LearnReference,
): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const context: SignalContext = {
    tokens: reference.tokens,
    common: (word) => (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < COMMON_COST,
  };
  sentences.forEach((sentence, s) => {
    const titles = titleSpans(sentence.text);
    const glossed = glossedTerms(sentence.text);
    for (const chunk of chunksOf(sentence.text)) {
      const tokens = reference.tokens(chunk.text);
      const { at, index } = boundaries(chunk.text, tokens);
      for (let i = 0; i < chunk.text.length; i++) {
        for (let j = i + 2; j <= Math.min(chunk.text.length, i + MAX_LENGTH); j++) {
          const term = chunk.text.slice(i, j);
          // 12家黄牌企业: a measure word after a number starts a counted phrase, not a term.
          const counted =
            i > 0 &&
            /(?:^|[^A-Za-z0-9.])[0-9.]+$/u.test(chunk.text.slice(0, i)) &&
            tokens[index.get(i) ?? -1]?.length === 1;
          const aligned = at.has(i) && at.has(j) && !counted;
          let words = 1;
          for (let k = i + 1; k < j; k++) if (index.has(k) || at.has(k)) words++;
          if (aligned ? words > MAX_WORDS : stats.count(term) < 2) continue;
          const candidate = candidateFor(candidates, term, words);
          candidate.aligned ||= aligned;
          const start = chunk.start + i;
          const end = chunk.start + j;
          candidate.occurrences.push({
            sentence: s,
            start,
            before: sentence.text.slice(Math.max(0, start - 4), start),
            after: sentence.text.slice(end, end + 4),
          });
          const title = titles.find((span) => span.start <= start && end <= span.end);
          if (title) {
            candidate.titled++;
            const titleText = sentence.text.slice(title.start, title.end).replace(/[（(]试行[）)]$/u, '');
            if (end - title.start > titleText.length) continue;
            if (end - title.start === titleText.length && words === 1 && start > title.start)
              candidate.titleForm = true;
          }
          if (glossed.endsBefore.includes(end) && term.length >= 4) candidate.glossed = true;
        }
      }
    }
    const hits = [
      ...quotedTerms(sentence.text),
      ...formulaTerms(sentence.text),
      ...enumerationTerms(sentence.text, context),
      ...measuredTerms(sentence.text, context),
      ...reformedTerms(sentence.text, context),
      ...glossed.hits,
    ];
    for (const hit of hits) {
      const candidate = candidateFor(candidates, hit.term, reference.tokens(hit.term).length);
      candidate.hits.push(hit);
      if (candidate.occurrences.length === 0) {
        const start = sentence.text.indexOf(hit.term);
        candidate.occurrences.push({
          sentence: s,
          start,
          before: sentence.text.slice(Math.max(0, start - 4), start),
          after: sentence.text.slice(start + hit.term.length, start + hit.term.length + 4),
        });
      }
    }
  });
  return candidates;
}

/** Verbs commoner than this (in general Chinese) are governing verbs when they lead a once-seen phrase. */
const VERB_COST = 112;

/** Cost below which a word is among the most everyday words of general Chinese (问题, 干部, 领导). */
const EVERYDAY_COST = 105;

/**
 * A one-character head (…率, …量, …化) only heads a word it is not part of: 降尘量 and 网格化 end in
 * heads; 问题数量, 运维质量 and 生态环境质量恶化 end in the everyday words 数量, 质量, 恶化.
 */
function headHolds(term: string, head: { head: string }, reference: LearnReference): boolean {
  if (head.head.length > 1) return true;
  if (reference.cost.has(term.slice(-2))) return false;
  return head.head !== '化' || term.length === 3;
}

function fieldAffix(affix: string | undefined): boolean {
  if (!affix) return false;
  return (
    domainHead(affix)?.head === affix ||
    STANDALONE_HEADS.has(affix) ||
    DOMAIN_PREFIXES.has(affix) ||
    hasDomainChar(affix) ||
    /^[责制规法]$/u.test(affix)
  );
}

/**
 * Strings that run on past a term into prose: a word repeated inside (环境网格化环境监管); a title's words
 * cut mid-phrase (环境违法典型|案件, only ever seen in titles, always followed by the same character); or
 * a more frequent term followed by words that head nothing (能耗强度|降低, 环境质量|持续改善).
 */
function runOnReason(
  candidate: Candidate,
  words: readonly string[],
  candidates: ReadonlyMap<string, Candidate>,
  stats: NgramStats,
): string | undefined {
  const { term } = candidate;
  const long = words.filter((word) => word.length >= 2);
  if (new Set(long).size < long.length) return 'run-on: a word repeated inside';
  const frequency = candidate.occurrences.length;
  // Ends in a one-character word always followed by the same character: a word cut in two (碳达峰碳|中和).
  const last = words[words.length - 1] ?? '';
  const shorter = candidates.get(term.slice(0, -1))?.occurrences.length ?? 0;
  const cut = last.length === 1 && words.length >= 2 && shorter > frequency;
  if (frequency >= 2 && cut && stats.rightEntropy(term) < 1e-9) {
    return 'run-on: ends inside a word';
  }
  if (domainHead(term)) return undefined;
  if (frequency >= 2 && candidate.titled === frequency && stats.rightEntropy(term) < 1e-9) {
    return 'run-on: a title cut mid-phrase';
  }
  let offset = 0;
  for (const word of words.slice(0, -1)) {
    offset += word.length;
    const before = candidates.get(term.slice(0, offset));
    const tail = candidates.get(term.slice(offset));
    // Only for rare strings: a tail used often is a term of its own making (大气污染|防治, 总量|控制).
    if (frequency <= 3 && (before?.occurrences.length ?? 0) > frequency && (tail?.hits.length ?? 0) === 0) {
      return `run-on: ${term.slice(0, offset)} followed by prose`;
    }
  }
  return undefined;
}

function isCommon(word: string, reference: LearnReference): boolean {
  return (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < COMMON_COST;
}

/** A string that cannot be a term whatever the evidence: a phrase fragment, a number, a date. */
function malformed(term: string, vouched: boolean, reference: LearnReference): boolean {
  if (CODE_TERM.test(term) || GRADE_TERM.test(term)) return false;
  if (/^[0-9]+\+[0-9A-Za-z]+$/u.test(term)) return false;
  if (/[0-9A-Za-z.+]/u.test(term)) return true;
  const first = term[0] ?? '';
  const last = term[term.length - 1] ?? '';
  const tokens = reference.tokens(term);
  // A function character inside a dictionary word is not one (中和 ends 碳中和; 可再生 starts 可再生能源).
  const dictionaryStart = [2, 3, 4].some((k) => term.length > k && reference.cost.has(term.slice(0, k)));
  const firstAlone = (tokens[0]?.length ?? 0) === 1 && !dictionaryStart;
  const lastAlone = (tokens[tokens.length - 1]?.length ?? 0) === 1;
  // List items are cut from running text and may still begin with a conjunction or preposition
  // (和改革委员会, 对颗粒物).
  if (
    firstAlone &&
    NO_START.has(first) &&
    !BOUND_PREFIXES.has(first) &&
    !reference.cost.has(term.slice(0, 2))
  ) {
    return true;
  }
  if (vouched) return false;
  if (firstAlone && BOUNDARY_CHARS.has(first) && !reference.cost.has(term.slice(0, 2))) return true;
  if (lastAlone && BOUNDARY_CHARS.has(last) && !reference.cost.has(term.slice(-2))) return true;
  if (firstAlone && NUMERALS.has(first) && !reference.cost.has(term.slice(0, 2))) return true;
  if (GOVERNING.test(term) || PROSE_START.test(term)) return true;
  const words = reference.tokens(term);
  if (words.length < 2) return false;
  // A function word inside makes a phrase (覆盖率和绿地率, 提出了分局, 信用评价是对企业).
  const bound = BOUND_PREFIXES.has(words[0] ?? '');
  const inside = bound ? words.slice(1) : words;
  if (inside.some((word) => word.length === 1 && (NO_START.has(word) || NO_END.has(word)))) return true;
  // A one-character word that ends the word before it (网格|化考核, 市局|近日) is not a term's start;
  // bound prefixes (高|耗能, 超|低能耗, 劣|Ⅴ类) are.
  if (
    words[0]?.length === 1 &&
    (words[1]?.length ?? 0) > 1 &&
    !BOUND_PREFIXES.has(words[0]) &&
    !DOMAIN_PREFIXES.has(words[0])
  ) {
    return true;
  }
  const head = words[0] ?? '';
  // A clause (督促排污单位, 优先绿色采购) or a place-bound name (石家庄市生态环境局, 市大气办).
  if ((reference.governing?.has(head) && !bound) || reference.names?.has(head)) return true;
  return /^[省市县区乡镇]$/u.test(head);
}

function evidenceOf(
  candidate: Candidate,
  stats: NgramStats,
  reference: LearnReference,
  spread: number,
): Evidence[] {
  const { term } = candidate;
  const evidence: Evidence[] = [];
  const frequency = candidate.occurrences.length;
  if (frequency >= 2)
    evidence.push({ signal: 'recurrent', amount: Math.log(frequency), note: `frequency ${frequency}` });
  if (spread >= 2) evidence.push({ signal: 'spread', amount: 1, note: `in ${spread} articles` });
  if (frequency >= 2) {
    const h = Math.min(stats.leftEntropy(term), stats.rightEntropy(term));
    if (h >= Math.log(2) - 1e-9)
      evidence.push({ signal: 'free-context', amount: 1, note: `branching entropy ${h.toFixed(2)}` });
    const cohesion = stats.cohesion(term);
    if (cohesion >= 3)
      evidence.push({ signal: 'cohesive', amount: 1, note: `cohesion ${cohesion.toFixed(1)}` });
  }
  const cost = reference.cost.get(term);
  if (cost === undefined) {
    evidence.push({ signal: 'novel', amount: 1, note: 'not in the general dictionary' });
  } else if (cost < COMMON_COST) {
    // The commoner the word in general Chinese, the less a reader needs it explained (工作, 记者, 企业).
    const amount = Math.min(2, (COMMON_COST - cost) / 10 + 1);
    evidence.push({ signal: 'common-general', amount, note: `common general word (cost ${cost})` });
  } else if (cost >= RARE_COST) {
    evidence.push({ signal: 'rare-general', amount: 1, note: `rare in general Chinese (cost ${cost})` });
  }
  const head = domainHead(term);
  const prefix = domainPrefix(term);
  if (head && head.head !== term && headHolds(term, head, reference)) {
    // An everyday word in front of a generic head (问题|督查, 干部|考核) is a phrase, not a named practice.
    const front = term.slice(0, term.length - head.head.length);
    const everyday = (reference.cost.get(front) ?? Number.POSITIVE_INFINITY) < EVERYDAY_COST;
    // Procedural heads (…考核, …评价, …执法, …办法) combine with anything; names of things (…废物, …建筑,
    // …分局) do not, so only the former are weakened.
    const procedural = ['mechanism', 'practice', 'document'].includes(head.category);
    const generic = head.head.length > 1 && procedural && !STANDALONE_HEADS.has(head.head);
    evidence.push({
      signal: 'domain-head',
      amount: everyday && generic ? 0.5 : 1,
      note: `head …${head.head}`,
    });
  }
  if (head && head.head === term && STANDALONE_HEADS.has(term)) {
    evidence.push({ signal: 'domain-head', amount: 1.5, note: 'a word of the field' });
  }
  if (prefix) evidence.push({ signal: 'domain-prefix', amount: 1, note: `modifier ${prefix}…` });
  if (!head && !prefix && hasDomainChar(term))
    evidence.push({ signal: 'domain-word', amount: 1, note: 'field character' });
  const seen = new Set<string>();
  const enumerated = candidate.hits.some((h) => h.signal === 'enumerated');
  for (const hit of candidate.hits) {
    if (seen.has(hit.signal)) continue;
    // A family of siblings says more than a plain list; the two are not counted twice.
    if (hit.signal === 'parallel-list' && enumerated) continue;
    seen.add(hit.signal);
    const count = candidate.hits.filter((h) => h.signal === hit.signal).length;
    // A family sharing a morpheme of the field (…节能, …保卫战) is a family of terms; one sharing another
    // affix (…为民, …到老) is rhetoric.
    const amount = hit.signal === 'enumerated' && !candidate.hits.some((h) => fieldAffix(h.affix)) ? 0.4 : 1;
    evidence.push({ signal: hit.signal, amount, note: count > 1 ? `${hit.note} ×${count}` : hit.note });
  }
  if (candidate.titled > 0)
    evidence.push({ signal: 'titled', amount: 1, note: `in document titles ×${candidate.titled}` });
  if (candidate.titleForm)
    evidence.push({ signal: 'title-form', amount: 1, note: 'names a kind of document' });
  if (isContracted(candidate, reference)) {
    evidence.push({ signal: 'contracted', amount: 1, note: 'four characters no dictionary word covers' });
  }
  if (candidate.glossed) evidence.push({ signal: 'glossed', amount: 1, note: 'defined in place' });
  if (CODE_TERM.test(term) || GRADE_TERM.test(term))
    evidence.push({ signal: 'code', amount: 1, note: 'code or grade' });
  return evidence;
}

/** Four Han characters that split into four one-character words, set off by word boundaries. */
function isContracted(candidate: Candidate, reference: LearnReference): boolean {
  const { term } = candidate;
  if (term.length !== 4 || !candidate.aligned || reference.cost.has(term)) return false;
  if (![...term].every((ch) => isHan(ch) && !BOUNDARY_CHARS.has(ch))) return false;
  return reference.tokens(term).length === 4;
}

function examplesOf(
  candidate: Candidate,
  sentences: readonly CorpusSentence[],
  limit: number,
): GlossaryExample[] {
  const picked: GlossaryExample[] = [];
  const articles = new Set<number>();
  const ordered = [...new Set(candidate.occurrences.map((o) => o.sentence))]
    .map((i) => sentences[i])
    .filter((s): s is CorpusSentence => s !== undefined)
    .sort((a, b) => Number(a.text.length > 160) - Number(b.text.length > 160));
  for (const pass of [true, false]) {
    for (const sentence of ordered) {
      if (picked.length >= limit) break;
      if (pass && articles.has(sentence.articleIndex)) continue;
      if (picked.some((p) => p.sentence === sentence.text)) continue;
      articles.add(sentence.articleIndex);
      picked.push({ sentence: sentence.text, source: sentence.article });
    }
  }
  return picked;
}

export interface LearnResult {
  terms: LearnedTerm[];
  /** Candidates rejected as names, with their frequency (for review). */
  names: string[];
}

export function learnTerms(
  articles: readonly CorpusArticle[],
  reference: LearnReference,
  options: LearnOptions = {},
): LearnResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const sentences = corpusSentences(articles);
  const stats = collectNgrams(
    sentences.flatMap((s) => chunksOf(s.text).map((c) => c.text)),
    MAX_LENGTH,
  );
  const candidates = collectCandidates(sentences, stats, reference);
  const kept: { candidate: Candidate; term: LearnedTerm; own: boolean }[] = [];
  const names: string[] = [];
  for (const candidate of candidates.values()) {
    const { term } = candidate;
    const vouched = candidate.hits.length > 0;
    const trace = (reason: string) => options.trace?.(term, reason);
    if (malformed(term, vouched, reference)) {
      trace('malformed');
      continue;
    }
    const known = reference.cost.has(term);
    const head = domainHead(term);
    const prefix = domainPrefix(term);
    const contexts = candidate.occurrences.map(({ before, after }) => ({ before, after }));
    if (!vouched && !head && !prefix && looksLikePersonName(term, known, contexts)) {
      names.push(term);
      trace('person name');
      continue;
    }
    const isKnown = (word: string) => reference.cost.has(word);
    if (!vouched && looksLikePlace(term, reference.names, isKnown, Boolean(head || prefix))) {
      names.push(term);
      trace('place name');
      continue;
    }
    if (!vouched && candidate.occurrences.length >= 2) {
      // A recurring string must be used as a unit: a string always preceded or always followed by the same
      // character is a fragment of a longer one (碳达峰碳, 君红). Found only by counting, it needs freely
      // varying neighbours on both sides.
      // Aligned with word boundaries, a string may always follow the same word (市|生态环境局): fragments of
      // that kind lose to the longer string when nested candidates are compared below.
      const h = Math.min(stats.leftEntropy(term), stats.rightEntropy(term));
      const loose = !candidate.aligned && (h < Math.log(2) - 1e-9 || candidate.occurrences.length < 3);
      if (loose || (!candidate.aligned && stats.cohesion(term) < 3)) {
        trace(`fragment (entropy ${h.toFixed(2)})`);
        continue;
      }
    }
    const words = reference.tokens(term);
    const rest = term.slice(words[0]?.length ?? 0);
    const restCount = candidates.get(rest)?.occurrences.length ?? 0;
    const restIsTerm = rest.length >= 3 || STANDALONE_HEADS.has(rest);
    const clause = words.length >= 2 && reference.verbs?.has(words[0] ?? '') && restIsTerm;
    // A common verb in front of a once-seen string is a clause (进行量化, 减少新增用能).
    const commonVerb =
      clause ||
      (words.length >= 2 && reference.verbs?.has(words[0] ?? '') && isCommon(words[0] ?? '', reference));
    if (
      !vouched &&
      commonVerb &&
      rest.length > 1 &&
      candidate.occurrences.length === 1 &&
      (restCount > 1 || !clause)
    ) {
      trace(`clause: verb before ${rest}`);
      continue;
    }
    // A once-seen string that only puts an everyday word in front of a frequent word of the field is a
    // phrase around that word (职工节能, 省份能耗), unless the front is itself a field modifier.
    const last = words[words.length - 1] ?? '';
    const front = term.slice(0, term.length - last.length);
    const aroundTerm =
      words.length >= 2 &&
      STANDALONE_HEADS.has(last) &&
      (candidates.get(last)?.occurrences.length ?? 0) >= 3 &&
      !domainPrefix(`${front}_`) &&
      !BOUND_PREFIXES.has(front);
    if (!vouched && aroundTerm && candidate.occurrences.length === 1) {
      trace(`phrase around ${last}`);
      continue;
    }
    // A once-seen string with a common verb inside is a clause (空气质量实行量化, 活动开展碳中和).
    const verbInside = words.some(
      (word, i) =>
        word.length >= 2 &&
        // a verb before a one-character suffix is a derivation, not a clause (运动|式, 管理|局)
        !(i === words.length - 2 && words[i + 1]?.length === 1) &&
        reference.verbs?.has(word) &&
        (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < (i === words.length - 1 ? 90 : VERB_COST),
    );
    // …except a verb governing a whole term of the field that the dictionary knows (应对|气候变化).
    const restWord = words.length === 2 ? (words[1] ?? '') : '';
    const fixedObject = reference.cost.has(restWord) && domainHead(restWord)?.head === restWord;
    const fieldStart = domainPrefix(term) !== undefined;
    const once = candidate.occurrences.length === 1;
    const runOn = runOnReason(candidate, words, candidates, stats);
    if (!vouched && runOn) {
      trace(runOn);
      continue;
    }
    if (!vouched && verbInside && !fixedObject && !fieldStart && words.length >= 2 && once) {
      trace('clause: common verb inside');
      continue;
    }
    const spread = new Set(candidate.occurrences.map((o) => sentences[o.sentence]?.articleIndex)).size;
    const evidence = evidenceOf(candidate, stats, reference, spread);
    if (!fieldEvidence(term, evidence, reference)) {
      trace(`no field evidence: ${evidence.map((e) => e.note).join('; ')}`);
      continue;
    }
    // Seen once, three words or more, with no field modifier in front and nobody marking it: more likely a
    // stretch of prose around a term (领导干部考核, 攻坚战成效考核) than a term; institutions' long names excepted.
    // Runs of one-character words count as one unknown word (走|航 监测 is two words, 抽|贷|断|贷 one).
    const merged = words.filter((word, i) => !(word.length === 1 && words[i - 1]?.length === 1)).length;
    const loosePhrase =
      once && !vouched && merged >= 3 && !prefix && domainHead(term)?.category !== 'institution';
    if (loosePhrase)
      evidence.push({ signal: 'loose-phrase', amount: 1, note: 'a once-seen phrase of 3+ words' });
    const score = scoreOf(evidence, term.length, candidate.words);
    if (score < threshold) {
      trace(`score ${score}: ${evidence.map((e) => e.note).join('; ')}`);
      continue;
    }
    const signalNames = new Set(evidence.map((e) => e.signal));
    kept.push({
      candidate,
      own: vouched || candidate.glossed,
      term: {
        term,
        frequency: candidate.occurrences.length,
        score,
        signals: evidence.map((e) => e.note),
        category: categorize(term, signalNames, known),
        examples: examplesOf(candidate, sentences, options.examples ?? 2),
      },
    });
  }
  // Of two nested kept strings used equally often, only the better-scored one is a term (ties go to the
  // shorter): 绿色采购 beats 优先绿色采购, 环境信用评价 beats 企业环境信用评价.
  const terms = kept
    .filter(({ term, own }) => {
      for (const other of kept) {
        const o = other.term;
        if (o.term === term.term || o.frequency !== term.frequency) continue;
        const nested = o.term.includes(term.term) || term.term.includes(o.term);
        if (!nested) continue;
        const longer = term.term.length > o.term.length;
        const [short, long] = longer ? [o.term, term.term] : [term.term, o.term];
        const extra = long.startsWith(short)
          ? long.slice(short.length)
          : long.endsWith(short)
            ? long.slice(0, -short.length)
            : '';
        if (extra) {
          // A modifier of the field in front belongs to the term (生态文明|建设示范市, 空气质量|综合指数) ...
          const front = !long.startsWith(short);
          const fieldPart = front && domainPrefix(`${extra}_`) !== undefined;
          // ... an everyday word or a place character in front of a field term does not (企业|环境信用评价,
          // 市|生态环境局).
          const loosePart =
            front &&
            (/^[省市县区]$/u.test(extra) ||
              (extra.length >= 2 && isCommon(extra, reference) && domainPrefix(short) !== undefined));
          if (fieldPart || loosePart) {
            if (fieldPart === longer) continue;
            options.trace?.(term.term, `nested in ${o.term}`);
            return false;
          }
        }
        // On a tie the shorter wins, unless the longer only adds one character in front (劣|Ⅴ类).
        const oneInFront =
          Math.abs(term.term.length - o.term.length) === 1 &&
          (longer ? term.term : o.term).endsWith(longer ? o.term : term.term);
        // An institution's full name is the term (机关|事务管理局).
        const institution = domainHead(longer ? term.term : o.term)?.category === 'institution';
        const tieLoses = oneInFront || institution ? !longer : longer;
        if ((o.score > term.score && !(own && !other.own)) || (o.score === term.score && tieLoses)) {
          options.trace?.(term.term, `subsumed by ${o.term} (${o.score})`);
          return false;
        }
      }
      return true;
    })
    .map((k) => k.term)
    .sort((a, b) => b.score - a.score || b.frequency - a.frequency || a.term.localeCompare(b.term, 'zh'));
  // Pieces of a name (君红 of 王君红) and phrases around one (请王君红) go with it.
  const nameList = [...new Set(names)].filter((name) => [...name].length >= 3);
  const clean = terms.filter(
    (t) =>
      !nameList.some(
        (name) => name.includes(t.term) || (t.term.includes(name) && t.term.length - name.length <= 2),
      ),
  );
  return { terms: clean, names: [...new Set(names)] };
}
