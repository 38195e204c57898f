/**
 * Corpus statistics of character strings: how often a string occurs, how firmly its characters stick
 * together (cohesion: the weakest pointwise mutual information over its split points) and how freely
 * its neighbours vary (left/right branching entropy). A term is a string that occurs as a unit:
 * its parts co-occur far more than chance would have them, and what comes before and after it varies.
 */

/** Marks the edge of a chunk (punctuation, a quote mark): every edge counts as a different neighbour. */
const EDGE = '\u0000';

export interface NgramStats {
  /** Total number of characters counted (the sample size). */
  readonly total: number;
  count(text: string): number;
  /** min over split points of ln(P(xy) / (P(x) P(y))); +Infinity for a single character. */
  cohesion(text: string): number;
  /** Entropy (nats) of the characters before / after the string; chunk edges count as distinct. */
  leftEntropy(text: string): number;
  rightEntropy(text: string): number;
  /** Strings of 2..maxLength characters that occur at least `min` times. */
  frequent(min: number): string[];
}

interface Neighbours {
  left: Map<string, number>;
  right: Map<string, number>;
}

function entropy(neighbours: Map<string, number> | undefined): number {
  if (!neighbours) return 0;
  let total = 0;
  for (const n of neighbours.values()) total += n;
  let h = 0;
  for (const [key, n] of neighbours) {
    // Each chunk edge is its own outcome: n edges contribute n outcomes of probability 1/total.
    if (key === EDGE) h += n * (1 / total) * Math.log(total);
    else h -= (n / total) * Math.log(n / total);
  }
  return h;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function collectNgrams(chunks: Iterable<string>, maxLength = 10): NgramStats {
  const counts = new Map<string, number>();
  const context = new Map<string, Neighbours>();
  let total = 0;
  for (const chunk of chunks) {
    const chars = [...chunk];
    total += chars.length;
    for (let i = 0; i < chars.length; i++) {
      let text = '';
      for (let j = i; j < Math.min(chars.length, i + maxLength); j++) {
        text += chars[j];
        bump(counts, text);
        if (j === i) continue;
        let ctx = context.get(text);
        if (!ctx) {
          ctx = { left: new Map(), right: new Map() };
          context.set(text, ctx);
        }
        bump(ctx.left, chars[i - 1] ?? EDGE);
        bump(ctx.right, chars[j + 1] ?? EDGE);
      }
    }
  }
  const count = (text: string) => counts.get(text) ?? 0;
  return {
    total,
    count,
    cohesion(text) {
      const chars = [...text];
      if (chars.length < 2) return Number.POSITIVE_INFINITY;
      const whole = count(text);
      if (whole === 0) return Number.NEGATIVE_INFINITY;
      let weakest = Number.POSITIVE_INFINITY;
      for (let k = 1; k < chars.length; k++) {
        const a = count(chars.slice(0, k).join(''));
        const b = count(chars.slice(k).join(''));
        weakest = Math.min(weakest, Math.log((whole * total) / (a * b)));
      }
      return weakest;
    },
    leftEntropy: (text) => entropy(context.get(text)?.left),
    rightEntropy: (text) => entropy(context.get(text)?.right),
    frequent(min) {
      const out: string[] = [];
      for (const [text, n] of counts) if (n >= min && [...text].length >= 2) out.push(text);
      return out;
    },
  };
}
