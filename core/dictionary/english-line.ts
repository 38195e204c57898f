import type { WordInfo } from '../types';

/**
 * A word's English in one line, the same wherever an answer is shown short (the batch answer at a glance,
 * a reading unit's parts, the popup's "Also here" choices): the policy glossary's rendering, else the first
 * sense (the register sense when the word has one), else the gloss composed from its parts. `lastPart`: the
 * word is the last part of a unit, where a character's reviewed sense as a compound's head comes before its
 * first sense as a word (能 of 氢能: "energy", not "can"; WordInfo.lastPart).
 */
export function englishLine(info: WordInfo, lastPart = false): string {
  return (
    info.glossary?.english ??
    (lastPart ? info.lastPart : undefined) ??
    info.entries[0]?.senses[0] ??
    info.composed ??
    ''
  );
}
