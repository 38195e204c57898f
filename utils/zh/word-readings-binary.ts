/**
 * The word readings as shipped (public/data/word-readings.bin, written by `npm run data`): the text format of
 * ./word-readings.ts with the offset of every word line precomputed, so the service worker decodes the text
 * in one native call and searches it at once, instead of walking 57k lines to find them (~35 ms of a cold
 * core load in the service worker).
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "TANCIRDG"
 *   8   u32      format version (1)
 *   12  u32      word lines n
 *   16  u32      override lines
 *   20  u32      length of the decoded text in UTF-16 code units
 *   24  u32      total length in bytes (catches a truncated or padded file)
 *   28  u32[n]   UTF-16 offset of each word line in the decoded text, ascending
 *   …            the text, UTF-8
 */
import { parseOverrides, SortedLineTable, scanWordReadings, type WordReadings } from './word-readings';

export const WORD_READINGS_FILE = 'word-readings.bin';
const MAGIC = 'TANCIRDG';
const VERSION = 1;
const HEADER = 28;

/** Packs the text form; throws when it is not a valid readings text (unsorted, truncated). */
export function encodeWordReadings(text: string): Uint8Array {
  const { overrides, starts } = scanWordReadings(text);
  if (starts.length > 0 && parseOverrides(text, 0, starts[0] as number).size !== overrides.size) {
    throw new Error('word readings: override lines must come before the word lines');
  }
  const utf8 = new TextEncoder().encode(text);
  const bytes = new Uint8Array(HEADER + 4 * starts.length + utf8.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, starts.length, true);
  view.setUint32(16, overrides.size, true);
  view.setUint32(20, text.length, true);
  view.setUint32(24, bytes.length, true);
  for (let i = 0; i < starts.length; i++) view.setUint32(HEADER + 4 * i, starts[i] as number, true);
  bytes.set(utf8, HEADER + 4 * starts.length);
  return bytes;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Throws when the bytes are not a whole readings file. */
export function decodeWordReadings(data: ArrayBuffer | Uint8Array): WordReadings {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const fail = (why: string): never => {
    throw new Error(`word readings: ${why}`);
  };
  if (bytes.length < HEADER) fail(`file of ${bytes.length} bytes is too short for a header (truncated?)`);
  if (String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC) fail('unknown format (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(8, true);
  if (version !== VERSION) fail(`format version ${version}, this build reads ${VERSION} (run npm run data)`);
  const words = view.getUint32(12, true);
  const declared = view.getUint32(24, true);
  if (bytes.length !== declared || declared < HEADER + 4 * words) {
    fail(`${bytes.length} bytes, header declares ${declared} (truncated file?)`);
  }
  if (!littleEndian) fail('big-endian platforms are not supported');
  const starts = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER, words);
  const text = new TextDecoder().decode(bytes.subarray(HEADER + 4 * words));
  if (text.length !== view.getUint32(20, true)) fail('text does not decode to its declared length');
  // Every offset must start a line, in order: the binary search then only ever reads inside the text.
  let previous = 0;
  for (let i = 0; i < words; i++) {
    const start = starts[i] as number;
    if (start <= previous || start >= text.length || text.charCodeAt(start - 1) !== 0x0a) {
      fail(`word line ${i} has a bad offset`);
    }
    previous = start;
  }
  const overrides = parseOverrides(
    text,
    text.indexOf('\n') + 1,
    words > 0 ? (starts[0] as number) : text.length,
  );
  if (overrides.size !== view.getUint32(16, true)) fail('override lines do not match the header');
  return { words: new SortedLineTable(text, starts), overrides };
}
