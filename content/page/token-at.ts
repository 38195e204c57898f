import type { Token } from '@/core/types';

/** Index of the token covering paragraph offset `offset` (binary search over sorted tokens), or -1. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the nearest Chinese token wholly before (`step` -1) or after (+1) the span [start, end), or -1.
 * The span is a token's, or a unit chosen in the popup that covers several tokens or part of one.
 */
export function neighbourWordIndex(
  tokens: readonly Token[],
  span: { start: number; end: number },
  step: 1 | -1,
): number {
  const from = tokenIndexAt(tokens, step > 0 ? span.end - 1 : span.start);
  if (from < 0) return -1;
  for (let i = from + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token;
    if (t.zh && (step > 0 ? t.start >= span.end : t.end <= span.start)) return i;
  }
  return -1;
}
