import type { Candidate } from './candidates';
import {
  CODE_TERM,
  DOMAIN_PREFIXES,
  domainHead,
  GRADE_TERM,
  hasDomainChar,
  STANDALONE_HEADS,
} from './domain-morphemes';
import type { LearnReference, SignalName } from './learn-types';
import type { NgramStats } from './ngram-stats';
import { COMMON_COST, type Evidence } from './score';
import { BOUNDARY_CHARS, NO_END, NO_START, NUMERALS } from './text-classes';

/** One-character prefixes that begin terms (高耗能, 超低能耗, 近零能耗, 劣Ⅴ类, 非化石能源). */
export const BOUND_PREFIXES = new Set([...'高低超近零非劣新总副准亚微无重可']);

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

export function fieldEvidence(
  term: string,
  evidence: readonly Evidence[],
  reference: LearnReference,
): boolean {
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

/** Verbs commoner than this (in general Chinese) are governing verbs when they lead a once-seen phrase. */
export const VERB_COST = 112;

/** Cost below which a word is among the most everyday words of general Chinese (问题, 干部, 领导). */
export const EVERYDAY_COST = 105;

/**
 * A one-character head (…率, …量, …化) only heads a word it is not part of: 降尘量 and 网格化 end in
 * heads; 问题数量, 运维质量 and 生态环境质量恶化 end in the everyday words 数量, 质量, 恶化.
 */
export function headHolds(term: string, head: { head: string }, reference: LearnReference): boolean {
  if (head.head.length > 1) return true;
  if (reference.cost.has(term.slice(-2))) return false;
  return head.head !== '化' || term.length === 3;
}

export function fieldAffix(affix: string | undefined): boolean {
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
export function runOnReason(
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

export function isCommon(word: string, reference: LearnReference): boolean {
  return (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < COMMON_COST;
}

/** A string that cannot be a term whatever the evidence: a phrase fragment, a number, a date. */
export function malformed(term: string, vouched: boolean, reference: LearnReference): boolean {
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
