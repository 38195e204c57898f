import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createG2pmModel, G2PM_HIDDEN, lstmStep } from '@/core/pinyin/g2pm-model';
import { readG2pmSource } from '../../../../scripts/data/g2pm';

describe('g2pM LSTM step', () => {
  it('matches values worked out by hand', () => {
    const H = G2PM_HIDDEN;
    const gates = new Float32Array(8 + 4 * H);
    const at = 8; // the gates need not start at 0
    gates[at + 0] = Math.log(3); // unit 0, input gate: σ(ln 3) = 0.75
    gates[at + 2 * H] = -1; // unit 0, cell candidate: -1 + 2·h₀ = 1 → tanh(1)
    const hh = new Float64Array(4 * H * H);
    hh[2 * H * H + 0] = 2; // row of unit 0's cell candidate, column h₀
    const h = new Float64Array(H);
    h[0] = 1;
    const c = new Float64Array(H);
    c[0] = 0.4;
    c[1] = 1;
    lstmStep(gates, at, hh, h, c, new Float64Array(4 * H));
    // To 5 decimals: the step reads tanh from a table (off by at most 2e-6).
    // unit 0: c = σ(0)·0.4 + σ(ln 3)·tanh(1) = 0.2 + 0.75·0.761594… ; h = σ(0)·tanh(c)
    expect(c[0]).toBeCloseTo(0.7711956169668237, 5);
    expect(h[0]).toBeCloseTo(0.323812071433699, 5);
    // unit 1: every gate sum 0, so c = 0.5·1 + 0.5·tanh(0) = 0.5 and h = 0.5·tanh(0.5)
    expect(c[1]).toBeCloseTo(0.5, 5);
    expect(h[1]).toBeCloseTo(0.23105857863000487, 5);
    // the others start and stay at zero
    expect([...c.slice(2)].every((x) => x === 0)).toBe(true);
    expect([...h.slice(2)].every((x) => x === 0)).toBe(true);
  });
});

describe('g2pM model (the weights committed in seeds/models/g2pm)', () => {
  const weights = readG2pmSource();
  const model = createG2pmModel(weights);

  it('reads the polyphones, and only them', () => {
    const chars = [...'重庆银行的行长说，长大以后要去重庆。'];
    const read = model.read(chars);
    expect(read.map((r) => r !== null)).toEqual(chars.map((char) => model.isPolyphone(char)));
    expect(read[0]).toBe('chong2');
    expect(read[15]).toBe('chong2');
  });

  it('reads only the polyphones asked for, and the same as when it reads them all', () => {
    const chars = [...'银行行长说长大了'];
    const all = model.read(chars);
    const some = model.read(chars, (k) => k === 3);
    expect(some[3]).toBe(all[3]);
    expect(some.filter(Boolean)).toHaveLength(1);
    expect(model.read([...'天很蓝'])).toEqual([null, null, null]);
  });

  it('gives the same reading over all classes and over the character’s own readings', () => {
    const own = createG2pmModel(weights, { ownReadingsOnly: true });
    const chars = [...'我们为了长远发展，要重新调整银行的行业结构。'];
    expect(own.read(chars)).toEqual(model.read(chars));
  });
});

describe('g2pM licence', () => {
  it('ships with the extension, the same text as beside the weights', () => {
    const root = join(__dirname, '../../../..');
    const shipped = readFileSync(join(root, 'public/licences/g2pM-LICENSE.txt'), 'utf8');
    expect(shipped).toBe(readFileSync(join(root, 'seeds/models/g2pm/LICENSE'), 'utf8'));
    expect(shipped).toContain('Apache License');
  });
});
