/**
 * 率 as a bound suffix: after a word it makes a rate (达标率, 回收率, 处理率 — CC-CEDICT lacks most such
 * compounds, so the segmenter leaves 率 alone and the model and pinyin-pro read the verb shuài), and it reads lǜ.
 * As a verb it opens its phrase and takes an object (率先, 率领, 他率队, 局长率队检查: shuài). So a lone 率
 * after a Han word of two or more characters reads lǜ when what follows is not Han (punctuation, a number, the
 * sentence's end) or a word that follows a rate (达到, 为, 和…); a lone 率 followed by any other Han word (its
 * object) reads shuài.
 * Words that contain 率 (效率, 表率, 率先) are read from the dictionary and are not touched here.
 */
import type { Segment } from '../segment/segment';

const RATE_SUFFIX = '率';
const RATE_READING = 'lu:4';
const VERB_READING = 'shuai4';

/** What follows a rate in policy prose: a comparison or change verb, a conjunction, a measure. */
const AFTER_RATE = new Set([
  ...'达为和与及或、等均已将从由在比较要应不高低大小上下增降升超仍还也都就是有到至未'.split(''),
  '达到',
  '提高',
  '提升',
  '超过',
  '保持',
  '下降',
  '降低',
  '上升',
  '增长',
  '低于',
  '高于',
  '不低于',
  '不高于',
  '分别',
  '指标',
  '目标',
  '同比',
  '稳定',
  '持续',
  '逐步',
  '明显',
  '显著',
  '逐年',
  '已经',
  '进一步',
  '考核',
  '纳入',
]);

/**
 * Sets the reading of each lone 率 that is a rate suffix to lǜ, and of each that takes an object to shuài. `out` holds one numbered syllable per code point,
 * `starts[t]` is where token t starts in it.
 */
export function readRateSuffixes(
  out: string[],
  tokens: readonly Segment[],
  starts: readonly number[],
  /** Whether the reading at a code point may change: not where a reviewed override or a dictionary word set it. */
  open: (at: number) => boolean,
): void {
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Segment;
    if (token.text !== RATE_SUFFIX || !open(starts[t] as number)) continue;
    const after = tokens[t + 1];
    if (after?.zh && !AFTER_RATE.has(after.text)) {
      out[starts[t] as number] = VERB_READING;
      continue;
    }
    const before = tokens[t - 1];
    if (before?.zh && [...before.text].length >= 2) out[starts[t] as number] = RATE_READING;
  }
}
