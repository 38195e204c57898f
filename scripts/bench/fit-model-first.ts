/**
 * Fits which polyphonic characters g2pM reads better than a CC-CEDICT word reading, on one half of the CPP
 * dev split; the pinyin benchmark reports the other half. What is fitted, exactly: for each marked character
 * of the fit half where the word reading and the model disagree, which of the two equals the label; a
 * character joins the list when the model is right at least MARGIN times more than the word (everywhere
 * else the word's reading wins: it does on both halves taken whole). Nothing else is learned from CPP.
 *
 * npx tsx scripts/bench/fit-model-first.ts [--cpp DIR]   rewrites seeds/models/g2pm/model-first.txt from the even half
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { G2pmWeights } from '../../core/pinyin/g2pm-model';
import { createPolyphoneModel } from '../../core/pinyin/polyphone-model';
import { createPinyinReader } from '../../utils/zh/pinyin';
import type { Segmenter } from '../../utils/zh/segment';
import { createSegmenter } from '../../utils/zh/segment';
import type { WordReadings } from '../../utils/zh/word-readings';
import { G2PM_SOURCE, MODEL_FIRST_FILE, readG2pmSource } from '../data/g2pm';
import { loadSegmenterData, loadWordReadings } from '../lib/load-core';
import { type CppItem, readCpp } from './pinyin';

const MARGIN = 2;

/** The marked character's reading when the word reading wins everywhere, and when the model does. */
export interface SourceReadings {
  char: string;
  label: string;
  word: string | undefined;
  model: string | undefined;
}

export function sourceReadings(
  items: readonly CppItem[],
  segmenter: Segmenter,
  readings: WordReadings,
  weights: G2pmWeights,
): SourceReadings[] {
  const wordWins = createPinyinReader(readings, createPolyphoneModel(weights, []));
  const modelWins = createPinyinReader(readings, createPolyphoneModel(weights, weights.polyphones.keys()));
  return items.map((item) => {
    const tokens = segmenter.segment(item.text);
    return {
      char: [...item.text][item.at] ?? '',
      label: item.label,
      word: wordWins.readSentence(item.text, tokens)[item.at],
      model: modelWins.readSentence(item.text, tokens)[item.at],
    };
  });
}

/** The model-first characters fitted on the items of one half (index % 2 === half). */
export function fitModelFirst(all: readonly SourceReadings[], half: number): string[] {
  const margin = new Map<string, number>();
  all.forEach((r, i) => {
    if (i % 2 !== half || r.word === r.model) return;
    const score = (r.model === r.label ? 1 : 0) - (r.word === r.label ? 1 : 0);
    margin.set(r.char, (margin.get(r.char) ?? 0) + score);
  });
  return [...margin]
    .filter(([, m]) => m >= MARGIN)
    .map(([char]) => char)
    .sort();
}

/** Accuracy on one half when the model wins for `modelFirst` and the word elsewhere. */
export function accuracy(all: readonly SourceReadings[], half: number, modelFirst: Iterable<string>): number {
  const first = new Set(modelFirst);
  let right = 0;
  let total = 0;
  all.forEach((r, i) => {
    if (i % 2 !== half) return;
    total++;
    if ((first.has(r.char) ? r.model : r.word) === r.label) right++;
  });
  return right / Math.max(1, total);
}

async function main(): Promise<void> {
  const root = join(fileURLToPath(import.meta.url), '../../..');
  const flag = process.argv.indexOf('--cpp');
  const dir = flag >= 0 ? resolve(process.argv[flag + 1] ?? '') : join(root, '../shared/gold/cpp-dev');
  const items = readCpp(dir);
  if (!items) throw new Error(`CPP dev split not found at ${dir}`);
  const segmenter = createSegmenter(await loadSegmenterData());
  const all = sourceReadings(items, segmenter, await loadWordReadings(), readG2pmSource());
  const chars = fitModelFirst(all, 0);
  const lines = [
    '# Polyphonic characters whose reading g2pM gets right more often than a CC-CEDICT word reading does.',
    `# Fitted by scripts/bench/fit-model-first.ts on the even lines of the CPP dev split (margin ${MARGIN});`,
    '# npm run bench reports the odd lines. One character per line; read by scripts/data/g2pm.ts.',
    ...chars,
  ];
  writeFileSync(join(root, G2PM_SOURCE, MODEL_FIRST_FILE), `${lines.join('\n')}\n`);
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(
    `model first: ${chars.join('')}; even (fit) ${pct(accuracy(all, 0, chars))}, odd ${pct(accuracy(all, 1, chars))}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
