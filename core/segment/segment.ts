/**
 * Word segmentation: segmentit's dictionary and tokenizer pipeline (URLs, punctuation, foreign words and
 * numbers, dictionary words, dates), with its exponential word-chunking step replaced by a linear-time
 * best path over the word graph.
 *
 * Data: the pure core takes the dictionary as text or parsed data; it never reads files or fetches.
 *   - file: public/data/segmenter-trie.bin (a prebuilt word trie, see ./segmenter-data.ts), built by
 *     `npm run data` (scripts/data/segmenter-dict.ts) from segmentit's lists ∩ CC-CEDICT headwords.
 *   - Node: scripts/lib/load-core.ts reads it with fs. Browser (background/loaders/core-loader.ts): fetch the
 *     extension's own URL of /data/segmenter-trie.bin as bytes, then createSegmenter(parseSegmenterData(bytes)).
 *   - priority words (the learned glossary, public/data/glossary.json; user additions) are added with
 *     addPriorityWords() and beat the general dictionary.
 */
import { HAN_NUMERAL_CHARS, HAN_PATTERN } from '../text/han';
import { type SegmenterData, segmenterTrie } from './segmenter-data';
import { NO_WORD, trieCost, trieStep } from './word-trie';

export interface Segment {
  text: string;
  /** UTF-16 offsets into the segmented text. */
  start: number;
  end: number;
  /** True when the token contains Han characters. */
  zh: boolean;
}

export interface Segmenter {
  /** Splits text into tokens that cover it exactly (whitespace and punctuation included), in order. */
  segment(text: string): Segment[];
  /** The texts of segment(text)'s tokens, without building the tokens (`annotate --format seg`). */
  words(text: string): string[];
  /** Words that must come out whole wherever they occur, ahead of the general dictionary. */
  addPriorityWords(words: Iterable<string>): void;
  /** True when the word is in the general dictionary or a priority word. */
  has(word: string): boolean;
}

/** Marks a string that is only the beginning of a longer word (lets the lookup loop stop early). */
const PREFIX = -1;
/** Per character of a priority word: larger than any general path over the same characters can cost. */
const PRIORITY_BONUS = 10_000;
/**
 * Added to a one-character dictionary word: far below a cost step (costs are whole tenths of a nat), it only
 * breaks ties, towards the reading with fewer one-character words (数据|统计 over 数|据统计, both 199), as
 * MMSEG's smallest-variance rule does; the first-found path used to win.
 */
const SINGLE_TIE = 0.001;
/** A Latin word, number, URL or e-mail address: one cheap edge, so it is never split. */
const FOREIGN_COST = 10;
const SYMBOL_COST = 10;
/** A run of Han numerals (二〇三〇, 三十一), with an optional date unit. */
const NUMERAL_COST = 120;

const ALNUM = 'A-Za-z0-9\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\u2160-\\u217F';
const FOREIGN = new RegExp(
  [
    '(?:https?:\\/\\/|www\\.)[\\x21-\\x7e]+',
    '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+',
    `[${ALNUM}]+(?:[.．·][0-9０-９]+|,[0-9]{3}(?![0-9])|[+＋_/／&-][${ALNUM}]+|[+＋]+(?![${ALNUM}])|'[A-Za-z]+|[${ALNUM}]+)*[%％‰]?`,
  ].join('|'),
  'y',
);
const NUMBER_ONLY = /^[0-9０-９.．,]+$/;
/** Units written straight after a number that belong to it: dates, times, magnitudes. */
const NUMBER_UNIT = /万亿|月份|年代|世纪|[年月日号时分秒万亿千百]/y;
/** A run of Han numerals (五十, 三百, 〇): a count reads as one word. */
const HAN_NUMERAL = new RegExp(`[${HAN_NUMERAL_CHARS}]+`, 'y');
/** 1 at the code of each Han numeral: a table, not a Set, as it is asked at every Han character. */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of HAN_NUMERAL_CHARS) NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** True when `text` is a Han numeral and nothing else (五十, 一, 三百). */
export function isHanNumeral(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) if (NUMERAL_CODES[text.charCodeAt(i)] !== 1) return false;
  return true;
}
const NUMERAL_UNIT = /[年月日号时]/y;
const WHITESPACE = /\s+/y;

function isAlnum(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    (code >= 0x2160 && code <= 0x217f)
  );
}

function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

function containsHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHanCode(code)) return true;
    if (code >= 0xd800 && code <= 0xdbff) return HAN_PATTERN.test(text);
  }
  return false;
}

function matchAt(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  const match = pattern.exec(text);
  return match ? match[0].length : 0;
}

/** Adds a word and marks its proper prefixes, so a lookup loop can stop at the first miss. */
function addWord(map: Map<string, number>, word: string, cost: number): void {
  map.set(word, cost);
  for (let k = word.length - 1; k >= 1; k--) {
    const prefix = word.slice(0, k);
    if (map.has(prefix)) break;
    map.set(prefix, PREFIX);
  }
}

export function createSegmenter(data: SegmenterData): Segmenter {
  const trie = segmenterTrie(data);
  const priority = new Map<string, number>();
  /** 1 at the first code unit of each priority word (a table: it is asked at every character). */
  const priorityFirst = new Uint8Array(0x10000);
  let maxPriority = 0;
  const unknownCost = data.unknownCost;
  let best = new Float64Array(0);
  let from = new Int32Array(0);
  let cuts = new Int32Array(0);

  function addPriorityWords(words: Iterable<string>): void {
    for (const raw of words) {
      const word = raw.trim();
      const length = [...word].length;
      if (length < 2 || /\s/u.test(word)) continue;
      addWord(priority, word, 1 - PRIORITY_BONUS * length);
      priorityFirst[word.charCodeAt(0)] = 1;
      maxPriority = Math.max(maxPriority, word.length);
    }
  }

  /** Token ends of the best path over text, in order, in cuts[0..count); returns the count. */
  function bestPath(text: string): number {
    const n = text.length;
    if (n === 0) return 0;
    if (best.length < n + 1) {
      best = new Float64Array(2 * n + 1);
      from = new Int32Array(2 * n + 1);
      cuts = new Int32Array(2 * n + 1);
    }
    best.fill(Number.POSITIVE_INFINITY, 0, n + 1);
    best[0] = 0;
    const relax = (start: number, end: number, cost: number) => {
      const total = (best[start] as number) + cost;
      if (total < (best[end] as number)) {
        best[end] = total;
        from[end] = start;
      }
    };
    for (let i = 0; i < n; i++) {
      if (best[i] === Number.POSITIVE_INFINITY) continue;
      const code = text.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      if (priorityFirst[code] === 1) {
        for (let end = i + 2; end <= Math.min(n, i + maxPriority); end++) {
          const cost = priority.get(text.slice(i, end));
          if (cost === undefined) break;
          if (cost !== PREFIX) relax(i, end, cost);
        }
      }
      if (isHanCode(code) || (width === 2 && HAN_PATTERN.test(text.slice(i, i + 2)))) {
        let node = 0;
        let known = false;
        for (let end = i + 1; end <= n; end++) {
          node = trieStep(trie, node, text.charCodeAt(end - 1));
          if (node === 0) break;
          const cost = trie.cost[node] as number;
          if (cost !== NO_WORD) {
            relax(i, end, end - i === 1 ? cost + SINGLE_TIE : cost);
            if (end === i + width) known = true;
          }
        }
        if (!known) relax(i, i + width, unknownCost);
        const numerals = NUMERAL_CODES[code] === 1 ? matchAt(HAN_NUMERAL, text, i) : 0;
        if (numerals >= 2) {
          relax(i, i + numerals, NUMERAL_COST);
          const unit = matchAt(NUMERAL_UNIT, text, i + numerals);
          if (unit) relax(i, i + numerals + unit, NUMERAL_COST);
        }
        continue;
      }
      if (isAlnum(code) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)))) {
        const length = matchAt(FOREIGN, text, i);
        if (length > 0) {
          relax(i, i + length, FOREIGN_COST);
          if (NUMBER_ONLY.test(text.slice(i, i + length))) {
            const unit = matchAt(NUMBER_UNIT, text, i + length);
            // The unit joins the number; a bare number followed by the unit as a word would cost more.
            if (unit) relax(i, i + length + unit, FOREIGN_COST);
          }
          continue;
        }
      }
      const space = matchAt(WHITESPACE, text, i);
      if (space > 0) {
        relax(i, i + space, SYMBOL_COST);
        continue;
      }
      relax(i, i + width, isAlnum(code) ? unknownCost : SYMBOL_COST);
    }
    let count = 0;
    for (let end = n; end > 0; end = from[end] as number) count++;
    let k = count;
    for (let end = n; end > 0; end = from[end] as number) cuts[--k] = end;
    return count;
  }

  function segment(text: string): Segment[] {
    const count = bestPath(text);
    const tokens: Segment[] = [];
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = cuts[k] as number;
      const piece = text.slice(start, end);
      tokens.push({ text: piece, start, end, zh: containsHan(piece) });
      start = end;
    }
    return tokens;
  }

  function words(text: string): string[] {
    const count = bestPath(text);
    const out: string[] = [];
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = cuts[k] as number;
      out.push(text.slice(start, end));
      start = end;
    }
    return out;
  }

  function has(word: string): boolean {
    const cost = priority.get(word);
    if (cost !== undefined && cost !== PREFIX) return true;
    return trieCost(trie, word) !== undefined;
  }

  return { segment, words, addPriorityWords, has };
}
