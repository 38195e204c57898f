/**
 * Fits, on one half of the CPP dev split, the two lists that decide per polyphonic character which source
 * wins (core/pinyin/polyphone-model.ts); the pinyin benchmark reports the other half. What is fitted,
 * exactly, from the marked characters of the fit half:
 * - model first: where a CC-CEDICT word reading and the model disagree, which of the two equals the label;
 *   a character joins when the model is right at least MODEL_MARGIN times more than the word (the word
 *   wins everywhere else: it does on both halves taken whole);
 * - sentence first: where no word decides, whether the model's reading equals the label more often than
 *   pinyin-pro's; a character with at least SENTENCE_EVIDENCE marked examples on which the model gains
 *   nothing joins, and the model is not run for it.
 * Nothing else is learned from CPP.
 *
 * npx tsx scripts/bench/fit-polyphone-lists.ts [--cpp DIR]   rewrites both lists in seeds/models/g2pm/ from the even half
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { G2pmWeights } from '../../core/pinyin/g2pm-model';
import { createPinyinReader } from '../../core/pinyin/pinyin';
import { createPolyphoneModel } from '../../core/pinyin/polyphone-model';
import type { WordReadings } from '../../core/pinyin/word-readings';
import { createSegmenter, type Segmenter } from '../../core/segment/segment';
import { G2PM_SOURCE, MODEL_FIRST_FILE, readG2pmSource, SENTENCE_FIRST_FILE } from '../data/g2pm';
import { loadWordReadings } from '../lib/load-core';
import { loadSegmenterData } from '../lib/load-segmenter';
import { root } from '../lib/paths';
import { type CppItem, readCpp } from './pinyin';

const MODEL_MARGIN = 2;
const SENTENCE_EVIDENCE = 8;

/** The marked character's reading without the model, with it below words, and with it above words. */
export interface SourceReadings {
  char: string;
  label: string;
  sentence: string | undefined;
  word: string | undefined;
  model: string | undefined;
}

export function sourceReadings(
  items: readonly CppItem[],
  segmenter: Segmenter,
  readings: WordReadings,
  weights: G2pmWeights,
): SourceReadings[] {
  const without = createPinyinReader(readings);
  const wordWins = createPinyinReader(readings, createPolyphoneModel(weights, [], []));
  const modelWins = createPinyinReader(
    readings,
    createPolyphoneModel(weights, weights.polyphones.keys(), []),
  );
  return items.map((item) => {
    const tokens = segmenter.segment(item.text);
    return {
      char: [...item.text][item.at] ?? '',
      label: item.label,
      sentence: without.readSentence(item.text, tokens)[item.at],
      word: wordWins.readSentence(item.text, tokens)[item.at],
      model: modelWins.readSentence(item.text, tokens)[item.at],
    };
  });
}

/**
 * The reading under two lists. Where `word` differs from `sentence`, the model read a character no word
 * decides; where only `model` differs, it overrode a word's reading; elsewhere every choice reads the same.
 */
function chosen(r: SourceReadings, modelFirst: ReadonlySet<string>, sentenceFirst: ReadonlySet<string>) {
  if (r.word !== r.sentence) return sentenceFirst.has(r.char) ? r.sentence : r.word;
  if (r.model !== r.sentence) return modelFirst.has(r.char) ? r.model : r.sentence;
  return r.sentence;
}

export interface PolyphoneLists {
  modelFirst: string[];
  sentenceFirst: string[];
}

/** Both lists, fitted on the items of one half (index % 2 === half). */
export function fitPolyphoneLists(all: readonly SourceReadings[], half: number): PolyphoneLists {
  const modelGain = new Map<string, number>();
  const sentenceGain = new Map<string, number>();
  const examples = new Map<string, number>();
  const right = (reading: string | undefined, label: string) => (reading === label ? 1 : 0);
  all.forEach((r, i) => {
    if (i % 2 !== half) return;
    examples.set(r.char, (examples.get(r.char) ?? 0) + 1);
    if (r.word !== r.sentence) {
      const gain = right(r.word, r.label) - right(r.sentence, r.label);
      sentenceGain.set(r.char, (sentenceGain.get(r.char) ?? 0) + gain);
    } else if (r.model !== r.sentence) {
      const gain = right(r.model, r.label) - right(r.sentence, r.label);
      modelGain.set(r.char, (modelGain.get(r.char) ?? 0) + gain);
    }
  });
  return {
    modelFirst: [...modelGain]
      .filter(([, gain]) => gain >= MODEL_MARGIN)
      .map(([char]) => char)
      .sort(),
    sentenceFirst: [...examples]
      .filter(([char, n]) => n >= SENTENCE_EVIDENCE && (sentenceGain.get(char) ?? 0) <= 0)
      .map(([char]) => char)
      .sort(),
  };
}

/** Accuracy on one half under the two lists. */
export function accuracy(all: readonly SourceReadings[], half: number, lists: PolyphoneLists): number {
  const modelFirst = new Set(lists.modelFirst);
  const sentenceFirst = new Set(lists.sentenceFirst);
  let right = 0;
  let total = 0;
  all.forEach((r, i) => {
    if (i % 2 !== half) return;
    total++;
    if (chosen(r, modelFirst, sentenceFirst) === r.label) right++;
  });
  return right / Math.max(1, total);
}

function listFile(what: string, chars: readonly string[]): string {
  const lines = [
    `# ${what}`,
    '# Fitted by scripts/bench/fit-polyphone-lists.ts on the even lines of the CPP dev split; npm run bench',
    '# reports the odd lines. One character per line; packed by scripts/data/g2pm.ts.',
    ...chars,
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--cpp');
  const dir = flag >= 0 ? resolve(process.argv[flag + 1] ?? '') : join(root, '../shared/gold/cpp-dev');
  const items = readCpp(dir);
  if (!items) throw new Error(`CPP dev split not found at ${dir}`);
  const segmenter = createSegmenter(await loadSegmenterData());
  const all = sourceReadings(items, segmenter, await loadWordReadings(), readG2pmSource());
  const lists = fitPolyphoneLists(all, 0);
  writeFileSync(
    join(root, G2PM_SOURCE, MODEL_FIRST_FILE),
    listFile(
      `Polyphonic characters whose g2pM reading wins over a CC-CEDICT word reading (model right >= ${MODEL_MARGIN} more times).`,
      lists.modelFirst,
    ),
  );
  writeFileSync(
    join(root, G2PM_SOURCE, SENTENCE_FIRST_FILE),
    listFile(
      `Polyphonic characters read by pinyin-pro, not g2pM, where no word decides (>= ${SENTENCE_EVIDENCE} examples, no gain).`,
      lists.sentenceFirst,
    ),
  );
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(
    `model first ${lists.modelFirst.length}, sentence first ${lists.sentenceFirst.length}; even (fit) ${pct(accuracy(all, 0, lists))}, odd ${pct(accuracy(all, 1, lists))}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
