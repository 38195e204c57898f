/**
 * The general dictionary: CC-CEDICT with HSK levels and the learned policy glossary, searched in the
 * packed text (see dictionary-pack.ts). Pure: the caller hands in the text, so the same code serves the
 * background, the CLI and the tests.
 */

import { numberedToMarked, numberedTones } from '../pinyin/pinyin-marks';
import { splitToneMark } from '../pinyin/pinyin-style';
import type { LexiconEntry } from '../segment/domain-lexicon';
import type { DictEntry, GlossaryEntry, WordInfo } from '../types';
import { composeFromParts } from './dictionary-compose';
import { formatSenses, readingRank, shortGloss } from './dictionary-senses';
import { type HeadwordSource, type Packed, type PackHeader, sourceFromPacked } from './dictionary-source';

export const LOOKUP_AT_LIMIT = 7;

export interface Dictionary {
  /** Number of CC-CEDICT entries packed. */
  readonly size: number;
  /** Everything known about a word written in simplified or traditional characters. */
  lookup(word: string): WordInfo;
  /** The dictionary and glossary words that start at `offset` in `text`, longest first (at most 7). */
  lookupAt(text: string, offset: number): WordInfo[];
  /** True when CC-CEDICT or the glossary has the word. */
  has(word: string): boolean;
  /** English for a word from the meanings of its parts, split into the longest known words; never empty. */
  composeGloss(word: string): string;
  /**
   * The word's English in one line: the glossary's rendering, else the first sense, else the composed gloss.
   * `lastPart`: the word is the last part of a reading unit (its reviewed sense there comes first: 能 energy).
   */
  english(word: string, lastPart?: boolean): string;
}

export interface DictionaryOptions {
  glossary?: readonly GlossaryEntry[];
  /**
   * The domain lexicon (core/segment/domain-lexicon.ts): its terms are words the reader can point at
   * (lookupAt lists them) and, when CC-CEDICT lacks one, its English answers for it: a reviewed rendering
   * as an entry of its own, a composed one as `composed` (marked unreviewed, as for any composed gloss).
   */
  lexicon?: readonly LexiconEntry[];
}

export const LEXICON_REFERENCE = 'Tanci domain lexicon (reviewed)';

/** A reviewed lexicon term as a dictionary entry, so every consumer of entries shows it unchanged. */
function lexiconDictEntry(entry: LexiconEntry): DictEntry {
  return {
    simplified: entry.term,
    traditional: entry.term,
    pinyin: entry.pinyin,
    tones: entry.pinyin.split(' ').map((syllable) => splitToneMark(syllable).tone),
    senses: [entry.english],
    references: [LEXICON_REFERENCE],
  };
}

interface Row {
  simplified: string;
  traditional: string;
  pinyinNumbered: string;
  /** CC-CEDICT's senses, after the policy-register sense when the row has one. */
  senses: string[];
  hsk?: number;
  /** True when the row carries a policy-register sense (seeds/register-senses.tsv), shown first. */
  register: boolean;
  /** The character's English as a compound's last part (a -能 row of the register table), if reviewed. */
  lastPart?: string;
}

function parseRow(line: string): Row {
  const [simplified = '', traditional = '', pinyinNumbered = '', senses = '', hsk = '', register = '', last] =
    line.split('\t');
  const cedict = senses ? senses.split('/') : [];
  return {
    simplified,
    traditional: traditional || simplified,
    pinyinNumbered,
    senses: register ? [register, ...cedict] : cedict,
    hsk: hsk ? Number(hsk) : undefined,
    register: register !== '',
    ...(last ? { lastPart: last } : {}),
  };
}

/** The reviewed sense a headword's rows give it as a compound's last part, if one of them carries it. */
function lastPartOf(rows: readonly Row[]): string | undefined {
  return rows.find((row) => row.lastPart)?.lastPart;
}

/** The reading with the policy-register sense first, then common readings, proper nouns, the rest. */
function rank(row: Row): number {
  return row.register ? -1 : readingRank(row.senses, row.pinyinNumbered, row.simplified);
}

/** A dictionary over the whole packed text (or its UTF-8 bytes), in memory. */
export function createDictionary(packed: Packed, options: DictionaryOptions = {}): Dictionary {
  const { header, source } = sourceFromPacked(packed);
  return createDictionaryFromSource(header, source, options);
}

export function createDictionaryFromSource(
  head: PackHeader,
  source: HeadwordSource,
  options: DictionaryOptions = {},
): Dictionary {
  const bySimplified = source.simplified;
  const byTraditional = source.traditional;
  const glossary = new Map((options.glossary ?? []).map((entry) => [entry.term, entry]));
  const lexicon = new Map((options.lexicon ?? []).map((entry) => [entry.term, entry]));
  let maxlen = head.maxlen;
  for (const term of glossary.keys()) maxlen = Math.max(maxlen, term.length);
  for (const term of lexicon.keys()) maxlen = Math.max(maxlen, term.length);

  /**
   * Rows written with `word` in either script: simplified headwords first, then the entries whose
   * traditional form it is (the traditional section only lists forms that differ, so none repeats).
   */
  function rowsOf(word: string): Row[] {
    const rows = bySimplified.find(word).map(parseRow);
    for (const pair of byTraditional.find(word)) {
      const simplified = pair.slice(pair.indexOf('\t') + 1);
      for (const row of bySimplified.find(simplified).map(parseRow)) {
        if (row.traditional === word) rows.push(row);
      }
    }
    return rows;
  }

  /** The senses of the entry a pointer-only entry refers to ("着 zhe: variant of 著|着[zhe5]"). */
  function resolvedSenses(target: {
    simplified: string;
    traditional: string;
    pinyinNumbered: string;
  }): string[] {
    const key = target.pinyinNumbered.toLowerCase();
    const rows = bySimplified.find(target.simplified).map(parseRow);
    const row =
      rows.find((r) => r.traditional === target.traditional && r.pinyinNumbered.toLowerCase() === key) ??
      rows.find((r) => r.pinyinNumbered.toLowerCase() === key);
    return row ? formatSenses(row.senses).senses : [];
  }

  function toEntries(rows: Row[]): DictEntry[] {
    const ordered = rows
      .map((row, i) => ({ row, i, rank: rank(row) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i);
    const entries: DictEntry[] = [];
    for (const { row } of ordered) {
      const formatted = formatSenses(row.senses);
      let senses = formatted.senses;
      let references = formatted.references;
      const target = formatted.targets[0];
      if (senses.length === 0 && target) {
        // A variant whose main form is in this same result adds nothing but noise (着 → 著|着).
        const shown = rows.some(
          (r) =>
            r !== row &&
            r.simplified === target.simplified &&
            r.pinyinNumbered.toLowerCase() === target.pinyinNumbered.toLowerCase() &&
            rank(r) < 2,
        );
        if (shown) continue;
        senses = resolvedSenses(target);
      }
      if (senses.length === 0) {
        senses = references;
        references = [];
      }
      entries.push({
        simplified: row.simplified,
        traditional: row.traditional,
        pinyin: numberedToMarked(row.pinyinNumbered),
        tones: numberedTones(row.pinyinNumbered),
        senses,
        ...(formatted.classifiers.length ? { classifiers: formatted.classifiers } : {}),
        ...(references.length ? { references } : {}),
      });
    }
    return entries;
  }

  /** The word's first gloss; as the last part of a compound (`lastPart`), its reviewed sense there first. */
  function firstGloss(word: string, lastPart = false): string | undefined {
    const rows = rowsOf(word).sort((a, b) => rank(a) - rank(b));
    const asLast = lastPart ? lastPartOf(rows) : undefined;
    if (asLast) return shortGloss([asLast]);
    for (const row of rows) {
      const gloss = shortGloss(formatSenses(row.senses).senses);
      if (gloss) return gloss;
    }
    return undefined;
  }

  const has = (word: string) =>
    glossary.has(word) || lexicon.has(word) || bySimplified.has(word) || byTraditional.has(word);
  const hasInDictionary = (word: string) => bySimplified.has(word) || byTraditional.has(word);

  function composeGloss(word: string): string {
    return composeFromParts(word, { maxlen: head.maxlen, has: hasInDictionary, gloss: firstGloss });
  }

  function lookup(word: string): WordInfo {
    const rows = rowsOf(word);
    const info: WordInfo = { word, entries: toEntries(rows) };
    const lastPart = lastPartOf(rows);
    if (lastPart) info.lastPart = lastPart;
    const levels = rows.map((row) => row.hsk).filter((level): level is number => level !== undefined);
    if (levels.length) info.hsk = Math.min(...levels);
    const term = glossary.get(word);
    if (term) info.glossary = term;
    const learned = info.entries.length === 0 ? lexicon.get(word) : undefined;
    if (learned?.source === 'reviewed') info.entries.push(lexiconDictEntry(learned));
    else if (info.entries.length === 0 && !term) info.composed = learned?.english ?? composeGloss(word);
    return info;
  }

  return {
    size: head.entries,
    has,
    lookup,
    composeGloss,
    lookupAt(text, offset) {
      const results: WordInfo[] = [];
      const longest = Math.min(maxlen, text.length - offset);
      for (let length = longest; length >= 1 && results.length < LOOKUP_AT_LIMIT; length--) {
        const word = text.slice(offset, offset + length);
        if (has(word)) results.push(lookup(word));
      }
      return results;
    },
    english(word, lastPart = false) {
      const term = glossary.get(word);
      if (term?.english) return term.english;
      const asLast = lastPart ? lastPartOf(rowsOf(word)) : undefined;
      if (asLast) return asLast;
      const entry = toEntries(rowsOf(word))[0];
      return (
        (entry && (shortGloss(entry.senses) ?? entry.senses[0])) ||
        lexicon.get(word)?.english ||
        composeGloss(word)
      );
    },
  };
}
