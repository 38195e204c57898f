/**
 * g2pM's weights and vocabularies as shipped (public/data/g2pm.bin, written by `npm run data` from
 * seeds/models/g2pm/): every tensor as float32 behind a small header, then the characters, classes and
 * polyphones as text. Loading is typed-array views over the fetched bytes plus one split of ~7k short lines.
 * The input-side LSTM biases are stored added together (b_ih + b_hh), as every step adds both.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "TANCIG2P"
 *   8   u32      format version (1)
 *   12  u32      total length in bytes (catches a truncated or padded file before any view is made)
 *   16  u32      characters n (with the four special ids 0–3)
 *   20  u32      classes m
 *   24  u32      polyphones p
 *   28  u32      float count (must be floatCount(n, m))
 *   32  u32      UTF-8 length of the text
 *   36  u32      model-first characters w
 *   40  u32      sentence-first characters s
 *   44  f32[…]   embedding [n×64]; forward ih [128×64], hh [128×32], bias [128]; the same backward;
 *                hidden [32×64], hidden bias [32]; output [m×32], output bias [m]
 *   …            text: characters 4…n-1, then the classes, then one "char reading reading…" line per
 *                polyphone, then the w model-first and the s sentence-first characters, all separated by "\n"
 */
import { alignedBytes, type BinaryFileSpec, checkHeader, littleEndian, startFile } from '../binary-header';
import { G2PM_EMBEDDING, G2PM_HIDDEN, type G2pmWeights } from './g2pm-model';

export const G2PM_FILE = 'g2pm.bin';
const HEADER = 44;
const FORMAT: BinaryFileSpec = { name: 'g2pM model', magic: 'TANCIG2P', version: 1, headerBytes: HEADER };
const SPECIAL = ['<PAD>', '<UNK>', '<BOS>', '<EOS>'];
const GATES = 4 * G2PM_HIDDEN;
const LSTM = GATES * G2PM_EMBEDDING + GATES * G2PM_HIDDEN + GATES;

function floatCount(chars: number, classes: number): number {
  const dense = G2PM_HIDDEN * 2 * G2PM_HIDDEN + G2PM_HIDDEN + classes * G2PM_HIDDEN + classes;
  return chars * G2PM_EMBEDDING + 2 * LSTM + dense;
}

function tensors(w: G2pmWeights): Float32Array[] {
  return [
    w.embedding,
    w.forward.ih,
    w.forward.hh,
    w.forward.bias,
    w.backward.ih,
    w.backward.hh,
    w.backward.bias,
    w.hidden,
    w.hiddenBias,
    w.output,
    w.outputBias,
  ];
}

function sizes(chars: number, classes: number): number[] {
  const lstm = [GATES * G2PM_EMBEDDING, GATES * G2PM_HIDDEN, GATES];
  return [
    chars * G2PM_EMBEDDING,
    ...lstm,
    ...lstm,
    G2PM_HIDDEN * 2 * G2PM_HIDDEN,
    G2PM_HIDDEN,
    classes * G2PM_HIDDEN,
    classes,
  ];
}

export function encodeG2pm(weights: G2pmWeights): Uint8Array {
  const { chars, classes, polyphones } = weights;
  const expected = sizes(chars.length, classes.length);
  const parts = tensors(weights);
  parts.forEach((part, i) => {
    if (part.length !== expected[i])
      throw new Error(`g2pM: tensor ${i} has ${part.length} floats, not ${expected[i]}`);
  });
  // One name per line; a character may be a space (g2pM has one), a class or polyphone may not.
  const bad = (name: string, space: boolean) =>
    name === '' || name.includes('\n') || (space && name.includes(' '));
  const lines = [...chars.slice(SPECIAL.length), ...classes];
  lines.forEach((name, i) => {
    if (bad(name, i >= chars.length - SPECIAL.length)) throw new Error(`g2pM: bad name "${name}"`);
  });
  for (const [char, readings] of polyphones) {
    if (bad(char, true)) throw new Error(`g2pM: bad polyphone "${char}"`);
    lines.push([char, ...readings].join(' '));
  }
  const modelFirst = weights.modelFirst ?? [];
  const sentenceFirst = weights.sentenceFirst ?? [];
  for (const char of [...modelFirst, ...sentenceFirst]) {
    if (bad(char, true)) throw new Error(`g2pM: bad listed character "${char}"`);
    lines.push(char);
  }
  const text = new TextEncoder().encode(lines.join('\n'));
  const floats = floatCount(chars.length, classes.length);
  const { bytes, view } = startFile(HEADER + 4 * floats + text.length, FORMAT);
  view.setUint32(12, bytes.length, true);
  view.setUint32(16, chars.length, true);
  view.setUint32(20, classes.length, true);
  view.setUint32(24, polyphones.size, true);
  view.setUint32(28, floats, true);
  view.setUint32(32, text.length, true);
  view.setUint32(36, modelFirst.length, true);
  view.setUint32(40, sentenceFirst.length, true);
  let at = HEADER;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++, at += 4) view.setFloat32(at, part[i] as number, true);
  }
  bytes.set(text, at);
  return bytes;
}

/** Views over the file's bytes (no copy when they are 4-byte aligned). Throws when it is not a whole g2pM file. */
export function decodeG2pm(data: ArrayBuffer | Uint8Array): G2pmWeights {
  const bytes = alignedBytes(data, 4);
  const { view, fail } = checkHeader(bytes, FORMAT);
  const declared = view.getUint32(12, true);
  if (bytes.length !== declared) fail(`${bytes.length} bytes, header declares ${declared} (truncated file?)`);
  const chars = view.getUint32(16, true);
  const classes = view.getUint32(20, true);
  const polyphones = view.getUint32(24, true);
  const floats = view.getUint32(28, true);
  const textBytes = view.getUint32(32, true);
  const modelFirst = view.getUint32(36, true);
  const sentenceFirst = view.getUint32(40, true);
  if (chars <= SPECIAL.length || classes === 0) fail(`${chars} characters and ${classes} classes`);
  if (floats !== floatCount(chars, classes)) {
    fail(`${floats} floats, ${chars} characters and ${classes} classes need ${floatCount(chars, classes)}`);
  }
  if (HEADER + 4 * floats + textBytes !== declared) fail('section lengths do not add up to the file');
  if (!littleEndian) fail('big-endian platforms are not supported');
  let at = bytes.byteOffset + HEADER;
  const parts = sizes(chars, classes).map((size) => {
    const part = new Float32Array(bytes.buffer, at, size);
    at += 4 * size;
    return part;
  });
  let lines: string[] = [];
  try {
    lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER + 4 * floats)).split('\n');
  } catch {
    fail('text is not UTF-8 (corrupt file?)');
  }
  const named = chars - SPECIAL.length + classes;
  const listed = named + polyphones + modelFirst;
  if (lines.length !== listed + sentenceFirst) {
    fail(`${lines.length} text lines, header declares ${listed + sentenceFirst}`);
  }
  const classNames = lines.slice(chars - SPECIAL.length, named);
  const known = new Set(classNames);
  const table = new Map<string, string[]>();
  for (let i = named; i < named + polyphones; i++) {
    const [char = '', ...readings] = (lines[i] as string).split(' ');
    if (readings.length < 2 || !readings.every((r) => known.has(r))) fail(`bad polyphone line ${i}`);
    table.set(char, readings);
  }
  const [embedding, fih, fhh, fb, bih, bhh, bb, hidden, hiddenBias, output, outputBias] = parts as [
    Float32Array,
    ...Float32Array[],
  ] as Float32Array[];
  return {
    chars: [...SPECIAL, ...lines.slice(0, chars - SPECIAL.length)],
    classes: classNames,
    polyphones: table,
    modelFirst: lines.slice(named + polyphones, listed),
    sentenceFirst: lines.slice(listed),
    embedding: embedding as Float32Array,
    forward: { ih: fih as Float32Array, hh: fhh as Float32Array, bias: fb as Float32Array },
    backward: { ih: bih as Float32Array, hh: bhh as Float32Array, bias: bb as Float32Array },
    hidden: hidden as Float32Array,
    hiddenBias: hiddenBias as Float32Array,
    output: output as Float32Array,
    outputBias: outputBias as Float32Array,
  };
}
