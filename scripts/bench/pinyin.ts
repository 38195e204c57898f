/**
 * Polyphone accuracy on the CPP benchmark (g2pM's dev split): each sentence marks one polyphonic
 * character as ▁X▁ and dev.lb gives its reading (numbered, lu:4 for lǜ, 5 for neutral).
 * Lines alternate between two halves: "even" and "odd". The word readings come from CC-CEDICT and the
 * overrides from newspaper text; the one thing fitted on CPP is, per polyphonic character, which source wins
 * (./fit-polyphone-lists.ts), fitted on the even half: the odd half is the held-out figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

export interface CppItem {
  text: string;
  /** Code-point index of the marked character. */
  at: number;
  label: string;
}

export function readCpp(dir: string): CppItem[] | undefined {
  const sentFile = join(dir, 'dev.sent');
  const labelFile = join(dir, 'dev.lb');
  if (!existsSync(sentFile) || !existsSync(labelFile)) return undefined;
  const sentences = readFileSync(sentFile, 'utf8').split('\n');
  const labels = readFileSync(labelFile, 'utf8').split('\n');
  const items: CppItem[] = [];
  sentences.forEach((raw, i) => {
    const label = labels[i]?.trim();
    if (!raw.trim() || !label) return;
    items.push({ text: raw.replace(/▁/gu, ''), at: [...raw].indexOf('▁'), label });
  });
  return items;
}

export interface CppScore {
  even: number;
  odd: number;
  all: number;
  charsPerSecond: number;
}

/** Accuracy of `read` (one numbered syllable per code point) on both halves, and its throughput. */
export function scoreCpp(items: CppItem[], read: (text: string) => string[]): CppScore {
  const right = [0, 0];
  const total = [0, 0];
  let chars = 0;
  const started = performance.now();
  items.forEach((item, i) => {
    const half = i % 2;
    const syllables = read(item.text);
    total[half] = (total[half] ?? 0) + 1;
    if (syllables[item.at] === item.label) right[half] = (right[half] ?? 0) + 1;
    chars += item.text.length;
  });
  const ms = performance.now() - started;
  const [evenRight = 0, oddRight = 0] = right;
  const [evenTotal = 1, oddTotal = 1] = total;
  return {
    even: evenRight / evenTotal,
    odd: oddRight / oddTotal,
    all: (evenRight + oddRight) / (evenTotal + oddTotal),
    charsPerSecond: (chars / ms) * 1000,
  };
}

/** pinyin-pro alone over the sentence, numbered like the labels. */
export function pinyinProAlone(text: string): string[] {
  return pinyin(text, { type: 'array', toneType: 'num', nonZh: 'spaced' }).map((s) =>
    s.toLowerCase().replace(/ü/gu, 'u:').replace(/0$/u, '5'),
  );
}

/** Share of characters of the original's reference outputs that `read` reads the same, and where not. */
export function referenceParity(
  referenceFile: string,
  read: (text: string) => string[],
): { same: number; total: number; differences: string[] } {
  let same = 0;
  let total = 0;
  const differences: string[] = [];
  for (const line of readFileSync(referenceFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, readings } = JSON.parse(line) as { text: string; readings: string[] };
    const ours = read(text);
    readings.forEach((reading, k) => {
      total++;
      if (ours[k] === reading) same++;
      else differences.push(`${text} @${k} ${[...text][k]}: original ${reading}, ours ${ours[k]}`);
    });
  }
  return { same, total, differences };
}
