/**
 * Repairing a word cut that a reading unit cannot group over. Grouping joins whole words, so when the
 * segmenter cuts a run wrongly (降|低碳|排放 for 降低|碳排放, 所|称重|点 for 所称|重点) no unit can fix it: the
 * entry 碳排放 starts inside the word 低碳. Such a wrong cut almost always leaves a one-character word
 * beside a word that an entry crosses into, so only there is the run re-read character by character.
 *
 * The re-reading is the fewest units over the run's characters, where a unit is one of the words, an
 * entry of the unit trie (CC-CEDICT or the domain lexicon) or a single character, and every cut inside a
 * word costs half a unit. A cut is therefore taken only when it saves a whole unit (降|低碳|排放: three
 * units; 降低|碳排放: two units and one cut), and on a tie the segmenter's words stand. Units that cross a
 * word cut become tokens of their own, with the pieces of the words as parts and the words' readings in
 * context (a syllable per character) sliced to them. Never across a sentence, non-Han text or a
 * policy-glossary term: the caller passes one run of joinable words.
 */
import type { Token } from '../types';
import { isHanNumeral } from './segment';
import { isUnitEntry, UNIT_LEXICON } from './unit-kinds';
import { unitOf } from './unit-of';
import { trieStepSearch, type WordTrie } from './word-trie';

/** A piece of a word: characters [from, to) of `word`, reading sliced to them. */
function pieceOf(word: Token, from: number, to: number): Token {
  if (from === 0 && to === word.text.length) return word;
  const syllables = word.pinyin.split(' ');
  return {
    text: word.text.slice(from, to),
    start: word.start + from,
    end: word.start + to,
    zh: true,
    pinyin: syllables.slice(from, to).join(' '),
    tones: word.tones.slice(from, to),
  };
}

/**
 * True when the re-reading is worth taking. A unit that crosses a word cut with three or more characters
 * is (以|上市|人民政府 → 以上|市人民政府, 降|低碳|排放 → 降低|碳排放): such a repair is rarely wrong. Two-character
 * entries on both sides of a cut (本|法|规定|向 → 法规|定向, 易|溶解|和 → 易溶|解和) are as often a misreading
 * as a repair, unless every crossing unit takes in a one-character word that is no word by itself (风|电光|伏
 * → 风电|光伏: 风 and 伏 are bound, while 法, 向 and 和 stand alone): the segmenter's reading then leaves a
 * bound character alone, which is never right.
 */
function worthTaking(
  next: Int32Array,
  n: number,
  boundary: Uint8Array,
  takesBound: (from: number, to: number) => boolean,
): boolean {
  let crossing = 0;
  let bound = 0;
  for (let i = 0; i < n; i = next[i] as number) {
    const j = next[i] as number;
    if (j - i < 2 || (boundary[i] && boundary[j])) continue;
    if (j - i >= 3) return true;
    crossing++;
    if (takesBound(i, j)) bound++;
  }
  return crossing > 0 && bound === crossing;
}

export interface CutRepair {
  /** Words[from..to) (one run of joinable Han words) with wrong cuts repaired; undefined when none is. */
  repair(words: readonly Token[], from: number, to: number): readonly Token[] | undefined;
}

/**
 * `standalone`: whether the general dictionary knows a single character as a word by itself (the
 * segmenter's `has`); without it every character counts as one, and only the long repairs are taken.
 */
export function createCutRepair(
  trie: WordTrie,
  standalone: (char: string) => boolean = () => true,
): CutRepair {
  /**
   * Length of every entry that starts at text[at] (≥ 2 characters, up to `limit`), into `out`. The walk
   * ends where the trie does, so no entry-length bound is needed (the trie holds none longer than
   * MAX_UNIT_LENGTH).
   */
  function entriesAt(text: string, at: number, limit: number, out: number[], lexicon?: number[]): void {
    out.length = 0;
    if (lexicon) lexicon.length = 0;
    let node = 0;
    for (let i = at; i < limit; i++) {
      node = trieStepSearch(trie, node, text.charCodeAt(i));
      if (node === 0) return;
      const cost = trie.cost[node] as number;
      if (i > at && isUnitEntry(cost)) {
        out.push(i + 1 - at);
        lexicon?.push(cost & UNIT_LEXICON ? 1 : 0);
      }
    }
  }

  /** True when text[from..to) is an entry of two or more characters. */
  function isEntry(text: string, from: number, to: number): boolean {
    if (to - from < 2) return false;
    let node = 0;
    for (let i = from; i < to; i++) {
      node = trieStepSearch(trie, node, text.charCodeAt(i));
      if (node === 0) return false;
    }
    return isUnitEntry(trie.cost[node] as number);
  }

  /** True when an entry of `head`[from..] + `tail` ends strictly inside `tail` (or at its end, if `whole`). */
  function entryInto(head: string, from: number, tail: string, whole: boolean): boolean {
    let node = 0;
    for (let i = from; i < head.length; i++) {
      node = trieStepSearch(trie, node, head.charCodeAt(i));
      if (node === 0) return false;
    }
    const last = whole ? tail.length : tail.length - 1;
    for (let i = 0; i < last; i++) {
      node = trieStepSearch(trie, node, tail.charCodeAt(i));
      if (node === 0) return false;
      if ((whole ? i === last - 1 : true) && isUnitEntry(trie.cost[node] as number)) return true;
    }
    return false;
  }

  /**
   * The cheap test: a one-character word with an entry that runs from it into the middle of the next word
   * (降|低碳), or from inside the previous word through it (称重|点 → 重点).
   */
  function suspect(words: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const lone = (words[k] as Token).text;
      if (lone.length !== 1) continue;
      if (k + 1 < to && entryInto(lone, 0, (words[k + 1] as Token).text, false)) return true;
      if (k > from) {
        const prev = (words[k - 1] as Token).text;
        for (let s = 1; s < prev.length; s++) if (entryInto(prev, s, lone, true)) return true;
      }
    }
    return false;
  }

  const lengths: number[] = [];
  const lexiconFlags: number[] = [];

  function repair(words: readonly Token[], from: number, to: number): readonly Token[] | undefined {
    if (to - from < 2 || !suspect(words, from, to)) return undefined;
    const run = words.slice(from, to);
    const starts: number[] = [];
    let text = '';
    for (const word of run) {
      // A reading that is not a syllable per character cannot be sliced: leave the run as it is.
      if (word.pinyin.split(' ').length !== word.text.length) return undefined;
      starts.push(text.length);
      text += word.text;
    }
    const n = text.length;
    // wordAt[c]: the run's word holding character c; boundary[c]: a word starts at c (or c === n).
    const wordAt = new Int32Array(n);
    const boundary = new Uint8Array(n + 1);
    boundary[n] = 1;
    // A numeral (五十|一 in 第五十一条) is never cut: 第五|十一 are entries too, but a count reads as one.
    const fixed = new Uint8Array(n + 1);
    run.forEach((word, w) => {
      if (isHanNumeral(word.text))
        fixed.fill(1, (starts[w] as number) + 1, (starts[w] as number) + word.text.length);
      const s = starts[w] as number;
      boundary[s] = 1;
      wordAt.fill(w, s, s + word.text.length);
    });
    // Cost in half units: a unit 2, a cut inside a word 1, but none at the seam of a word made of two
    // entries (交易|市场 in 交易市场) when a unit from a word start ends there and the word's second entry is
    // the next unit: such a word is two words the segmenter joined, and a domain term may end at its seam
    // (碳排放权交易|市场). A unit that begins at a seam (黄河|流域水) pays for the cut as before. Ties go to the reading whose domain-lexicon units cover more
    // characters (the field's terms over general compounds), then to fewer cuts (the segmenter's words).
    const cost = new Int32Array(n + 1);
    const cuts = new Int32Array(n + 1);
    const covered = new Int32Array(n + 1);
    const next = new Int32Array(n + 1);
    const seam = (i: number, j: number) => {
      const word = run[wordAt[j] as number] as Token;
      const s = starts[wordAt[j] as number] as number;
      const end = s + word.text.length;
      return boundary[i] && next[j] === end && isEntry(text, s, j) && isEntry(text, j, end);
    };
    for (let i = n - 1; i >= 0; i--) {
      cost[i] = 0x3fffffff;
      const consider = (len: number, lexicon: number) => {
        const j = i + len;
        if (fixed[j]) return;
        const cut = boundary[j] ? 0 : 1;
        const c = 2 + (cut && !seam(i, j) ? 1 : 0) + (cost[j] as number);
        const k = cut + (cuts[j] as number);
        const v = lexicon * len + (covered[j] as number);
        if (
          c < (cost[i] as number) ||
          (c === cost[i] && (v > (covered[i] as number) || (v === covered[i] && k < (cuts[i] as number))))
        ) {
          cost[i] = c;
          cuts[i] = k;
          covered[i] = v;
          next[i] = j;
        }
      };
      // A character cut off a word must go into an entry: 精细|化管理 is not read as 精|细化管理.
      if (boundary[i] && boundary[i + 1]) consider(1, 0);
      if (boundary[i]) consider((run[wordAt[i] as number] as Token).text.length, 0);
      entriesAt(text, i, n, lengths, lexiconFlags);
      for (let e = 0; e < lengths.length; e++) consider(lengths[e] as number, lexiconFlags[e] as number);
    }
    // Whether characters [i, j) hold a whole one-character word of the run that is no word by itself.
    const takesBound = (i: number, j: number) => {
      for (let c = i; c < j; c++)
        if (boundary[c] && boundary[c + 1] && !standalone(text[c] as string)) return true;
      return false;
    };
    if (cuts[0] === 0 || !worthTaking(next, n, boundary, takesBound)) return undefined;
    const out: Token[] = [];
    for (let i = 0; i < n; i = next[i] as number) {
      const j = next[i] as number;
      const pieces: Token[] = [];
      for (let c = i; c < j; ) {
        const w = wordAt[c] as number;
        const word = run[w] as Token;
        const s = starts[w] as number;
        const end = Math.min(j, s + word.text.length);
        pieces.push(pieceOf(word, c - s, end - s));
        c = end;
      }
      out.push(unitOf(pieces, 0, pieces.length));
    }
    return out;
  }

  return { repair };
}
