/**
 * g2pM's inference (Park & Lee, Interspeech 2020; Apache-2.0), ported from its numpy code: the characters
 * of a sentence, between a begin and an end token, run through a one-layer bidirectional LSTM (hidden 32
 * per direction, gates in PyTorch's order i, f, g, o, both directions from zero states); at each polyphonic
 * character the two hidden states [forward; backward] go through dense 64 → 32 (ReLU) → classes, and the
 * argmax class is its reading. Pure and allocation-free per sentence once warm: buffers grow and are reused.
 *
 * Speed: an LSTM step is x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh. The input part depends on the character alone, so
 * it is computed once per character the first time it is seen and cached (the same figures g2pM computes,
 * without shipping a table four times the size of the embeddings); a step is then 128×32 multiply-adds per
 * direction. The forward pass stops at the last polyphone and the backward pass at the first, which changes
 * nothing in the result; a sentence without a polyphone costs nothing.
 */

export const G2PM_EMBEDDING = 64;
export const G2PM_HIDDEN = 32;
const GATES = 4 * G2PM_HIDDEN;

/** One direction of the LSTM. */
export interface LstmWeights {
  /** [128 × 64], row g is gate unit g's input weights (PyTorch weight_ih). */
  ih: Float32Array;
  /** [128 × 32] (PyTorch weight_hh). */
  hh: Float32Array;
  /** [128] bias_ih + bias_hh (g2pM adds both to every step). */
  bias: Float32Array;
}

export interface G2pmWeights {
  /** Characters by input id; ids 0–3 are padding, unknown, begin and end. */
  chars: readonly string[];
  /** Numbered readings by output class ("hang2", "le5", "lu:4"). */
  classes: readonly string[];
  /** Polyphonic characters (more than one reading in g2pM's CC-CEDICT digest) → their readings. */
  polyphones: ReadonlyMap<string, readonly string[]>;
  /** [chars × 64]. */
  embedding: Float32Array;
  forward: LstmWeights;
  backward: LstmWeights;
  /** [32 × 64] and [32]. */
  hidden: Float32Array;
  hiddenBias: Float32Array;
  /** [classes × 32] and [classes]. */
  output: Float32Array;
  outputBias: Float32Array;
  /**
   * Characters for which the model is more often right than a CC-CEDICT word reading: not g2pM's, fitted
   * for Tanci (core/pinyin/polyphone-model.ts) and shipped in the same file.
   */
  modelFirst?: readonly string[];
  /** Characters for which pinyin-pro's sentence reading is as often right as the model's (same origin). */
  sentenceFirst?: readonly string[];
}

export const G2PM_UNKNOWN = 1;
export const G2PM_BEGIN = 2;
export const G2PM_END = 3;

export interface G2pmOptions {
  /**
   * Take the argmax only over the character's own readings in the digest instead of over every class, as
   * the original does. Faster (2–5 rows of the output layer instead of all of them); the readings can only
   * differ where the original would answer a reading the character does not have.
   */
  ownReadingsOnly?: boolean;
}

export interface G2pmModel {
  isPolyphone(char: string): boolean;
  /**
   * The model's reading of each polyphonic character of `chars` (one code point each), null elsewhere.
   * `wanted(k)` (default: every polyphone) picks the polyphones whose reading is needed; the LSTM runs
   * only where some wanted reading depends on it.
   */
  read(chars: readonly string[], wanted?: (index: number) => boolean): (string | null)[];
}

/**
 * tanh by linear interpolation in a table over [-8, 8] (steps of 1/256; off by at most 2e-6, and by 1e-7 at
 * the ends): Math.tanh and Math.exp are calls into C, and five of them per hidden unit were half of a step.
 */
const TANH_RANGE = 8;
const TANH_STEPS = 256;
const TANH_TABLE = Float64Array.from({ length: 2 * TANH_RANGE * TANH_STEPS + 2 }, (_, i) =>
  Math.tanh(i / TANH_STEPS - TANH_RANGE),
);

export function fastTanh(x: number): number {
  if (x <= -TANH_RANGE) return -1;
  if (x >= TANH_RANGE) return 1;
  const at = (x + TANH_RANGE) * TANH_STEPS;
  const i = at | 0;
  const low = TANH_TABLE[i] as number;
  return low + ((TANH_TABLE[i + 1] as number) - low) * (at - i);
}

const sigmoid = (x: number) => 0.5 + 0.5 * fastTanh(0.5 * x);

/**
 * One LSTM step: `gates` holds x·W_ihᵀ + biases at `at` (128 values); h and c (32 each) are updated in place,
 * `z` (128) is scratch for the gate sums. Exported for the unit test that checks it by hand.
 */
export function lstmStep(
  gates: Float32Array,
  at: number,
  hh: Float64Array,
  h: Float64Array,
  c: Float64Array,
  z: Float64Array,
): void {
  // The old h in locals and the 32 products of a row in one expression: V8 keeps them in registers, which
  // makes a step about twice as fast as the loop over j.
  const h0 = h[0] as number;
  const h1 = h[1] as number;
  const h2 = h[2] as number;
  const h3 = h[3] as number;
  const h4 = h[4] as number;
  const h5 = h[5] as number;
  const h6 = h[6] as number;
  const h7 = h[7] as number;
  const h8 = h[8] as number;
  const h9 = h[9] as number;
  const h10 = h[10] as number;
  const h11 = h[11] as number;
  const h12 = h[12] as number;
  const h13 = h[13] as number;
  const h14 = h[14] as number;
  const h15 = h[15] as number;
  const h16 = h[16] as number;
  const h17 = h[17] as number;
  const h18 = h[18] as number;
  const h19 = h[19] as number;
  const h20 = h[20] as number;
  const h21 = h[21] as number;
  const h22 = h[22] as number;
  const h23 = h[23] as number;
  const h24 = h[24] as number;
  const h25 = h[25] as number;
  const h26 = h[26] as number;
  const h27 = h[27] as number;
  const h28 = h[28] as number;
  const h29 = h[29] as number;
  const h30 = h[30] as number;
  const h31 = h[31] as number;
  for (let g = 0; g < GATES; g++) {
    const r = g * G2PM_HIDDEN;
    z[g] =
      (gates[at + g] as number) +
      (hh[r] as number) * h0 +
      (hh[r + 1] as number) * h1 +
      (hh[r + 2] as number) * h2 +
      (hh[r + 3] as number) * h3 +
      (hh[r + 4] as number) * h4 +
      (hh[r + 5] as number) * h5 +
      (hh[r + 6] as number) * h6 +
      (hh[r + 7] as number) * h7 +
      (hh[r + 8] as number) * h8 +
      (hh[r + 9] as number) * h9 +
      (hh[r + 10] as number) * h10 +
      (hh[r + 11] as number) * h11 +
      (hh[r + 12] as number) * h12 +
      (hh[r + 13] as number) * h13 +
      (hh[r + 14] as number) * h14 +
      (hh[r + 15] as number) * h15 +
      (hh[r + 16] as number) * h16 +
      (hh[r + 17] as number) * h17 +
      (hh[r + 18] as number) * h18 +
      (hh[r + 19] as number) * h19 +
      (hh[r + 20] as number) * h20 +
      (hh[r + 21] as number) * h21 +
      (hh[r + 22] as number) * h22 +
      (hh[r + 23] as number) * h23 +
      (hh[r + 24] as number) * h24 +
      (hh[r + 25] as number) * h25 +
      (hh[r + 26] as number) * h26 +
      (hh[r + 27] as number) * h27 +
      (hh[r + 28] as number) * h28 +
      (hh[r + 29] as number) * h29 +
      (hh[r + 30] as number) * h30 +
      (hh[r + 31] as number) * h31;
  }
  for (let u = 0; u < G2PM_HIDDEN; u++) {
    const cell =
      sigmoid(z[G2PM_HIDDEN + u] as number) * (c[u] as number) +
      sigmoid(z[u] as number) * fastTanh(z[2 * G2PM_HIDDEN + u] as number);
    c[u] = cell;
    h[u] = sigmoid(z[3 * G2PM_HIDDEN + u] as number) * fastTanh(cell);
  }
}

export function createG2pmModel(weights: G2pmWeights, options: G2pmOptions = {}): G2pmModel {
  const { chars, classes, polyphones, embedding, forward, backward } = weights;
  const ids = new Map<string, number>();
  chars.forEach((char, id) => {
    if (id > G2PM_END) ids.set(char, id);
  });
  const classIds = new Map(classes.map((name, id) => [name, id]));
  const candidates = new Map<string, Int32Array>();
  for (const [char, readings] of polyphones) {
    candidates.set(char, Int32Array.from(readings.map((r) => classIds.get(r) ?? -1).filter((id) => id >= 0)));
  }
  const allClasses = Int32Array.from(classes.keys());

  // Input projections in slots given out in the order characters are first met (a page touches a few
  // thousand of the 5,398, and only the memory of those): forward gates at [slot·256, +128), backward at
  // [+128, +256). slotOf[id] is slot + 1, 0 until computed.
  const projection = new Float32Array(chars.length * 2 * GATES);
  const slotOf = new Int32Array(chars.length);
  let slots = 0;
  function project(id: number): number {
    const slot = slots++;
    const e = id * G2PM_EMBEDDING;
    for (const [direction, w] of [forward, backward].entries()) {
      const out = slot * 2 * GATES + direction * GATES;
      for (let g = 0; g < GATES; g++) {
        let sum = w.bias[g] as number;
        const row = g * G2PM_EMBEDDING;
        for (let k = 0; k < G2PM_EMBEDDING; k++)
          sum += (w.ih[row + k] as number) * (embedding[e + k] as number);
        projection[out + g] = sum;
      }
    }
    slotOf[id] = slot + 1;
    return slot;
  }
  const slotFor = (id: number) => ((slotOf[id] as number) || project(id) + 1) - 1;

  const h = new Float64Array(G2PM_HIDDEN);
  const c = new Float64Array(G2PM_HIDDEN);
  const z = new Float64Array(GATES);
  // Float64 copies of the recurrent weights: the hot loop then reads doubles without converting.
  const forwardHh = Float64Array.from(forward.hh);
  const backwardHh = Float64Array.from(backward.hh);
  const dense = new Float64Array(G2PM_HIDDEN);
  let sequence = new Int32Array(64);
  let states = new Float64Array(64 * 2 * G2PM_HIDDEN);

  function classify(at: number, char: string): string {
    const { hidden, hiddenBias, output, outputBias } = weights;
    for (let u = 0; u < G2PM_HIDDEN; u++) {
      let sum = hiddenBias[u] as number;
      const row = u * 2 * G2PM_HIDDEN;
      for (let k = 0; k < 2 * G2PM_HIDDEN; k++)
        sum += (hidden[row + k] as number) * (states[at + k] as number);
      dense[u] = Math.max(sum, 0);
    }
    const rows = options.ownReadingsOnly ? (candidates.get(char) ?? allClasses) : allClasses;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < rows.length; r++) {
      const cls = rows[r] as number;
      let sum = outputBias[cls] as number;
      const row = cls * G2PM_HIDDEN;
      for (let k = 0; k < G2PM_HIDDEN; k++) sum += (output[row + k] as number) * (dense[k] as number);
      if (sum > bestScore) {
        bestScore = sum;
        best = cls;
      }
    }
    return classes[best] as string;
  }

  function read(text: readonly string[], wanted: (index: number) => boolean = () => true): (string | null)[] {
    const out: (string | null)[] = new Array(text.length).fill(null);
    let first = -1;
    let last = -1;
    for (let k = 0; k < text.length; k++) {
      if (polyphones.has(text[k] as string) && wanted(k)) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) return out;
    const n = text.length + 2;
    if (sequence.length < n) {
      sequence = new Int32Array(2 * n);
      states = new Float64Array(2 * n * 2 * G2PM_HIDDEN);
    }
    sequence[0] = G2PM_BEGIN;
    for (let k = 0; k < text.length; k++) sequence[k + 1] = ids.get(text[k] as string) ?? G2PM_UNKNOWN;
    sequence[n - 1] = G2PM_END;
    // States of sentence position t (0 = begin token) at [t·64, +32) forward and [+32, +64) backward.
    h.fill(0);
    c.fill(0);
    for (let t = 0; t <= last + 1; t++) {
      lstmStep(projection, slotFor(sequence[t] as number) * 2 * GATES, forwardHh, h, c, z);
      states.set(h, t * 2 * G2PM_HIDDEN);
    }
    h.fill(0);
    c.fill(0);
    for (let t = n - 1; t >= first + 1; t--) {
      lstmStep(projection, slotFor(sequence[t] as number) * 2 * GATES + GATES, backwardHh, h, c, z);
      states.set(h, t * 2 * G2PM_HIDDEN + G2PM_HIDDEN);
    }
    for (let k = first; k <= last; k++) {
      const char = text[k] as string;
      if (polyphones.has(char) && wanted(k)) out[k] = classify((k + 1) * 2 * G2PM_HIDDEN, char);
    }
    return out;
  }

  return { isPolyphone: (char) => polyphones.has(char), read };
}
