/**
 * Dictionary answers in the compact forms they cross the message port in: the full answers (`define`,
 * `lookupAt`) and a paragraph's batch at a glance (`lookup`). The browser's cost of a message grows with
 * its size (~40-50 µs per KB between an extension page and the worker here), so these forms send arrays,
 * each glossary entry once per reply, and leave out forms equal to the word.
 * Lossless: `unpackWordInfos(packWordInfos(x))` equals `x` as JSON carries it (headwords are never empty,
 * HSK levels start at 1), and likewise for briefs. A field added to WordInfo, DictEntry or WordBrief fails
 * type-checking here until the codec carries it, so nothing is dropped silently.
 */
import type { DictEntry, GlossaryEntry, WordBrief, WordInfo } from '../core/types';

/** [simplified or '' when it is the word, traditional or '' when it is the simplified, pinyin, tones, senses, classifiers | 0, references] */
type PackedEntry = [string, string, string, string | number[], string[], (string[] | 0)?, string[]?];
/** [word, hsk or 0, glossary index + 1 or 0, composed or 0, entries, sense as a compound's last part?] */
type PackedWord = [string, number, number, string | 0, PackedEntry[], string?];

export interface PackedWordInfos {
  /** Format version: a reader that does not know it fails loudly instead of showing wrong words. */
  v: 1;
  /** The reply's glossary entries; an id alone for an entry this connection has carried before. */
  g: (GlossaryEntry | string)[];
  w: PackedWord[];
}

/**
 * What one connection (a port) remembers, on each side, of the glossary entries it has carried: a page
 * meets the same policy terms paragraph after paragraph, and an entry (~500 bytes) then crosses once.
 * The sender marks an entry sent as it packs the reply it goes in; messages on a port arrive in order, so
 * the receiver has always unpacked the entry before a reply that names it by id.
 */
export interface GlossaryMemory {
  sent?: Set<string>;
  received?: Map<string, GlossaryEntry>;
}

// Compile-time guard: every key of the shared types is listed here, so a new field fails `tsc` in this file.
const WORD_KEYS = ['word', 'entries', 'hsk', 'glossary', 'composed', 'lastPart'] as const;
const ENTRY_KEYS = [
  'simplified',
  'traditional',
  'pinyin',
  'tones',
  'senses',
  'classifiers',
  'references',
] as const;
type Missing<T, K extends readonly unknown[]> = Exclude<keyof T, K[number]>;
const wordKeysCovered: Missing<WordInfo, typeof WORD_KEYS> extends never ? true : never = true;
const entryKeysCovered: Missing<DictEntry, typeof ENTRY_KEYS> extends never ? true : never = true;
const BRIEF_KEYS = ['word', 'readings', 'gloss', 'hsk', 'glossaryId'] as const;
const briefKeysCovered: Missing<WordBrief, typeof BRIEF_KEYS> extends never ? true : never = true;
void [wordKeysCovered, entryKeysCovered, briefKeysCovered];

/** Tones as a digit string ("24") when every tone is one digit, which is always the case for real pinyin. */
function packTones(tones: number[]): string | number[] {
  let digits = '';
  for (const t of tones) {
    if (!Number.isInteger(t) || t < 0 || t > 9) return tones;
    digits += t;
  }
  return digits;
}

/** A loop over char codes: `Array.from(digits, Number)` was a tenth of the page's decoding time. */
function unpackTones(tones: string | number[]): number[] {
  if (typeof tones !== 'string') return tones;
  const out = new Array<number>(tones.length);
  for (let i = 0; i < tones.length; i++) out[i] = tones.charCodeAt(i) - 48;
  return out;
}

function packEntry(e: DictEntry, word: string): PackedEntry {
  const row: PackedEntry = [
    e.simplified === word ? '' : e.simplified,
    e.traditional === e.simplified ? '' : e.traditional,
    e.pinyin,
    packTones(e.tones),
    e.senses,
  ];
  if (e.references) row.push(e.classifiers ?? 0, e.references);
  else if (e.classifiers) row.push(e.classifiers);
  return row;
}

export function packWordInfos(infos: readonly WordInfo[], memory: GlossaryMemory = {}): PackedWordInfos {
  const g: (GlossaryEntry | string)[] = [];
  const glossaryRef = new Map<GlossaryEntry, number>();
  const w = infos.map((info): PackedWord => {
    let ref = 0;
    if (info.glossary) {
      const entry = info.glossary;
      ref = glossaryRef.get(entry) ?? g.push(memory.sent?.has(entry.id) ? entry.id : entry);
      glossaryRef.set(entry, ref);
      memory.sent?.add(entry.id);
    }
    const entries = info.entries.map((e) => packEntry(e, info.word));
    const word: PackedWord = [info.word, info.hsk ?? 0, ref, info.composed ?? 0, entries];
    if (info.lastPart !== undefined) word.push(info.lastPart);
    return word;
  });
  return { v: 1, g, w };
}

function unpackEntry(row: PackedEntry, word: string): DictEntry {
  const [simplified, traditional, pinyin, tones, senses, classifiers, references] = row;
  const simp = simplified || word;
  const entry: DictEntry = {
    simplified: simp,
    traditional: traditional || simp,
    pinyin,
    tones: unpackTones(tones),
    senses,
  };
  if (classifiers) entry.classifiers = classifiers;
  if (references) entry.references = references;
  return entry;
}

export function unpackWordInfos(packed: PackedWordInfos, memory: GlossaryMemory = {}): WordInfo[] {
  if (packed?.v !== 1 || !Array.isArray(packed.w) || !Array.isArray(packed.g)) {
    throw new Error(
      'A dictionary reply in an unknown format (is the extension half-updated? reload the page)',
    );
  }
  const glossaries = packed.g.map((entry) => {
    if (typeof entry !== 'string') {
      memory.received?.set(entry.id, entry);
      return entry;
    }
    const known = memory.received?.get(entry);
    if (!known)
      throw new Error(`A dictionary reply names a glossary entry this page never received: ${entry}`);
    return known;
  });
  return packed.w.map(([word, hsk, ref, composed, entries, lastPart]) => {
    const info: WordInfo = { word, entries: entries.map((e) => unpackEntry(e, word)) };
    if (hsk) info.hsk = hsk;
    const glossary = ref ? glossaries[ref - 1] : undefined;
    if (glossary) info.glossary = glossary;
    if (composed !== 0) info.composed = composed;
    if (lastPart !== undefined) info.lastPart = lastPart;
    return info;
  });
}

/** [word, hsk or 0, gloss, glossary id (1 when it is the word) or 0, then pinyin and tones of each reading] */
type PackedBrief = [string, number, string, string | 0 | 1, ...(string | number[])[]];

export interface PackedWordBriefs {
  v: 1;
  /** Named apart from PackedWordInfos' `w`, so neither form is ever decoded as the other. */
  b: PackedBrief[];
}

export function packWordBriefs(briefs: readonly WordBrief[]): PackedWordBriefs {
  const b = briefs.map(({ word, hsk, gloss, glossaryId, readings }): PackedBrief => {
    const row: PackedBrief = [
      word,
      hsk ?? 0,
      gloss,
      glossaryId === undefined ? 0 : glossaryId === word ? 1 : glossaryId,
    ];
    for (const r of readings) row.push(r.pinyin, packTones(r.tones));
    return row;
  });
  return { v: 1, b };
}

export function unpackWordBriefs(packed: PackedWordBriefs): WordBrief[] {
  if (packed?.v !== 1 || !Array.isArray(packed.b)) {
    throw new Error(
      'A dictionary reply in an unknown format (is the extension half-updated? reload the page)',
    );
  }
  // Indexed reads, not `[word, ...rest]`: the rest array was the costliest step of decoding a batch.
  return packed.b.map((row) => {
    const word = row[0];
    const [, hsk, gloss, glossaryId] = row;
    const readings: WordBrief['readings'] = [];
    for (let i = 4; i + 1 < row.length; i += 2) {
      readings.push({ pinyin: row[i] as string, tones: unpackTones(row[i + 1] as string | number[]) });
    }
    const brief: WordBrief = { word, readings, gloss };
    if (hsk) brief.hsk = hsk;
    if (glossaryId !== 0) brief.glossaryId = glossaryId === 1 ? word : glossaryId;
    return brief;
  });
}
