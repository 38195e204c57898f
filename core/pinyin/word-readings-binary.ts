/**
 * The word readings as shipped (public/data/word-readings.bin, written by `npm run data`): the text format of
 * ./word-readings.ts with the length of every word line precomputed, so the service worker decodes the text
 * in one native call and finds its lines with one pass over a byte array, instead of walking 57k lines of
 * text (~35 ms of a cold core load in the service worker). Lengths (u8) rather than offsets (u32) keep the
 * file small: fetching it costs per byte.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "TANCIRDG"
 *   8   u32      format version (2)
 *   12  u32      word lines n
 *   16  u32      override lines
 *   20  u32      length of the decoded text in UTF-16 code units
 *   24  u32      total length in bytes (catches a truncated or padded file)
 *   28  u32      UTF-16 offset of the first word line (the header, comment and override lines come first)
 *   32  u8[n]    UTF-16 length of each word line with its line break; the word lines run to the text's end
 *   …            the text, UTF-8
 */

import { type BinaryFileSpec, checkHeader, startFile } from '../binary-header';
import { parseOverrides, SortedLineTable, scanWordReadings, type WordReadings } from './word-readings';

export const WORD_READINGS_FILE = 'word-readings.bin';
const HEADER = 32;
const FORMAT: BinaryFileSpec = { name: 'word readings', magic: 'TANCIRDG', version: 2, headerBytes: HEADER };

/** Packs the text form; throws when it is not a valid readings text (unsorted, truncated). */
export function encodeWordReadings(text: string): Uint8Array {
  const { overrides, starts } = scanWordReadings(text);
  if (starts.length > 0 && parseOverrides(text, 0, starts[0] as number).size !== overrides.size) {
    throw new Error('word readings: override lines must come before the word lines');
  }
  const utf8 = new TextEncoder().encode(text);
  const { bytes, view } = startFile(HEADER + starts.length + utf8.length, FORMAT);
  view.setUint32(12, starts.length, true);
  view.setUint32(16, overrides.size, true);
  view.setUint32(20, text.length, true);
  view.setUint32(24, bytes.length, true);
  view.setUint32(28, starts.length > 0 ? (starts[0] as number) : text.length, true);
  for (let i = 0; i < starts.length; i++) {
    const length = (i + 1 < starts.length ? (starts[i + 1] as number) : text.length) - (starts[i] as number);
    if (length > 0xff) throw new Error(`word readings: word line ${i} is ${length} code units long`);
    bytes[HEADER + i] = length;
  }
  bytes.set(utf8, HEADER + starts.length);
  return bytes;
}

/** Throws when the bytes are not a whole readings file. */
export function decodeWordReadings(data: ArrayBuffer | Uint8Array): WordReadings {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { view, fail } = checkHeader(bytes, FORMAT);
  const words = view.getUint32(12, true);
  const declared = view.getUint32(24, true);
  if (bytes.length !== declared || declared < HEADER + words) {
    fail(`${bytes.length} bytes, header declares ${declared} (truncated file?)`);
  }
  const lengths = bytes.subarray(HEADER, HEADER + words);
  const text = new TextDecoder().decode(bytes.subarray(HEADER + words));
  if (text.length !== view.getUint32(20, true)) fail('text does not decode to its declared length');
  const first = view.getUint32(28, true);
  // Every line must follow a line break and the lines must end with the text: the binary search then only
  // ever reads inside it.
  const starts = new Uint32Array(words);
  let start = first;
  for (let i = 0; i < words; i++) {
    if (start >= text.length || text.charCodeAt(start - 1) !== 0x0a) fail(`word line ${i} has a bad length`);
    starts[i] = start;
    start += lengths[i] as number;
  }
  if (start !== text.length) fail('word line lengths do not add up to the text');
  const overrides = parseOverrides(text, text.indexOf('\n') + 1, first);
  if (overrides.size !== view.getUint32(16, true)) fail('override lines do not match the header');
  return { words: new SortedLineTable(text, starts), overrides };
}
