/**
 * Byte ranges ("parts") of the packed dictionary file, listed at build time (public/data/cedict-parts.json),
 * so a worker with no IndexedDB copy yet (a fresh profile, a new release) reads only the few kilobytes a
 * lookup needs, with a Range request, instead of the whole 10 MB file: reading that file's body held the
 * service worker for 2.8–3.2 s on this shared machine, and the first hovers of a page waited behind it.
 * A part is a run of whole lines of one section; one headword's lines never straddle two parts.
 */
import { type ChunkOf, sections } from './dictionary-source';

export const PARTS_FILE = 'cedict-parts.json';
/** About this many bytes per part: a lookup reads two to six of them. */
export const PART_BYTES = 32 * 1024;

/** [first key, first byte] of each part of a section, in file order. */
export type PartStarts = [string, number][];

export interface PackedParts {
  /** The packed file's header line: which release the byte offsets belong to. */
  header: string;
  /** Bytes of the packed file. */
  size: number;
  s: PartStarts;
  t: PartStarts;
  /** End of the simplified section's last part (in bytes). */
  sEnd: number;
}

const TAB = 9;
const NEWLINE = 10;

/** Where each part of the packed file starts (build time; the bytes are the file as shipped). */
export function partsOf(bytes: Uint8Array, partBytes = PART_BYTES): PackedParts {
  const decoder = new TextDecoder();
  const keyAt = (start: number) => {
    let end = start;
    while (end < bytes.length && bytes[end] !== TAB && bytes[end] !== NEWLINE) end++;
    return decoder.decode(bytes.subarray(start, end));
  };
  const at = sections(bytes);
  const starts = ([from, to]: [number, number]): PartStarts => {
    const list: PartStarts = [[keyAt(from), from]];
    let partStart = from;
    let previous = from;
    for (
      let start = bytes.indexOf(NEWLINE, from) + 1;
      start < to;
      start = bytes.indexOf(NEWLINE, start) + 1
    ) {
      // A new part starts only where the key changes: one headword's lines stay in one part.
      if (start - partStart >= partBytes && keyAt(start) !== keyAt(previous)) {
        list.push([keyAt(start), start]);
        partStart = start;
      }
      previous = start;
    }
    return list;
  };
  const header = decoder.decode(bytes.subarray(0, bytes.indexOf(NEWLINE)));
  return {
    header,
    size: bytes.length,
    s: starts(at.simplified),
    t: starts(at.traditional),
    sEnd: at.simplified[1],
  };
}

/** The index of the last part whose first key is not above `key` (-1: `key` sorts before every part). */
function partIndex(starts: PartStarts, key: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid]?.[0] ?? '') <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The part a headword's lines are in: "s12", "t3"; undefined when it sorts before the section. */
export function partOf(parts: PackedParts): ChunkOf {
  return (section, key) => {
    const i = partIndex(parts[section], key);
    return i < 0 ? undefined : `${section}${i}`;
  };
}

/** The byte range [start, end) of part `id`. */
export function partRange(parts: PackedParts, id: string): [number, number] {
  const section = id.charAt(0) === 't' ? 't' : 's';
  const starts = parts[section];
  const i = Number(id.slice(1));
  const start = starts[i]?.[1];
  if (start === undefined) throw new Error(`No dictionary part ${id}`);
  const end = starts[i + 1]?.[1] ?? (section === 's' ? parts.sEnd : parts.size);
  return [start, end];
}

/** Reads a parts list written by `partsOf`; an error when it is not one. */
export function parseParts(text: string): PackedParts {
  const value = JSON.parse(text) as Partial<PackedParts>;
  const isStarts = (list: unknown) =>
    Array.isArray(list) &&
    list.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number');
  if (
    typeof value.header !== 'string' ||
    typeof value.size !== 'number' ||
    typeof value.sEnd !== 'number' ||
    !isStarts(value.s) ||
    !isStarts(value.t)
  )
    throw new Error(`${PARTS_FILE} is not a list of dictionary parts (run npm run data)`);
  return value as PackedParts;
}
