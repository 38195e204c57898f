/**
 * One termbase entry: what a translator's tool (Trados, Phrase, memoQ, XTM) imports for one concept. The
 * TBX and termbase-CSV exports both write this shape and read it back, so a round trip compares like with
 * like. It is built from the shipped glossary (every field known) or from the reader's saved terms (the
 * glossary entry a saved term points to fills in what the saved record does not hold).
 */
import type { GlossaryEntry } from '../types';
import type { SavedTerm } from './types';

// Characters XML 1.0 cannot carry: C0 controls but tab and line feeds, U+FFFE/U+FFFF, unpaired surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what it removes.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a termbase file can hold it: XML-safe, LF line ends, trimmed (see tbx-names.ts's header). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/\r\n?/g, '\n').trim();
}

/** The entry as a termbase file can hold it (see the header); export and import both go through it. */
export function cleanTermbaseEntry(e: TermbaseEntry): TermbaseEntry {
  return {
    term: xmlText(e.term),
    pinyin: xmlText(e.pinyin),
    english: xmlText(e.english),
    category: xmlText(e.category),
    partOfSpeech: e.partOfSpeech,
    expansion: xmlText(e.expansion),
    expansionEnglish: xmlText(e.expansionEnglish),
    definition: xmlText(e.definition),
    example: xmlText(e.example),
    source: xmlText(e.source),
    reviewed: e.reviewed,
  };
}

/** TBX-Basic's picklist for partOfSpeech. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export interface TermbaseEntry extends Pick<SavedTerm, 'term' | 'pinyin' | 'english' | 'category'> {
  /** "" when not known. */
  partOfSpeech: PartOfSpeech | '';
  /** What an abbreviation stands for (两高 → 高耗能、高排放); "" when the term is not one. */
  expansion: string;
  expansionEnglish: string;
  /** The explanation, in English. */
  definition: string;
  /** One sentence the term was used in, and where it came from. */
  example: string;
  source: string;
  /** False when the English was composed by machine (or, for a saved word, not reviewed by Tanci). */
  reviewed: boolean;
}

/**
 * The glossary does not tag parts of speech; only these categories name one for certain (a document or an
 * institution is a proper name, a pollutant or a metric a noun). Slogans, targets and practices can be
 * phrases, nouns or verbs (先立后破, 碳达峰, 节能), so they stay unknown rather than guessed.
 */
const POS_OF_CATEGORY: Partial<Record<string, PartOfSpeech>> = {
  document: 'properNoun',
  institution: 'properNoun',
  pollutant: 'noun',
  metric: 'noun',
};

export function termbaseFromGlossary(e: GlossaryEntry): TermbaseEntry {
  const example = e.examples[0];
  return {
    term: e.term,
    pinyin: e.pinyin,
    english: e.english,
    category: e.category,
    partOfSpeech: POS_OF_CATEGORY[e.category] ?? '',
    expansion: e.expansion ?? '',
    expansionEnglish: e.expansionEnglish ?? '',
    definition: e.explanation,
    example: example?.sentence ?? '',
    source: example?.source ?? '',
    reviewed: e.reviewed,
  };
}

/**
 * A saved term as a termbase entry: its own English, pinyin and latest context (the sentence the reader
 * saw, and the page or document it came from), with the definition, expansion and review status of the
 * glossary entry it points to. A word outside the glossary has dictionary English that no Tanci reviewer
 * checked for policy use, so it is marked unreviewed.
 */
export function termbaseFromSaved(t: SavedTerm, glossary?: GlossaryEntry): TermbaseEntry {
  const latest = t.contexts[t.contexts.length - 1];
  const category = t.category || glossary?.category || '';
  return {
    term: t.term,
    pinyin: t.pinyin,
    english: t.english,
    category,
    partOfSpeech: POS_OF_CATEGORY[category] ?? '',
    expansion: glossary?.expansion ?? '',
    expansionEnglish: glossary?.expansionEnglish ?? '',
    definition: glossary?.explanation ?? '',
    example: latest?.sentence ?? '',
    source: latest ? latest.pageTitle || latest.url : '',
    reviewed: glossary?.reviewed ?? false,
  };
}

/** A termbase entry imported into the saved list: the example becomes its one context, its source the title. */
export function savedFromTermbase(e: TermbaseEntry): SavedTerm {
  return {
    term: e.term,
    pinyin: e.pinyin,
    english: e.english,
    category: e.category,
    glossaryId: '',
    tags: [],
    note: '',
    createdAt: 0,
    updatedAt: 0,
    contexts:
      e.example || e.source ? [{ sentence: e.example, pageTitle: e.source, url: '', savedAt: 0 }] : [],
  };
}

/** Saved terms with the glossary entries they point to (by id), ready for a termbase export. */
export function termbaseOfSaved(
  terms: readonly SavedTerm[],
  glossary: readonly GlossaryEntry[],
): TermbaseEntry[] {
  const byId = new Map(glossary.map((e) => [e.id, e]));
  return terms.map((t) => termbaseFromSaved(t, t.glossaryId ? byId.get(t.glossaryId) : undefined));
}
