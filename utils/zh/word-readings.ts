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
  /** Word → one numbered syllable or null per character (code point). */
  words: Map<string, (string | null)[]>;
  /** Reviewed overrides: word → numbered syllables. */
  overrides: Map<string, string[]>;
}

export function emptyWordReadings(): WordReadings {
  return { words: new Map(), overrides: new Map() };
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
    const syllables = line.slice(tab + 1).split(' ');
    if (tab < 1) throw new Error(`word readings: bad line ${i + 1}`);
    if (word.startsWith('!')) readings.overrides.set(word.slice(1), syllables);
    else
      readings.words.set(
        word,
        syllables.map((s) => (s === '*' ? null : s)),
      );
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
  for (const [word, syllables] of [...readings.words].sort()) {
    out.push(`${word}\t${syllables.map((s) => s ?? '*').join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
