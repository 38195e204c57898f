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

/** Index of the nearest Chinese token before (`step` -1) or after (+1) token `from`, or -1. */
export function neighbourWordIndex(tokens: readonly Token[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < tokens.length; i += step) {
    if (tokens[i]?.zh) return i;
  }
  return -1;
}
