/**
 * Bulk annotation cut into chunks the scheduler can interleave with a reader's requests: a group is done
 * paragraph by paragraph, and a long paragraph (a 1 MiB text node arrives in 4,000-character cuts) in
 * pieces, each chunk about `chunkMs` of work. The annotator costs ~2.5 µs a character in Node and ~9 µs in
 * the service worker on this machine (pinyin included); the chunk size follows what chunks really took.
 */
import type { Token } from '@/core/types';

/**
 * Where a paragraph can be cut without changing its annotation: after a full-width sentence end or a line
 * break. The segmenter makes no word across them and pinyin is read sentence by sentence (annotator.ts).
 * ASCII ! ? ; are left out: they occur inside URLs, which the segmenter keeps whole.
 */
const PIECE_END = /[。！？；\n]/g;

/** Cuts `text` into [start, end) pieces of at most `maxChars`, at sentence ends where there is one. */
export function piecesOf(text: string, maxChars: number): Array<[number, number]> {
  const max = Math.max(2, Math.floor(maxChars));
  const pieces: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    PIECE_END.lastIndex = start;
    for (let m = PIECE_END.exec(text); m && m.index < start + max; m = PIECE_END.exec(text)) {
      cut = m.index + 1;
    }
    if (cut <= start) {
      cut = start + max;
      // Never between the halves of a surrogate pair.
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    pieces.push([start, cut]);
    start = cut;
  }
  if (start < text.length || pieces.length === 0) pieces.push([start, text.length]);
  return pieces;
}

/** How many characters fit in one chunk, learned from the chunks that ran. */
export interface ChunkCost {
  chars(): number;
  record(chars: number, ms: number): void;
}

export function createChunkCost({
  chunkMs = 10,
  /** The service worker's measured cost before any chunk ran: errs towards small chunks. */
  initialUsPerChar = 9,
  minChars = 100,
  maxChars = 20_000,
} = {}): ChunkCost {
  let usPerChar = initialUsPerChar;
  return {
    chars: () => Math.max(minChars, Math.min(maxChars, Math.floor((chunkMs * 1_000) / usPerChar))),
    record(chars, ms) {
      // Chunks under ~40 characters are mostly fixed cost: they say little about the rate.
      if (chars < 40 || !(ms >= 0)) return;
      const measured = Math.max(0.2, (ms * 1_000) / chars);
      // Grows at once (a slow chunk is what must not repeat), shrinks gradually.
      usPerChar = measured > usPerChar ? measured : usPerChar * 0.7 + measured * 0.3;
    },
  };
}

/**
 * Annotates `paragraphs` one chunk per `next()`: the scheduler's bulk work. The result is what annotating
 * each paragraph whole gives (pieces end at sentence ends; offsets are shifted back).
 */
export function* annotateInChunks(
  annotate: (text: string) => Token[],
  paragraphs: readonly string[],
  cost: ChunkCost,
  now: () => number,
): Generator<void, Token[][], unknown> {
  const out: Token[][] = [];
  let limit = cost.chars();
  let used = 0;
  let started = now();
  for (const text of paragraphs) {
    const tokens: Token[] = [];
    for (const [start, end] of piecesOf(text, limit)) {
      if (used > 0 && used + (end - start) > limit) {
        cost.record(used, now() - started);
        yield;
        limit = cost.chars();
        used = 0;
        started = now();
      }
      const piece = start === 0 && end === text.length ? text : text.slice(start, end);
      for (const t of annotate(piece)) {
        tokens.push(start === 0 ? t : { ...t, start: t.start + start, end: t.end + start });
      }
      used += end - start;
    }
    out.push(tokens);
  }
  if (used > 0) cost.record(used, now() - started);
  return out;
}
