/**
 * Binary search over the sorted lines of a packed dictionary, straight in the text: the only work at load
 * is finding where each line starts. Keys are the text before a line's first tab.
 */

export interface LineIndex {
  /** Every line whose key equals `key`, in file order. */
  find(key: string): string[];
  has(key: string): boolean;
  size: number;
}

const TAB = 9;
const NEWLINE = 10;

/** Offsets of the lines of `text` between [from, to), each ending at a newline. */
function lineStarts(text: string, from: number, to: number): Int32Array {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count);
  let line = 0;
  let start = from;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    starts[line++] = start;
    start = at + 1;
  }
  return starts;
}

/** Compares `key` with the key of the line starting at `start`, in UTF-16 code-unit order. */
function compareAt(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const lineCode = text.charCodeAt(start + i);
    const lineEnded = lineCode === TAB || lineCode === NEWLINE || Number.isNaN(lineCode);
    if (i === key.length) return lineEnded ? 0 : -1;
    if (lineEnded) return 1;
    const diff = key.charCodeAt(i) - lineCode;
    if (diff !== 0) return diff;
  }
}

export function createLineIndex(text: string, from: number, to: number): LineIndex {
  const starts = lineStarts(text, from, to);

  /** The first line whose key is not below `key`. */
  function lowerBound(key: string): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(text, starts[mid] ?? 0, key) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    size: starts.length,
    has(key) {
      const at = lowerBound(key);
      return at < starts.length && compareAt(text, starts[at] ?? 0, key) === 0;
    },
    find(key) {
      const lines: string[] = [];
      for (let at = lowerBound(key); at < starts.length; at++) {
        const start = starts[at] ?? 0;
        if (compareAt(text, start, key) !== 0) break;
        lines.push(text.slice(start, text.indexOf('\n', start)));
      }
      return lines;
    },
  };
}
