/**
 * Reading units: what a reader points at. Words follow the word standard (PKU-style, 温室|气体) because
 * pinyin and the word breakdown are read on them; a reader, though, hovers 温室气体, 碳排放权交易 or
 * 可再生能源 as one thing. A reading unit is a run of whole words that has an entry of its own (a
 * CC-CEDICT headword or a term of the domain lexicon learned from the policy corpus), the fewest units
 * covering the run, each unit carrying its words as `parts`.
 *
 * Boundaries it never crosses: a sentence or anything that is not Han text (units join only adjacent
 * Han words), and a policy-glossary term (a word with a glossaryId stays a unit on its own: the
 * reviewed glossary is the top tier, and 碳达峰碳中和 must stay two terms).
 *
 * Bound characters: a character the general dictionary does not know as a word by itself (氢, 缴, 碳) is
 * a morpheme of a compound the dictionary lacks when the segmenter leaves it alone next to another lone
 * character: 氢|能 → 氢能, 清|缴 → 清缴. It joins that neighbour unless the neighbour is a grammar word (和|氢).
 *
 * Bound suffixes: a unit of two or more characters followed by a lone derivational suffix (供水|量, 强制|性,
 * 综合利用|率) takes it in (./bound-suffixes.ts).
 *
 * A glossary term inside a longer domain-lexicon term joins it (./glossary-in-units.ts).
 *
 * Wrong word cuts that an entry crosses (降|低碳|排放) are repaired first (./cut-repair.ts).
 *
 * Data: a word trie (./reading-unit-data.ts) whose cost field says where the entry comes from.
 */
import type { Token } from '../types';
import { BOUND_SUFFIXES } from './bound-suffixes';
import { composedEnds, UNIT_FREE, UNIT_HEAD, UNIT_INNER, UNIT_MODIFIER } from './composed-units';
import { createCutRepair } from './cut-repair';
import { glossaryInUnits } from './glossary-in-units';
import { isHanNumeral } from './segment';
import { isUnitEntry, UNIT_CLASSES, UNIT_ENTRY, UNIT_FUNCTION } from './unit-kinds';
import { unitOf } from './unit-of';
import { NO_WORD, trieStepSearch, type WordTrie } from './word-trie';

/** Most words a unit may join (可再生|能源|开发|利用 is four); bounds the work per word. */
export const MAX_UNIT_WORDS = 6;

/** One-character grammar words: a bound character never joins one of them (和|氢能, 对|碳). */
const GRAMMAR_CHARS = new Set([
  ...'的地得了着过和与及或在对为把被将由使让给跟比按经据从向以于是也都而且就又再不没很更最其之所这那每各该本此并但',
]);

export interface UnitGrouperOptions {
  /** True when the general dictionary knows a single character as a word by itself (the segmenter's `has`). */
  standalone?: (char: string) => boolean;
  /**
   * Whether a unit takes in a bound suffix after it (./bound-suffixes.ts; default true). The domain lexicon's
   * learner turns it off: it learns a recurring derivation (排放|量, 排污|费) as a term of two words, with
   * reviewed English, which it cannot do once the two are one word.
   */
  suffixes?: boolean;
}

export interface UnitGrouper {
  /** Joins a paragraph's words (in order, covering it) into reading units; single words are kept as they are. */
  group(words: readonly Token[]): Token[];
  /** Where the entry `text` comes from (UNIT_CEDICT | UNIT_LEXICON bits), 0 when it is not a unit entry. */
  kind(text: string): number;
  /**
   * What the trie says about a word: its entry kind (UNIT_CEDICT | UNIT_LEXICON), its class in the general
   * dictionary (UNIT_VERB | UNIT_FUNCTION) and whether it ends several lexicon terms (UNIT_FREE); 0 when the trie
   * does not hold it.
   */
  wordFlags(text: string): number;
}

function joinable(token: Token): boolean {
  return token.zh && token.glossaryId === undefined;
}

export function createUnitGrouper(trie: WordTrie, options: UnitGrouperOptions = {}): UnitGrouper {
  const standalone = options.standalone ?? (() => true);
  const withSuffixes = options.suffixes ?? true;
  const cuts = createCutRepair(trie, standalone);
  const lone = (token: Token) => token.text.length === 1 && !GRAMMAR_CHARS.has(token.text);
  /** A lone bound character and its lone neighbour (words[i], words[i + 1]) make a compound. */
  const boundPair = (a: Token, b: Token) =>
    lone(a) && lone(b) && (!standalone(a.text) || !standalone(b.text));

  const ROLES = UNIT_MODIFIER | UNIT_INNER | UNIT_HEAD;
  /**
   * One walk over the words from words[from]: into `entries` the word index just past each unit entry of two
   * or more words (longest last); into `chunks` the [end, roles] pairs of the words or entries with a role in
   * composed units (./composed-units.ts). Either may be left out.
   */
  function spansFrom(
    words: readonly Token[],
    from: number,
    runEnd: number,
    entries: number[] | undefined,
    chunks: number[] | undefined,
  ): void {
    if (entries) entries.length = 0;
    if (chunks) chunks.length = 0;
    let node = 0;
    const last = Math.min(runEnd, from + MAX_UNIT_WORDS);
    for (let j = from; j < last; j++) {
      const text = (words[j] as Token).text;
      for (let c = 0; c < text.length && node >= 0; c++) {
        node = trieStepSearch(trie, node, text.charCodeAt(c));
        if (node === 0) node = -1;
      }
      if (node < 0) return;
      const cost = trie.cost[node] as number;
      if (entries && j > from && isUnitEntry(cost)) entries.push(j + 1);
      if (chunks && cost !== NO_WORD && cost & ROLES) chunks.push(j + 1, cost & ROLES);
    }
  }
  // The run being grouped, for the composed-unit walk (one closure, not one per word).
  let runWords: readonly Token[] = [];
  let runEnd = 0;
  const chunksAt = (k: number, out: number[]) => spansFrom(runWords, k, runEnd, undefined, out);

  const candidates: number[] = [];
  const firstChunks: number[] = [];
  // DP buffers, reused across runs (grouping runs on every paragraph a page shows).
  let best = new Int32Array(64);
  let next = new Int32Array(64);

  /**
   * True when an entry starts at the lone character words[at] and runs into the next word: the segmenter
   * then cut a dictionary word apart (碳|排|放权 from 碳排放权), and the lone character belongs to what follows.
   */
  function entryAcross(words: readonly Token[], at: number, runEnd: number): boolean {
    const next = words[at + 1];
    if (at + 1 >= runEnd || !next) return false;
    let node = trieStepSearch(trie, 0, (words[at] as Token).text.charCodeAt(0));
    for (let c = 0; c < next.text.length && node !== 0; c++) {
      node = trieStepSearch(trie, node, next.text.charCodeAt(c));
      if (node !== 0 && isUnitEntry(trie.cost[node] as number)) return true;
    }
    return false;
  }

  /**
   * True when words[at] is a bound suffix that the unit words[start..at) takes in (./bound-suffixes.ts): the
   * unit has two or more characters and does not end in a numeral or a function word, and the suffix does
   * not begin a word with what follows: an entry that runs into the next word (化|工) or a bound pair (权|属).
   */
  function suffixAt(words: readonly Token[], start: number, at: number, runEnd: number): boolean {
    if (at >= runEnd) return false;
    const suffix = words[at] as Token;
    if (suffix.text.length !== 1 || !BOUND_SUFFIXES.has(suffix.text)) return false;
    // A suffix character that makes a word with the lone character after it belongs to that word (权|属),
    // unless that character is a function word (科学|性|等: 性等 is no word).
    const after = words[at + 1];
    if (at + 1 < runEnd && after && boundPair(suffix, after) && flags(after.text, UNIT_FUNCTION) === 0)
      return false;
    const last = (words[at - 1] as Token).text;
    if (at - start === 1 && last.length < 2) return false;
    if (isHanNumeral(last) || flags(last, UNIT_FUNCTION) !== 0) return false;
    return !entryAcross(words, at, runEnd);
  }

  /** The fewest units over words[from..to), ties broken towards the longer first unit. */
  function groupRun(
    words: readonly Token[],
    from: number,
    to: number,
    out: Token[],
    suffixes: boolean,
  ): void {
    const n = to - from;
    if (n === 1) {
      out.push(words[from] as Token);
      return;
    }
    if (best.length < n + 1) {
      best = new Int32Array(2 * n + 2);
      next = new Int32Array(2 * n + 2);
    }
    runWords = words;
    runEnd = to;
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      best[i] = 1 + (best[i + 1] as number);
      next[i] = i + 1;
      spansFrom(words, from + i, to, candidates, firstChunks);
      if (firstChunks.length) composedEnds(firstChunks, chunksAt, candidates);
      if (suffixes) {
        // Before the bound pair below: a pair of lone characters (有|沙) is no word a suffix is put to.
        if (suffixAt(words, from + i, from + i + 1, to)) candidates.push(from + i + 2);
        for (let c = 0, n0 = candidates.length; c < n0; c++) {
          const end = candidates[c] as number;
          if (suffixAt(words, from + i, end, to)) candidates.push(end + 1);
        }
      }
      if (
        i + 1 < n &&
        boundPair(words[from + i] as Token, words[from + i + 1] as Token) &&
        !entryAcross(words, from + i + 1, to)
      )
        candidates.push(from + i + 2);
      for (const end of candidates) {
        const cost = 1 + (best[end - from] as number);
        if (cost < (best[i] as number) || (cost === best[i] && end - from > (next[i] as number))) {
          best[i] = cost;
          next[i] = end - from;
        }
      }
    }
    for (let i = 0; i < n; i = next[i] as number)
      out.push(unitOf(words, from + i, from + (next[i] as number)));
  }

  function group(words: readonly Token[]): Token[] {
    return glossaryInUnits(
      groupWords(words),
      (text) => flags(text, UNIT_ENTRY),
      (char) => !standalone(char) && !GRAMMAR_CHARS.has(char),
      (char) => withSuffixes && BOUND_SUFFIXES.has(char),
    );
  }

  function groupWords(words: readonly Token[]): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < words.length) {
      if (!joinable(words[i] as Token)) {
        out.push(words[i] as Token);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < words.length && joinable(words[j] as Token)) j++;
      const repaired = cuts.repair(words, i, j);
      // A repaired run's pieces are no segmenter words: a suffix is put only to a word (计收|电|费 must not
      // become 计|收电费 through a repaired 收电).
      if (repaired) groupRun(repaired, 0, repaired.length, out, false);
      else groupRun(words, i, j, out, withSuffixes);
      i = j;
    }
    return out;
  }

  /** The trie's cost field of `text`'s node masked by `bits`, 0 when the trie does not hold it. */
  function flags(text: string, bits: number): number {
    let node = 0;
    for (let c = 0; c < text.length; c++) {
      node = trieStepSearch(trie, node, text.charCodeAt(c));
      if (node === 0) return 0;
    }
    const cost = trie.cost[node] as number;
    return cost === NO_WORD ? 0 : cost & bits;
  }

  return {
    group,
    kind: (text) => flags(text, UNIT_ENTRY),
    wordFlags: (text) => flags(text, UNIT_ENTRY | UNIT_CLASSES | UNIT_FREE),
  };
}
