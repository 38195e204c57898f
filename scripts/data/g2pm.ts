/**
 * Builds public/data/g2pm.bin (format: core/pinyin/g2pm-file.ts) from the g2pM files committed in
 * seeds/models/g2pm/ (weights as float32 with a JSON index, vocabularies and CC-CEDICT digest as JSON), with
 * the fitted model-first and sentence-first lists (core/pinyin/polyphone-model.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeG2pm } from '../../core/pinyin/g2pm-file';
import { G2PM_BEGIN, G2PM_END, type G2pmWeights } from '../../core/pinyin/g2pm-model';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';

export const G2PM_SOURCE = 'seeds/models/g2pm';
export const G2PM_OUTPUT = 'public/data/g2pm.bin';
export const MODEL_FIRST_FILE = 'model-first.txt';
export const SENTENCE_FIRST_FILE = 'sentence-first.txt';
const FILES = [
  'weights.f32',
  'weights.json',
  'char2idx.json',
  'class2idx.json',
  'cedict-digest.json',
  MODEL_FIRST_FILE,
  SENTENCE_FIRST_FILE,
];

/** The characters of a list file (one per line, # comments), or none when it is absent. */
function readCharList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

interface TensorIndex {
  floats: number;
  tensors: Array<{ name: string; shape: number[]; offset: number }>;
}

/** Names by id from a name → id table; throws on a gap. */
function byId(table: Record<string, number>, what: string): string[] {
  const names: string[] = [];
  for (const [name, id] of Object.entries(table)) names[id] = name;
  for (let id = 0; id < names.length; id++)
    if (names[id] === undefined) throw new Error(`g2pM: no ${what} ${id}`);
  return names;
}

/** Character → readings of g2pM's CC-CEDICT digest, from seeds/models/g2pm/ (or another folder with its files). */
export function readG2pmDigest(dir = join(root, G2PM_SOURCE)): Map<string, string[]> {
  const digest = JSON.parse(readFileSync(join(dir, 'cedict-digest.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  return new Map(Object.entries(digest));
}

/** The model as g2pM's files give it (the folder holds weights.f32, weights.json and the JSON tables). */
export function readG2pmSource(dir = join(root, G2PM_SOURCE)): G2pmWeights {
  const index = JSON.parse(readFileSync(join(dir, 'weights.json'), 'utf8')) as TensorIndex;
  const raw = readFileSync(join(dir, 'weights.f32'));
  if (raw.length !== 4 * index.floats)
    throw new Error(`g2pM: weights.f32 has ${raw.length} bytes, index says ${4 * index.floats}`);
  const all = new Float32Array(raw.length / 4);
  for (let i = 0; i < all.length; i++) all[i] = raw.readFloatLE(4 * i);
  const tensor = (name: string, shape: number[]) => {
    const entry = index.tensors.find((t) => t.name === name);
    if (!entry || entry.shape.join('×') !== shape.join('×'))
      throw new Error(`g2pM: tensor ${name} missing or not ${shape.join('×')}`);
    return all.subarray(entry.offset, entry.offset + shape.reduce((a, b) => a * b, 1));
  };
  const chars = byId(JSON.parse(readFileSync(join(dir, 'char2idx.json'), 'utf8')), 'character');
  const classes = byId(JSON.parse(readFileSync(join(dir, 'class2idx.json'), 'utf8')), 'class');
  if (chars[G2PM_BEGIN] !== '시' || chars[G2PM_END] !== '끝')
    throw new Error('g2pM: unexpected begin/end tokens');
  const polyphones = new Map([...readG2pmDigest(dir)].filter(([, readings]) => readings.length > 1));
  const lstm = (suffix: string) => {
    const bias = Float32Array.from(tensor(`lstm.bias_ih_l0${suffix}`, [128]));
    const hh = tensor(`lstm.bias_hh_l0${suffix}`, [128]);
    for (let i = 0; i < bias.length; i++) bias[i] = (bias[i] as number) + (hh[i] as number);
    return {
      ih: tensor(`lstm.weight_ih_l0${suffix}`, [128, 64]),
      hh: tensor(`lstm.weight_hh_l0${suffix}`, [128, 32]),
      bias,
    };
  };
  return {
    chars,
    classes,
    polyphones,
    modelFirst: readCharList(join(dir, MODEL_FIRST_FILE)),
    sentenceFirst: readCharList(join(dir, SENTENCE_FIRST_FILE)),
    embedding: tensor('embedding.weight', [chars.length, 64]),
    forward: lstm(''),
    backward: lstm('_reverse'),
    hidden: tensor('logit_layer.0.weight', [32, 64]),
    hiddenBias: tensor('logit_layer.0.bias', [32]),
    output: tensor('logit_layer.2.weight', [classes.length, 32]),
    outputBias: tensor('logit_layer.2.bias', [classes.length]),
  };
}

export const g2pmStep: DataStep = {
  name: 'g2pm',
  inputs: [
    ...FILES.map((file) => `${G2PM_SOURCE}/${file}`),
    'core/pinyin/g2pm-file.ts',
    'scripts/data/g2pm.ts',
  ],
  outputs: [G2PM_OUTPUT],
  run() {
    writeFileSync(join(root, G2PM_OUTPUT), encodeG2pm(readG2pmSource()));
  },
};
