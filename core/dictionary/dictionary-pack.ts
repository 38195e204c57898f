/**
 * The packed dictionary the extension ships (public/data/cedict.txt): plain text, built once at build time,
 * that the background can search without parsing it. Layout:
 *
 *   #tanci-dict v1 <tab> entries=N <tab> maxlen=M <tab> date=… [<tab> register=count:hash]   header
 *   simplified <tab> traditional|"" <tab> pinyin (numbered) <tab> senses joined by "/" <tab> hsk|""
 *     [<tab> policy-register sense|"" [<tab> sense as a compound's last part]]
 *                                        on the one reading a register row belongs to (register-senses.ts)
 *   …                                                                      sorted by simplified
 *   #traditional
 *   traditional <tab> simplified                                           sorted by traditional
 *
 * Lines are sorted by UTF-16 code units (JavaScript's own string order), so a binary search over line
 * offsets finds a headword with no index built at load: the first lookup after a service-worker restart
 * only pays for reading the file and finding its line ends.
 */
import { unmarkVowel } from '../pinyin/pinyin-marks';
import type { CedictLine } from './cedict-parse';
import { readingRank } from './dictionary-senses';
import type { RegisterSense } from './register-senses';

export const PACK_MAGIC = '#tanci-dict v1';
export const TRADITIONAL_SECTION = '#traditional';

/**
 * One HSK 3.0 word: its lowest level (7 for the 7–9 band) and the level at which the syllabus teaches
 * each reading, keyed like "hangye24" (letters, then tones).
 */
export interface HskWord {
  level: number;
  readings: Record<string, number>;
}

export interface PackMeta {
  date?: string;
}

function clean(field: string): string {
  return field.replace(/[\t\r\n]/g, ' ');
}

/** Letters then tones ("hang2 ye4" → "hangye24"; neutral tones left out), comparable with the HSK's "hángyè". */
function toneKey(numbered: string): string {
  const lower = numbered.toLowerCase().replace(/u:|v/g, 'ü');
  return lower.replace(/[^a-zü]/g, '') + (lower.match(/[1-4]/g) ?? []).join('');
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FNV-1a over the register table: the header (the release's identity) changes whenever the table does. */
function registerStamp(register: readonly RegisterSense[]): string {
  let hash = 0x811c9dc5;
  for (const { word, pinyinNumbered = '', traditional = '', english, lastPart } of register) {
    for (const ch of `${lastPart ? '-' : ''}${traditional}|${word}[${pinyinNumbered}]${english}\n`) {
      hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
    }
  }
  return `${register.length}:${hash.toString(16).padStart(8, '0')}`;
}

/** A row's register senses: the one shown first for the word, the one it has as a compound's last part. */
interface RowSenses {
  first?: string;
  lastPart?: string;
}

/**
 * Which row of each headword carries its register senses: the named reading, else the first common one
 * in packed order. A word CC-CEDICT lacks, or a reading it does not have, is an error naming the line.
 */
function registerRows(
  rows: readonly { entry: CedictLine }[],
  register: readonly RegisterSense[],
): Map<CedictLine, RowSenses> {
  const byWord = new Map<string, CedictLine[]>();
  for (const { entry } of rows) {
    const list = byWord.get(entry.simplified);
    if (list) list.push(entry);
    else byWord.set(entry.simplified, [entry]);
  }
  const carried = new Map<CedictLine, RowSenses>();
  for (const sense of register) {
    const candidates = byWord.get(sense.word);
    if (!candidates) throw new Error(`${sense.at}: ${sense.word} is not a CC-CEDICT headword (simplified)`);
    const named = candidates.filter(
      (e) =>
        (!sense.pinyinNumbered || e.pinyinNumbered === sense.pinyinNumbered) &&
        (!sense.traditional || e.traditional === sense.traditional),
    );
    const entry = named.find((e) => readingRank(e.senses, e.pinyinNumbered, e.simplified) === 0) ?? named[0];
    if (!entry) {
      const has = candidates.map((e) => `${e.traditional}|${e.simplified}[${e.pinyinNumbered}]`).join(', ');
      const asked = `${sense.traditional ? `${sense.traditional}|` : ''}${sense.word}[${sense.pinyinNumbered ?? ''}]`;
      throw new Error(`${sense.at}: CC-CEDICT has no ${asked} (it has ${has})`);
    }
    const senses = carried.get(entry) ?? {};
    if (sense.lastPart) senses.lastPart = sense.english;
    else senses.first = sense.english;
    carried.set(entry, senses);
  }
  return carried;
}

/**
 * Packs parsed CC-CEDICT entries, HSK levels and policy-register senses. Within one headword, the
 * readings the HSK syllabus teaches come first, earliest level first (行 xíng, level 1, before háng,
 * level 3), then file order.
 */
export function packDictionary(
  entries: CedictLine[],
  hsk: ReadonlyMap<string, HskWord> = new Map(),
  meta: PackMeta = {},
  register: readonly RegisterSense[] = [],
): string {
  const rows = entries.map((entry, index) => {
    const word = hsk.get(entry.simplified);
    const taught = word?.readings[toneKey(entry.pinyinNumbered)] ?? Number.POSITIVE_INFINITY;
    return { entry, index, taught, level: word?.level };
  });
  rows.sort(
    (a, b) =>
      byCodeUnits(a.entry.simplified, b.entry.simplified) ||
      (a.taught === b.taught ? 0 : a.taught < b.taught ? -1 : 1) ||
      a.index - b.index,
  );
  const registered = registerRows(rows, register);
  let maxlen = 1;
  const traditional = new Set<string>();
  const lines: string[] = [];
  for (const { entry, level } of rows) {
    maxlen = Math.max(maxlen, entry.simplified.length, entry.traditional.length);
    const trad = entry.traditional === entry.simplified ? '' : entry.traditional;
    if (trad) traditional.add(`${clean(trad)}\t${clean(entry.simplified)}`);
    const fields = [
      clean(entry.simplified),
      clean(trad),
      clean(entry.pinyinNumbered),
      entry.senses.map(clean).join('/'),
      level ?? '',
    ];
    const senses = registered.get(entry);
    if (senses) fields.push(clean(senses.first ?? ''));
    if (senses?.lastPart) fields.push(clean(senses.lastPart));
    lines.push(fields.join('\t'));
  }
  const header = [PACK_MAGIC, `entries=${entries.length}`, `maxlen=${maxlen}`];
  if (meta.date) header.push(`date=${clean(meta.date)}`);
  if (register.length) header.push(`register=${registerStamp(register)}`);
  const tradLines = [...traditional].sort(byCodeUnits);
  return `${[header.join('\t'), ...lines, TRADITIONAL_SECTION, ...tradLines].join('\n')}\n`;
}

/**
 * HSK levels from the rows of hsk30.csv (columns Simplified, Pinyin, Level; "爸爸|爸" lists alternative
 * forms). A word listed at two levels keeps the lower one.
 */
export function hskFromRows(rows: Iterable<Record<string, string | undefined>>): Map<string, HskWord> {
  const words = new Map<string, HskWord>();
  for (const row of rows) {
    const level = Number.parseInt(row.Level ?? '', 10);
    if (!Number.isFinite(level)) continue;
    const forms = (row.Simplified ?? '').split('|');
    const readings = (row.Pinyin ?? '').split('|');
    forms.forEach((form, i) => {
      const word = form.trim();
      if (!word) return;
      const reading = numberedFromMarked(readings[i] ?? readings[0] ?? '');
      const known = words.get(word) ?? { level, readings: {} };
      known.level = Math.min(known.level, level);
      if (reading) known.readings[reading] = Math.min(known.readings[reading] ?? level, level);
      words.set(word, known);
    });
  }
  return words;
}

/** Tone-marked pinyin ("hángyè") in the form `toneKey` gives: letters, then the tones in order ("hangye24"). */
function numberedFromMarked(marked: string): string {
  let letters = '';
  const tones: number[] = [];
  for (const ch of marked.toLowerCase()) {
    const toned = unmarkVowel(ch);
    if (toned) {
      letters += toned[0];
      tones.push(toned[1]);
    } else if (/[a-zü]/.test(ch)) letters += ch;
  }
  return letters ? `${letters}${tones.join('')}` : '';
}
