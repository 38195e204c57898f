/**
 * Word-level readings of polyphonic characters, shipped as public/data/word-readings.txt (built by
 * scripts/data/word-readings.ts from CC-CEDICT and the reviewed seeds/pinyin-overrides.tsv).
 *
 * Format (UTF-8 text):
 *   #tanci-readings 1 words=<n>
 *   <word>\t<syllable|*> <syllable|*>…      CC-CEDICT reading, one numbered syllable per character
 *   !<word>\t<syllable> <syllable>…          reviewed override (wins over CC-CEDICT and over pinyin-pro)
 * A syllable is numbered pinyin (shuai4, r5, lu:4); `*` leaves that character to pinyin-pro (its reading
 * is not polyphonic, or CC-CEDICT's entries for the word disagree on it).
 */

export const WORD_READINGS_FILE = 'word-readings.txt';
const MAGIC = '#tanci-readings 1';

export interface WordReadings {
  /** Word → its syllables as written in the file ("shuai4 *"); read them with fixedSyllables(). */
  words: Map<string, string>;
  /** Reviewed overrides: word → numbered syllables. */
  overrides: Map<string, string[]>;
}

export function emptyWordReadings(): WordReadings {
  return { words: new Map(), overrides: new Map() };
}

/** One numbered syllable or null (left to pinyin-pro) per character of `word`, when the file has the word. */
export function fixedSyllables(readings: WordReadings, word: string): (string | null)[] | undefined {
  const raw = readings.words.get(word);
  return raw === undefined ? undefined : raw.split(' ').map((s) => (s === '*' ? null : s));
}

/** The file form of per-character syllables: `*` for null. */
export function writeSyllables(syllables: readonly (string | null)[]): string {
  return syllables.map((s) => s ?? '*').join(' ');
}

export function parseWordReadings(text: string): WordReadings {
  const lines = text.split('\n');
  if (!(lines[0] ?? '').startsWith(MAGIC)) throw new Error('word readings: unknown format (bad header line)');
  const declared = Number(/ words=(\d+)/.exec(lines[0] ?? '')?.[1]);
  const readings = emptyWordReadings();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    if (tab < 1) throw new Error(`word readings: bad line ${i + 1}`);
    if (word.startsWith('!')) readings.overrides.set(word.slice(1), line.slice(tab + 1).split(' '));
    else readings.words.set(word, line.slice(tab + 1));
  }
  const total = readings.words.size + readings.overrides.size;
  if (declared && total !== declared) {
    throw new Error(`word readings: ${total} words, header declares ${declared} (truncated file?)`);
  }
  return readings;
}

export function serializeWordReadings(readings: WordReadings, comment = ''): string {
  const out = [`${MAGIC} words=${readings.words.size + readings.overrides.size}`];
  if (comment) out.push(...comment.split('\n').map((line) => `# ${line}`));
  for (const [word, syllables] of [...readings.overrides].sort())
    out.push(`!${word}\t${syllables.join(' ')}`);
  for (const [word, syllables] of [...readings.words].sort()) out.push(`${word}\t${syllables}`);
  return `${out.join('\n')}\n`;
}
