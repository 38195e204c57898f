/**
 * Where the dictionary's lines come from: the whole packed text in memory, or chunks of it (all the
 * headwords that begin with one character) fetched on demand, e.g. from IndexedDB.
 */

import { runSteps } from '../run-steps';
import { createLineIndex, type LineIndex } from './dictionary-index';
import { PACK_MAGIC, TRADITIONAL_SECTION } from './dictionary-pack';

export interface PackHeader {
  /** The header line as packed: it identifies the release (entry count, date). */
  line: string;
  entries: number;
  /** Longest headword, in UTF-16 code units. */
  maxlen: number;
}

/** Lines by headword: `simplified` gives dictionary rows, `traditional` gives "traditional\tsimplified" pairs. */
export interface HeadwordSource {
  simplified: Pick<LineIndex, 'find' | 'has'>;
  traditional: Pick<LineIndex, 'find' | 'has'>;
}

export function readPackHeader(packed: string): PackHeader {
  const end = packed.indexOf('\n');
  const line = end < 0 ? packed : packed.slice(0, end);
  const fields = line.split('\t');
  if (fields[0] !== PACK_MAGIC) throw new Error('Not a packed Tanci dictionary (run `npm run data`)');
  const value = (name: string) =>
    Number(fields.find((f) => f.startsWith(`${name}=`))?.slice(name.length + 1));
  return { line, entries: value('entries'), maxlen: value('maxlen') };
}

/** Start and end of the two sections (each a run of whole lines). */
function sections(packed: string): { simplified: [number, number]; traditional: [number, number] } {
  const headerEnd = packed.indexOf('\n') + 1;
  const split = packed.indexOf(`\n${TRADITIONAL_SECTION}\n`);
  if (split < 0) throw new Error('Packed dictionary has no traditional section');
  return {
    simplified: [headerEnd, split + 1],
    traditional: [split + TRADITIONAL_SECTION.length + 2, packed.length],
  };
}

export function sourceFromPacked(packed: string): { header: PackHeader; source: HeadwordSource } {
  const header = readPackHeader(packed);
  const at = sections(packed);
  return {
    header,
    source: {
      simplified: createLineIndex(packed, ...at.simplified),
      traditional: createLineIndex(packed, ...at.traditional),
    },
  };
}

/**
 * Characters that begin so many headwords (中, 大, 不…) that their chunk is cut further, into buckets by
 * the second character: a lookup then reads a few kilobytes instead of tens, and the store keeps a
 * modest number of records.
 */
export type SplitChars = ReadonlySet<string>;

/** Above this many characters of lines, a first character's chunk is cut into buckets. */
export const SPLIT_ABOVE = 4_096;
const BUCKETS = 16;

/** The record a headword's lines live in: its first character, plus a bucket letter for split characters. */
export function chunkKey(key: string, split: SplitChars): string {
  const first = key.charAt(0);
  if (key.length < 2 || !split.has(first)) return first;
  return first + String.fromCharCode(0x41 + (key.charCodeAt(1) % BUCKETS));
}

/** The chunk a headword's lines live in: section letter ("s" simplified, "t" traditional) + its record key. */
export function chunkId(section: 's' | 't', key: string, split: SplitChars): string {
  return section + chunkKey(key, split);
}

/** Lines of the packed file handled per step of `chunkPackedSteps` (a few milliseconds of work). */
export const CHUNK_LINES_PER_STEP = 8_000;

/** The packed text cut into chunks: what `chunkPacked` returns and `chunkPackedSteps` ends with. */
export interface PackedChunks {
  header: PackHeader;
  chunks: Map<string, string>;
  split: string[];
}

/**
 * Cuts the packed text into chunks by first character (and bucket, for the characters in `split`). Lines
 * keep their sorted order within a chunk; every chunk text ends with a newline. A generator: each step
 * handles at most `linesPerStep` lines, so a service worker can answer a reader between two steps instead
 * of being blocked for the whole 10 MB (seconds on a loaded machine).
 */
export function* chunkPackedSteps(
  packed: string,
  splitAbove = SPLIT_ABOVE,
  linesPerStep = CHUNK_LINES_PER_STEP,
): Generator<void, PackedChunks> {
  const header = readPackHeader(packed);
  const at = sections(packed);
  const parts = [
    ['s', at.simplified],
    ['t', at.traditional],
  ] as const;
  let budget = linesPerStep;
  const sizes = new Map<string, number>();
  for (const [, [from, to]] of parts) {
    for (let start = from; start < to; ) {
      const end = packed.indexOf('\n', start) + 1;
      const first = packed.charAt(start);
      sizes.set(first, (sizes.get(first) ?? 0) + end - start);
      start = end;
      if (--budget === 0) {
        yield;
        budget = linesPerStep;
      }
    }
  }
  const split = new Set([...sizes].filter(([, size]) => size > splitAbove).map(([char]) => char));
  const lines = new Map<string, string[]>();
  for (const [section, [from, to]] of parts) {
    for (let start = from; start < to; ) {
      const end = packed.indexOf('\n', start) + 1;
      const line = packed.slice(start, end);
      const id = chunkId(section, line.slice(0, line.indexOf('\t')), split);
      const list = lines.get(id);
      if (list) list.push(line);
      else lines.set(id, [line]);
      start = end;
      if (--budget === 0) {
        yield;
        budget = linesPerStep;
      }
    }
  }
  const chunks = new Map<string, string>();
  for (const [id, list] of lines) {
    chunks.set(id, list.join(''));
    budget -= list.length;
    if (budget <= 0) {
      yield;
      budget = linesPerStep;
    }
  }
  return { header, chunks, split: [...split] };
}

/** `chunkPackedSteps` run to the end at once (tools and tests; the worker paces the steps). */
export function chunkPacked(packed: string, splitAbove = SPLIT_ABOVE): PackedChunks {
  return runSteps(chunkPackedSteps(packed, splitAbove));
}

/**
 * A source over chunks held by the caller. A chunk the caller has not loaded yet is reported through
 * `missing` (and reads as empty), so the caller can load it and ask again.
 */
export function createChunkedSource(
  chunk: (id: string) => LineIndex | null | undefined,
  missing: (id: string) => void,
  split: SplitChars,
): HeadwordSource {
  const section = (letter: 's' | 't') => {
    const indexFor = (key: string) => {
      if (!key) return null;
      const id = chunkId(letter, key, split);
      const index = chunk(id);
      if (index === undefined) missing(id);
      return index ?? null;
    };
    return {
      find: (key: string) => indexFor(key)?.find(key) ?? [],
      has: (key: string) => indexFor(key)?.has(key) ?? false,
    };
  };
  return { simplified: section('s'), traditional: section('t') };
}

export function indexChunk(text: string): LineIndex {
  return createLineIndex(text, 0, text.length);
}
