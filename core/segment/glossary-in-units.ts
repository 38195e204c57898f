/**
 * A policy-glossary term inside a longer corpus term. The glossary is the top tier, so grouping never joins
 * a glossary term with its neighbours by a dictionary entry or by composition (碳达峰|碳中和 stay two terms).
 * But the corpus has longer terms built around one: 生态环境|主管部门 is the learned term 生态环境主管部门
 * (412 times in 14 statutes), 绿色|低碳 is 绿色低碳. Where the units around ONE glossary term spell a
 * domain-lexicon term (learned from the corpus as a whole, never CC-CEDICT alone), they become one unit with
 * the glossary term among its parts, when the glossary term is a general word. So does a lone bound suffix
 * after it (能耗|量 → 能耗量, ./bound-suffixes.ts): the derivation is another word than the term. Never two
 * glossary terms, never across non-Han text.
 */
import type { Token } from '../types';
import { UNIT_CEDICT, UNIT_LEXICON } from './unit-kinds';
import { unitOf } from './unit-of';

/** Units on each side of the glossary term a longer lexicon term may take in. */
const BEFORE = 1;
const AFTER = 2;

function han(unit: Token | undefined): unit is Token {
  return unit?.zh === true && unit.glossaryId === undefined;
}

/**
 * The units with each glossary term that a lexicon term spans merged into it (`kind`: the unit trie's).
 * `bound`: whether a single character is a bound morpheme (the general dictionary does not know it as a word
 * by itself, 碳): such a character left alone beside a glossary term joins it where the two are a CC-CEDICT
 * word (碳|减排 → 碳减排), as two lone characters join in reading units; it cannot be read on its own.
 */
export function glossaryInUnits(
  units: Token[],
  kind: (text: string) => number,
  bound: (char: string) => boolean = () => false,
  /**
   * Whether a single character left alone after a glossary term is a bound suffix (./bound-suffixes.ts): the
   * term takes it in as any word does (能耗|量 → 能耗量), a derivation of its own.
   */
  suffix: (char: string) => boolean = () => false,
): Token[] {
  // Most paragraphs have nothing to merge: the units are returned as they are, copied only from the first merge.
  let out: Token[] | undefined;
  // Units before `free` are already in a merged unit.
  let free = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Token;
    // Only a glossary term that is also a general word (a CC-CEDICT headword: 生态环境, 低碳) is taken in; a
    // policy coinage the dictionary lacks (生态文明, 近零能耗) is the unit a reader wants explained.
    if (unit.glossaryId === undefined || !(kind(unit.text) & UNIT_CEDICT)) {
      out?.push(unit);
      continue;
    }
    let best: [number, number] | undefined;
    let bestLength = unit.text.length;
    for (let from = i; from >= Math.max(free, i - BEFORE); from--) {
      const before = units[from] as Token;
      if (from < i && !(han(before) && before.end === unit.start)) break;
      let text = from < i ? before.text + unit.text : unit.text;
      // to = i + 1 is the glossary term with the unit before it (alone, it is never longer than itself).
      for (let to = i + 1; to <= Math.min(units.length, i + 1 + AFTER); to++) {
        if (to > i + 1) {
          const after = units[to - 1] as Token;
          if (!han(after) || after.start !== (units[to - 2] as Token).end) break;
          text += after.text;
        }
        // The glossary term and one lone bound character beside it (碳|减排).
        const other = to - from === 2 ? (units[from === i ? i + 1 : from] as Token) : undefined;
        const lone = other !== undefined && other.text.length === 1;
        const boundPair = lone && bound(other.text);
        const derived = lone && from === i && suffix(other.text);
        if (
          text.length > bestLength &&
          (derived || kind(text) & (boundPair ? UNIT_CEDICT | UNIT_LEXICON : UNIT_LEXICON))
        ) {
          best = [from, to];
          bestLength = text.length;
        }
      }
    }
    if (!best) {
      out?.push(unit);
      continue;
    }
    const [from, to] = best;
    out ??= units.slice(0, i);
    // A unit before the glossary term was already emitted: take it back.
    if (from < i) out.pop();
    out.push(unitOf(units, from, to));
    free = to;
    i = to - 1;
  }
  return out ?? units;
}
