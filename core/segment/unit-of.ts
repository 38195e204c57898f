/**
 * One reading unit over a run of tokens: what the unit grouper (./reading-units.ts) and the cut repair
 * (./cut-repair.ts) both build, with the tokens as `parts` and their readings joined.
 */
import type { Token } from '../types';

/** One unit over words[from..to): a single word is returned as is, a longer run gets its parts. */
export function unitOf(words: readonly Token[], from: number, to: number): Token {
  const first = words[from] as Token;
  if (to - from === 1) return first;
  const parts = words.slice(from, to);
  const last = parts[parts.length - 1] as Token;
  const pinyin = parts
    .map((p) => p.pinyin)
    .filter(Boolean)
    .join(' ');
  return {
    text: parts.map((p) => p.text).join(''),
    start: first.start,
    end: last.end,
    zh: true,
    pinyin,
    tones: parts.flatMap((p) => p.tones),
    parts,
  };
}
