/**
 * The score of a candidate term: a sum of evidence weights, each one a reason a reader of policy news
 * would need the string explained. The weights are the whole model; every entry of the shipped glossary
 * lists the signals that earned its score.
 *
 *   recurrent      ln(frequency): a string the corpus keeps using
 *   spread         used in two or more articles
 *   free-context   its neighbours vary on both sides (branching entropy ≥ ln 2): it is used as a unit
 *   cohesive       its characters co-occur far above chance (weakest split PMI ≥ 3 nats)
 *   novel          unknown to the general dictionary (a compound or coinage: 碳达峰, 走航监测)
 *   rare-general   known, but rare in general Chinese (臭氧, 约谈): domain vocabulary
 *   common-general known and common in general Chinese (工作, 记者, 今年): ordinary vocabulary, penalised
 *   domain-head    ends in a head of the field (…问责, …浓度, …保卫战); the head also gives the category
 *   domain-prefix  starts with a modifier of the field (碳…, 绿色…, 能耗…)
 *   domain-word    contains a character of the field (碳, 污, 尘…) without a head or prefix
 *   quoted         put in quotation marks by the writer (“两高”)
 *   numbered       a numbered formula (1+N, 五个机制)
 *   enumerated     listed with siblings sharing an affix (结构节能、技术节能、管理节能)
 *   parallel-list  an item of a list of equal-length set phrases
 *   titled         used inside a document title 《…》
 *   contracted     four characters the dictionary cannot parse at all, set off as a unit: a contracted
 *                  slogan (精文减会 = 精简文件、减少会议; 抽贷断贷)
 *   glossed        defined in place (…指数（EI）, 以下简称…)
 *   measured       written after a number and a unit (2.7亿吨标准煤): a quantity the field measures
 *   reformed       the system named in "X制度改革" (垂直管理制度改革)
 *   code           a pollutant or indicator code (PM2.5, SO2) or a graded class (劣Ⅴ类)
 *   loose-phrase   (penalty) seen once, 3+ words, no field modifier, unmarked: prose around a term
 * Long phrases pay for their length: beyond seven characters or four words, a string is more likely a
 * phrase built of terms than a term.
 */
import type { SignalName } from './learn-types';

export const DEFAULT_THRESHOLD = 3;

export const WEIGHTS: Readonly<Record<SignalName, number>> = {
  recurrent: 1, // multiplied by ln(frequency)
  spread: 0.5,
  'free-context': 1,
  cohesive: 0.5,
  novel: 1,
  'rare-general': 0.5,
  'common-general': -2.5,
  'domain-head': 2,
  'domain-prefix': 1.5,
  'domain-word': 0.5,
  quoted: 3,
  numbered: 2,
  enumerated: 2.5,
  'parallel-list': 1.5,
  titled: 1,
  'title-form': 1.5,
  contracted: 2,
  glossed: 2.5,
  code: 4,
  measured: 2,
  'loose-phrase': -1,
  reformed: 2,
};

/** General-dictionary cost (tenths of a nat) below which a word is everyday vocabulary. */
export const COMMON_COST = 105;
/** Cost from which a known word counts as rare in general use. */
export const RARE_COST = 118;

export interface Evidence {
  signal: SignalName;
  /** Multiplier of the weight (ln(frequency) for `recurrent`, 1 otherwise). */
  amount: number;
  note: string;
}

export function lengthPenalty(length: number, words: number): number {
  return Math.max(0, length - 7) * 0.5 + Math.max(0, words - 4) * 0.75;
}

export function scoreOf(evidence: readonly Evidence[], length: number, words: number): number {
  let score = 0;
  for (const item of evidence) score += WEIGHTS[item.signal] * item.amount;
  return Math.round((score - lengthPenalty(length, words)) * 100) / 100;
}
