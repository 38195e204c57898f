import { describe, expect, it } from 'vitest';
import { decodeG2pm, encodeG2pm } from '@/core/pinyin/g2pm-file';
import { createG2pmModel, G2PM_EMBEDDING, G2PM_HIDDEN, type G2pmWeights } from '@/core/pinyin/g2pm-model';

/** A model of 7 characters (a space among them, as in g2pM's vocabulary) and 3 classes, numbers from a seed. */
function tinyWeights(): G2pmWeights {
  let seed = 7;
  const random = (n: number) =>
    Float32Array.from({ length: n }, () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647 - 0.5;
    });
  const gates = 4 * G2PM_HIDDEN;
  const lstm = () => ({
    ih: random(gates * G2PM_EMBEDDING),
    hh: random(gates * G2PM_HIDDEN),
    bias: random(gates),
  });
  const chars = ['<PAD>', '<UNK>', '시', '끝', '行', ' ', '长'];
  const classes = ['xing2', 'hang2', 'zhang3'];
  return {
    chars,
    classes,
    polyphones: new Map([
      ['行', ['xing2', 'hang2']],
      ['长', ['zhang3', 'hang2']],
    ]),
    embedding: random(chars.length * G2PM_EMBEDDING),
    forward: lstm(),
    backward: lstm(),
    hidden: random(G2PM_HIDDEN * 2 * G2PM_HIDDEN),
    hiddenBias: random(G2PM_HIDDEN),
    output: random(classes.length * G2PM_HIDDEN),
    outputBias: random(classes.length),
    modelFirst: ['长'],
    sentenceFirst: ['行'],
  };
}

describe('g2pM model file', () => {
  it('decodes to the weights it was made from', () => {
    const weights = tinyWeights();
    const decoded = decodeG2pm(encodeG2pm(weights));
    // The special ids 0–3 are not stored: they get fixed names.
    expect(decoded.chars.slice(4)).toEqual(weights.chars.slice(4));
    expect(decoded.classes).toEqual(weights.classes);
    expect(decoded.polyphones).toEqual(weights.polyphones);
    expect(decoded.modelFirst).toEqual(['长']);
    expect(decoded.sentenceFirst).toEqual(['行']);
    expect(decoded.embedding).toEqual(weights.embedding);
    expect(decoded.backward).toEqual(weights.backward);
    expect(decoded.outputBias).toEqual(weights.outputBias);
    const text = [...'行 长行?'];
    expect(createG2pmModel(decoded).read(text)).toEqual(createG2pmModel(weights).read(text));
  });

  it('reads bytes that do not start on a 4-byte boundary', () => {
    const bytes = encodeG2pm(tinyWeights());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeG2pm(shifted.subarray(1)).polyphones.get('行')).toEqual(['xing2', 'hang2']);
  });

  it('rejects a corrupt or truncated file with a clear error', () => {
    const bytes = encodeG2pm(tinyWeights());
    const damaged = (change: (copy: Uint8Array) => Uint8Array) => () => decodeG2pm(change(bytes.slice()));
    const setU32 = (offset: number, value: number) => (b: Uint8Array) => {
      new DataView(b.buffer).setUint32(offset, value, true);
      return b;
    };
    expect(damaged((b) => b.subarray(0, b.length - 1))).toThrow(/^g2pM model: .*truncated/);
    expect(damaged((b) => b.subarray(0, 20))).toThrow(/too short.*truncated/);
    expect(damaged((b) => b.fill(0x41, 0, 8))).toThrow(/bad magic/);
    expect(damaged(setU32(8, 99))).toThrow(/format version 99/);
    expect(damaged(setU32(16, 8))).toThrow(/floats/);
    expect(damaged(setU32(24, 3))).toThrow(/text lines/);
    expect(damaged((b) => b.fill(0xff, b.length - 3))).toThrow(/text is not UTF-8/);
    const unknownReading = { ...tinyWeights(), polyphones: new Map([['行', ['xing2', 'heng2']]]) };
    expect(() => decodeG2pm(encodeG2pm(unknownReading))).toThrow(/bad polyphone line/);
  });

  it('refuses to pack tensors of the wrong size', () => {
    const weights = tinyWeights();
    expect(() => encodeG2pm({ ...weights, outputBias: new Float32Array(2) })).toThrow(/tensor 10/);
  });
});
