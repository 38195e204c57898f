/**
 * Where the dictionary's lines come from: the whole packed text in memory, or chunks of it (all the
 * headwords that begin with one character) fetched on demand, e.g. from IndexedDB.
 */
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

/** The chunk a headword's lines live in: section letter + the headword's first UTF-16 code unit. */
export function chunkId(section: 's' | 't', key: string): string {
  return section + key.charAt(0);
}

/**
 * Cuts the packed text into chunks by first character. Lines are sorted by code unit, so each chunk is a
 * contiguous run of lines; every chunk text ends with a newline.
 */
export function chunkPacked(packed: string): { header: PackHeader; chunks: Map<string, string> } {
  const header = readPackHeader(packed);
  const at = sections(packed);
  const chunks = new Map<string, string>();
  for (const [section, [from, to]] of [
    ['s', at.simplified],
    ['t', at.traditional],
  ] as const) {
    let start = from;
    while (start < to) {
      const first = packed.charAt(start);
      let end = start;
      while (end < to && packed.charAt(end) === first) end = packed.indexOf('\n', end) + 1;
      chunks.set(section + first, packed.slice(start, end));
      start = end;
    }
  }
  return { header, chunks };
}

/**
 * A source over chunks held by the caller. A chunk the caller has not loaded yet is reported through
 * `missing` (and reads as empty), so the caller can load it and ask again.
 */
export function createChunkedSource(
  chunk: (id: string) => LineIndex | null | undefined,
  missing: (id: string) => void,
): HeadwordSource {
  const section = (letter: 's' | 't') => {
    const indexFor = (key: string) => {
      if (!key) return null;
      const id = chunkId(letter, key);
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
