/**
 * English for a word the dictionary lacks (两高, 碳达峰): cut it into the fewest known words, preferring
 * longer ones first, and join their meanings ("two + high"). Parts nobody knows are shown as written, so
 * the result is never empty.
 */

export interface ComposeSource {
  /** Longest headword length worth trying. */
  maxlen: number;
  has(word: string): boolean;
  /** A piece's English; `lastPart`: the piece ends a word of several (its sense as a compound's head). */
  gloss(word: string, lastPart: boolean): string | undefined;
}

/** The fewest pieces covering `word`, each a known word or a single unknown character. */
export function splitIntoKnownWords(word: string, source: ComposeSource): string[] {
  const chars = [...word];
  const n = chars.length;
  // best[i]: fewest pieces covering chars[i..]; ties broken towards a longer first piece.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = Math.min(n, i + source.maxlen); j > i; j--) {
      const piece = chars.slice(i, j).join('');
      if (j - i > 1 && !source.has(piece)) continue;
      const cost = 1 + (best[j] ?? Number.POSITIVE_INFINITY);
      if (cost < (best[i] ?? Number.POSITIVE_INFINITY)) {
        best[i] = cost;
        next[i] = j;
      }
    }
  }
  const pieces: string[] = [];
  for (let i = 0; i < n; i = next[i] ?? n) pieces.push(chars.slice(i, next[i]).join(''));
  return pieces;
}

export function composeFromParts(word: string, source: ComposeSource): string {
  // Parts nobody knows stay together as written ("1+N", "GDP"), between the glossed ones.
  const glosses: string[] = [];
  let unknown = '';
  const pieces = splitIntoKnownWords(word, source);
  for (const [i, piece] of pieces.entries()) {
    const gloss = source.gloss(piece, i > 0 && i === pieces.length - 1);
    if (gloss === undefined) {
      unknown += piece;
      continue;
    }
    if (unknown) glosses.push(unknown);
    unknown = '';
    glosses.push(gloss);
  }
  if (unknown) glosses.push(unknown);
  return glosses.join(' + ') || word;
}
