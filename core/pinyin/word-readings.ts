/**
 * Word-level readings of polyphonic characters, built by scripts/data/word-readings.ts from CC-CEDICT and
 * the reviewed seeds/pinyin-overrides.tsv. Shipped as public/data/word-readings.bin: this text with its
 * line offsets precomputed (./word-readings-binary.ts).
 *
 * Format (UTF-8 text):
 *   #tanci-readings 1 words=<n>
 *   <word>\t<syllable|*> <syllable|*>…      CC-CEDICT reading, one numbered syllable per character
 *   !<word>\t<syllable> <syllable>…          reviewed override (wins over CC-CEDICT and over pinyin-pro)
 * A syllable is numbered pinyin (shuai4, r5, lu:4); `*` leaves that character to pinyin-pro (its reading
 * is not polyphonic, or CC-CEDICT's entries for the word disagree on it).
 */

const MAGIC = '#tanci-readings 1';

/** Word → its syllables as written in the file ("shuai4 *"). A Map works; the parsed file is a sorted table. */
export interface WordTable {
  get(word: string): string | undefined;
  readonly size: number;
}

export interface WordReadings {
  /** Word → its syllables as written in the file; read them with fixedSyllables(). */
  words: WordTable;
  /** Reviewed overrides: word → numbered syllables. */
  overrides: Map<string, string[]>;
}

export function emptyWordReadings(words: WordTable = new Map()): WordReadings {
  return { words, overrides: new Map() };
}

/** Compares `word` with the key of the line at `start` (up to its tab), by UTF-16 code units. */
function compareKey(word: string, text: string, start: number): number {
  for (let i = 0; ; i++) {
    const a = i < word.length ? word.charCodeAt(i) : -1;
    const code = text.charCodeAt(start + i);
    const b = code === 9 ? -1 : code;
    if (a !== b) return a - b;
    if (a === -1) return 0;
  }
}

/**
 * The file's word lines kept as one string plus their offsets, searched by binary search: no per-word
 * objects, so the service worker's memory stays near the file's own size.
 */
export class SortedLineTable implements WordTable {
  constructor(
    private readonly text: string,
    /** Offset of each word line, in the lines' (sorted) order. */
    private readonly starts: ArrayLike<number>,
  ) {}

  get size(): number {
    return this.starts.length;
  }

  get(word: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = this.starts[mid] as number;
      const order = compareKey(word, this.text, start);
      if (order === 0) {
        const tab = start + word.length;
        const end = this.text.indexOf('\n', tab);
        return this.text.slice(tab + 1, end < 0 ? this.text.length : end);
      }
      if (order > 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
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

function addOverride(
  overrides: Map<string, string[]>,
  text: string,
  start: number,
  tab: number,
  end: number,
) {
  overrides.set(text.slice(start + 1, tab), text.slice(tab + 1, end).split(' '));
}

/** Reviewed overrides (`!` lines) in text[from, to): the lines before the first word line. */
export function parseOverrides(text: string, from: number, to: number): Map<string, string[]> {
  const overrides = new Map<string, string[]>();
  for (let start = from; start < to; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 || end > to ? to : end;
    if (text.charCodeAt(start) === 0x21 /* ! */) {
      const tab = text.indexOf('\t', start);
      if (tab < start + 2 || tab > lineEnd) throw new Error(`word readings: bad line at offset ${start}`);
      addOverride(overrides, text, start, tab, lineEnd);
    }
    start = lineEnd + 1;
  }
  return overrides;
}

export function parseWordReadings(text: string): WordReadings {
  const { overrides, starts } = scanWordReadings(text);
  return { words: new SortedLineTable(text, starts), overrides };
}

/** Checks the text and finds its lines: the overrides, and where each word line starts. */
export function scanWordReadings(text: string): { overrides: Map<string, string[]>; starts: Int32Array } {
  const firstEnd = text.indexOf('\n');
  const header = text.slice(0, firstEnd < 0 ? text.length : firstEnd);
  if (!header.startsWith(MAGIC)) throw new Error('word readings: unknown format (bad header line)');
  const declared = Number(/ words=(\d+)/.exec(header)?.[1]);
  const overrides = new Map<string, string[]>();
  const starts: number[] = [];
  let previous = -1;
  for (let start = firstEnd + 1; start > 0 && start < text.length; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    const first = text.charCodeAt(start);
    if (lineEnd > start && first !== 0x23 /* # */) {
      const tab = text.indexOf('\t', start);
      if (tab < start + 1 || tab > lineEnd) throw new Error(`word readings: bad line at offset ${start}`);
      if (first === 0x21 /* ! */) {
        addOverride(overrides, text, start, tab, lineEnd);
      } else {
        if (previous >= 0 && compareKey(text.slice(start, tab), text, previous) <= 0) {
          throw new Error(`word readings: words out of order at offset ${start}`);
        }
        starts.push(start);
        previous = start;
      }
    }
    start = lineEnd + 1;
  }
  const total = starts.length + overrides.size;
  if (declared && total !== declared) {
    throw new Error(`word readings: ${total} words, header declares ${declared} (truncated file?)`);
  }
  return { overrides, starts: Int32Array.from(starts) };
}

/** A table as built in memory (a Map); serialised sorted by word, as the parser requires. */
export interface WordReadingsSource {
  words: Map<string, string>;
  overrides: Map<string, string[]>;
}

export function serializeWordReadings(readings: WordReadingsSource, comment = ''): string {
  const out = [`${MAGIC} words=${readings.words.size + readings.overrides.size}`];
  if (comment) out.push(...comment.split('\n').map((line) => `# ${line}`));
  for (const [word, syllables] of [...readings.overrides].sort())
    out.push(`!${word}\t${syllables.join(' ')}`);
  const byCodeUnits = (a: [string, unknown], b: [string, unknown]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  for (const [word, syllables] of [...readings.words].sort(byCodeUnits)) out.push(`${word}\t${syllables}`);
  return `${out.join('\n')}\n`;
}
