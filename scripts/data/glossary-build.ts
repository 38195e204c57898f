/**
 * Learned terms → shipped glossary entries: runs the learner over corpus files, joins the reviewed English
 * (seeds/glossary-reviewed.tsv), leaves out reviewed rejects (seeds/glossary-rejects.tsv), and fills in
 * pinyin from the text core and, for terms nobody has reviewed, an English gloss composed from the
 * dictionary meanings of their parts. Shared by the `learn` CLI and the glossary data step.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDictionary, type Dictionary } from '../../core/dictionary/dictionary';
import { learnTerms } from '../../core/glossary/learn/learn-terms';
import type { LearnedTerm, LearnReference } from '../../core/glossary/learn/learn-types';
import { createPinyinReader } from '../../core/pinyin/pinyin';
import { createSegmenter } from '../../core/segment/segment';
import { toArticles } from '../../core/text/normalize';
import { GLOSSARY_CATEGORIES, type GlossaryCategory, type GlossaryEntry } from '../../core/types';
import { loadWordReadings } from '../lib/load-core';
import { loadSegmenterData } from '../lib/load-segmenter';
import { root } from '../lib/paths';
import { CEDICT_OUTPUT, cedictStep } from './cedict';
import { loadLearnReference } from './learn-reference';

export const REVIEWED_FILE = 'seeds/glossary-reviewed.tsv';
export const REJECTS_FILE = 'seeds/glossary-rejects.tsv';

export interface ReviewedEntry {
  term: string;
  category: GlossaryCategory;
  english: string;
  expansion?: string;
  expansionEnglish?: string;
  explanation: string;
}

function tsvRows(path: string): string[][] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  return rows.slice(1); // header line
}

/** Reads and checks the reviewed English: a bad row is an error naming its line, never silently dropped. */
export function readReviewed(path = join(root, REVIEWED_FILE)): Map<string, ReviewedEntry> {
  const out = new Map<string, ReviewedEntry>();
  for (const [
    term = '',
    category = '',
    english = '',
    expansion = '',
    expansionEnglish = '',
    explanation = '',
  ] of tsvRows(path)) {
    if (!term || !english || !explanation)
      throw new Error(`${path}: row for "${term}" lacks English or explanation`);
    if (!(GLOSSARY_CATEGORIES as readonly string[]).includes(category)) {
      throw new Error(`${path}: "${term}" has unknown category "${category}"`);
    }
    if (category === 'abbreviation' && !expansion)
      throw new Error(`${path}: abbreviation "${term}" lacks its expansion`);
    out.set(term, {
      term,
      category: category as GlossaryCategory,
      english,
      expansion: expansion || undefined,
      expansionEnglish: expansionEnglish || undefined,
      explanation,
    });
  }
  return out;
}

export function readRejects(path = join(root, REJECTS_FILE)): Map<string, string> {
  return new Map(tsvRows(path).map(([term = '', kind = '']) => [term, kind]));
}

/** The seed corpus: every .txt file under seeds/. */
export function seedFiles(): string[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

export interface GlossaryTools {
  reference: LearnReference;
  pinyin(term: string): string;
  dictionary: Dictionary;
}

export async function loadGlossaryTools(): Promise<GlossaryTools> {
  const [data, readings] = await Promise.all([loadSegmenterData(), loadWordReadings()]);
  const learnSegmenter = createSegmenter(data);
  const reference = await loadLearnReference({ data, segmenter: learnSegmenter });
  if (!existsSync(join(root, CEDICT_OUTPUT))) await cedictStep.run();
  const dictionary = createDictionary(readFileSync(join(root, CEDICT_OUTPUT), 'utf8'));
  // A second segmenter for readings: it takes each term as a priority word, which must not leak into learning.
  const segmenter = createSegmenter(data);
  const reader = createPinyinReader(readings);
  return {
    reference,
    dictionary,
    pinyin(term) {
      segmenter.addPriorityWords([term]);
      const tokens = segmenter.segment(term);
      return reader
        .readTokens(term, tokens)
        .map((t) => t.pinyin)
        .filter(Boolean)
        .join(' ');
    },
  };
}

export interface GlossaryBuild {
  entries: GlossaryEntry[];
  learned: LearnedTerm[];
  /** Learned terms left out because a reviewer rejected them. */
  rejected: LearnedTerm[];
}

export function toEntry(
  learned: LearnedTerm,
  reviewed: ReviewedEntry | undefined,
  tools: GlossaryTools,
): GlossaryEntry {
  const base = {
    id: learned.term,
    term: learned.term,
    // A term with no Han characters (1+N, PM2.5) is read as written.
    pinyin: tools.pinyin(learned.term) || learned.term,
    examples: learned.examples,
    frequency: learned.frequency,
    score: learned.score,
    signals: learned.signals,
  };
  if (reviewed) {
    return {
      ...base,
      english: reviewed.english,
      expansion: reviewed.expansion,
      expansionEnglish: reviewed.expansionEnglish,
      explanation: reviewed.explanation,
      category: reviewed.category,
      reviewed: true,
    };
  }
  const english = tools.dictionary.composeGloss(learned.term) || learned.term;
  // An abbreviation needs a reviewed expansion; until it has one it ships as a plain concept.
  const category = learned.category === 'abbreviation' ? 'concept' : learned.category;
  return {
    ...base,
    english,
    explanation: `Machine gloss from the dictionary meanings of its parts (not yet reviewed). Learned from ${learned.frequency} use${learned.frequency === 1 ? '' : 's'} in the corpus.`,
    category,
    reviewed: false,
  };
}

export async function buildGlossary(
  files: readonly string[],
  { applyRejects = true, tools }: { applyRejects?: boolean; tools?: GlossaryTools } = {},
): Promise<GlossaryBuild> {
  const loaded = tools ?? (await loadGlossaryTools());
  const articles = files.flatMap((file) => toArticles(readFileSync(file, 'utf8'), basename(file)));
  const { terms } = learnTerms(articles, loaded.reference);
  const reviewed = readReviewed();
  const rejects = applyRejects ? readRejects() : new Map<string, string>();
  const kept = terms.filter((t) => !rejects.has(t.term));
  return {
    entries: kept.map((t) => toEntry(t, reviewed.get(t.term), loaded)),
    learned: terms,
    rejected: terms.filter((t) => rejects.has(t.term)),
  };
}
