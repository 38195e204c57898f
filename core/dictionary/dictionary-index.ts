/**
 * Binary search over the sorted lines of a packed dictionary, straight in its text or its UTF-8 bytes, with
 * nothing built at load: the search halves a range and steps back to the start of the line it lands in.
 * On a fresh profile the worker answers the first hover from the file's bytes as soon as they are read:
 * decoding the 10 MB file blocked the worker 0.3 s in Node and up to 2.4 s in the service worker on this
 * shared machine, and indexing its line starts another 40–350 ms. Keys are the text before a line's first tab.
 */

export interface LineIndex {
  /** Every line whose key equals `key`, in file order. */
  find(key: string): string[];
  has(key: string): boolean;
}

const TAB = 9;
const NEWLINE = 10;

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

/** How the search reads lines, the same over a string and over UTF-8 bytes (0x0A and 0x09 never occur inside a multi-byte character). */
interface Lines {
  /** Position of the next newline at or after `at` (-1: none). */
  newlineFrom(at: number): number;
  /** Position of the last newline before `at` (-1: none); `at` > 0. */
  newlineBefore(at: number): number;
  /** `key` compared with the key of the line starting at `start` (JavaScript string order, as packed). */
  compare(start: number, key: string): number;
  /** The line from `start` to `end` (its newline), as text. */
  line(start: number, end: number): string;
}

function stringLines(text: string): Lines {
  return {
    newlineFrom: (at) => text.indexOf('\n', at),
    newlineBefore: (at) => text.lastIndexOf('\n', at - 1),
    compare: (start, key) => compareAt(text, start, key),
    line: (start, end) => text.slice(start, end),
  };
}

function byteLines(bytes: Uint8Array): Lines {
  const decoder = new TextDecoder();
  return {
    newlineFrom: (at) => bytes.indexOf(NEWLINE, at),
    newlineBefore: (at) => bytes.lastIndexOf(NEWLINE, at - 1),
    compare(start, key) {
      let end = start;
      while (end < bytes.length && bytes[end] !== TAB && bytes[end] !== NEWLINE) end++;
      const lineKey = decoder.decode(bytes.subarray(start, end));
      return key < lineKey ? -1 : key > lineKey ? 1 : 0;
    },
    line: (start, end) => decoder.decode(bytes.subarray(start, end)),
  };
}

/**
 * The lines of `text` (a string, or its UTF-8 bytes) in [from, to): `from` is a line start and every line
 * ends with a newline before `to`.
 */
export function createLineIndex(text: string | Uint8Array, from: number, to: number): LineIndex {
  const lines = typeof text === 'string' ? stringLines(text) : byteLines(text);
  /** Start of the line holding `at` (never before `from`). */
  const lineStart = (at: number) => (at <= from ? from : Math.max(from, lines.newlineBefore(at) + 1));
  /** Start of the line after the one starting at `start`. */
  const nextLine = (start: number) => {
    const end = lines.newlineFrom(start);
    return end < 0 || end >= to ? to : end + 1;
  };

  /** Start of the first line whose key is not below `key` (`to` when there is none). */
  function lowerBound(key: string): number {
    // lo and hi are line starts; every line before lo is below key, hi and every line after it are not.
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const start = lineStart((lo + hi) >>> 1); // lo <= start < hi
      if (lines.compare(start, key) > 0) lo = nextLine(start);
      else hi = start;
    }
    return lo;
  }

  return {
    has(key) {
      const at = lowerBound(key);
      return at < to && lines.compare(at, key) === 0;
    },
    find(key) {
      const found: string[] = [];
      for (let at = lowerBound(key); at < to; ) {
        if (lines.compare(at, key) !== 0) break;
        const end = lines.newlineFrom(at);
        found.push(lines.line(at, end));
        at = end + 1;
      }
      return found;
    },
  };
}
