import type { Token, WordInfo } from '@/core/types';

/**
 * The units the popup offers at its point, longest first: the reading unit at the point and the
 * dictionary's longer and shorter words starting where it starts (温室气体, 温室, 温). ↑ goes to the longer,
 * ↓ to the shorter.
 */
export function unitChoices(
  point: Token,
  nearby: readonly WordInfo[],
  pointInfo?: WordInfo | null,
): WordInfo[] {
  const all = nearby.some((n) => n.word === point.text)
    ? [...nearby]
    : [...nearby, pointInfo ?? { word: point.text, entries: [] }];
  // Longest first; words of one length keep the dictionary's order.
  return all
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.word.length - a.n.word.length || a.i - b.i)
    .map(({ n }) => n);
}

/** The word one step along `choices` from `current` (-1 longer, +1 shorter), or undefined at either end. */
export function stepChoice(choices: readonly WordInfo[], current: string, step: 1 | -1): string | undefined {
  const at = choices.findIndex((n) => n.word === current);
  return at < 0 ? undefined : choices[at + step]?.word;
}

/** The tokens of `pieces` that exactly tile [start, end), in order, or null. */
function tiling(pieces: readonly Token[], start: number, end: number): Token[] | null {
  const inside = pieces.filter((p) => p.start >= start && p.end <= end);
  let at = start;
  for (const p of inside) {
    if (p.start !== at) return null;
    at = p.end;
  }
  return inside.length > 0 && at === end ? inside : null;
}

/**
 * The unit the reader chose among the popup's choices, as a token of the paragraph: it starts where the unit
 * at the point starts. Its reading is the paragraph's where it is made of whole words read there (the
 * paragraph's tokens for a longer unit, the point's parts for a shorter one), else the dictionary's first.
 */
export function chosenUnit(tokens: readonly Token[], point: Token, choice: WordInfo): Token {
  const text = choice.word;
  if (text === point.text) return point;
  const start = point.start;
  const end = start + text.length;
  const words =
    tiling(tokens, start, end)?.flatMap((t) => t.parts ?? [t]) ?? tiling(point.parts ?? [], start, end);
  if (words) {
    return {
      text,
      start,
      end,
      zh: true,
      pinyin: words.map((w) => w.pinyin).join(' '),
      tones: words.flatMap((w) => w.tones),
      ...(words.length > 1 ? { parts: words } : {}),
    };
  }
  const entry = choice.entries[0];
  const pinyin = entry?.pinyin ?? choice.glossary?.pinyin ?? '';
  return { text, start, end, zh: true, pinyin, tones: entry?.tones ?? [] };
}
