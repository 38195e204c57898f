/**
 * Builds the domain lexicon (core/segment/domain-lexicon.ts) from the policy corpus (seeds/corpus/laws/)
 * and the seed: segments every document into words with the project's segmenter (policy-glossary terms
 * as priority words) and its pinyin reader, runs the lexicon learner, and gives each term its English:
 * CC-CEDICT's, else the reviewed file's, else composed from the parts. Shared by the data step and bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotator } from '../../core/annotator';
import { createDictionary, type Dictionary } from '../../core/dictionary/dictionary';
import type { LexiconEntry } from '../../core/segment/domain-lexicon';
import { type LexiconDocument, learnLexicon } from '../../core/segment/learn-lexicon';
import { isEdgeWord, LIGHT_VERBS, LINK_WORDS } from '../../core/segment/lexicon-words';
import { buildUnitTrie } from '../../core/segment/reading-unit-data';
import { createUnitGrouper } from '../../core/segment/reading-units';
import { createUnitAnnotator } from '../../core/segment/unit-annotator';
import { normalizeText } from '../../core/text/normalize';
import type { GlossaryEntry } from '../../core/types';
import { loadPackedDictionary } from '../data/cedict';
import { loadLearnReference } from '../data/learn-reference';
import { readCedictHeadwords } from '../data/segmenter-dict';
import { CORPUS_DIR, readCorpus } from './corpus';
import { loadCore } from './load-core';
import { loadGlossary } from './load-segmenter';
import { root } from './paths';

export { CORPUS_DIR, readCorpus };
export const SEED_FILE = 'seeds/000_5b13465c4fe18702.txt';
export const LEXICON_REVIEWED_FILE = 'seeds/lexicon-reviewed.tsv';

/** English `-` in seeds/lexicon-reviewed.tsv: the reviewer found a clause or a fragment, not a term; left out. */
const REJECTED = '-';

/** seeds/lexicon-reviewed.tsv: term → English (or REJECTED); a row without English is an error naming it. */
export function readLexiconReviewed(path = join(root, LEXICON_REVIEWED_FILE)): Map<string, string> {
  const out = new Map<string, string>();
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [term = '', english = ''] = line.split('\t');
    if (!term.trim() || !english.trim())
      throw new Error(`${path}:${i + 1}: a row needs a term and its English`);
    out.set(term.trim(), english.trim());
  });
  return out;
}

/** Markdown headings and list marks are layout, not text. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/^#+\s*/u, '').trim())
    .filter(Boolean);
}

export function toDocuments(
  files: readonly { name: string; text: string }[],
  annotator: Pick<Annotator, 'annotate'>,
): LexiconDocument[] {
  return files.map(({ name, text }) => ({
    name,
    sentences: paragraphsOf(text).map((paragraph) => annotator.annotate(paragraph)),
  }));
}

export function englishOf(
  term: string,
  parts: readonly string[],
  dictionary: Dictionary,
  reviewed: ReadonlyMap<string, string>,
): Pick<LexiconEntry, 'english' | 'source'> {
  if (dictionary.lookup(term).entries.length > 0)
    return { english: dictionary.english(term), source: 'cedict' };
  const english = reviewed.get(term);
  if (english) return { english, source: 'reviewed' };
  return { english: parts.map((part) => dictionary.english(part)).join(' + '), source: 'composed' };
}

export async function buildDomainLexicon({
  files = readCorpus(),
  glossary = loadGlossary() ?? [],
  reviewed = readLexiconReviewed(),
}: {
  files?: { name: string; text: string }[];
  glossary?: GlossaryEntry[];
  reviewed?: ReadonlyMap<string, string>;
} = {}): Promise<LexiconEntry[]> {
  // Learned over words already grouped into CC-CEDICT units (可|再生 → 可再生): a term's parts are then the
  // units a reader knows (可再生 + 能源), and a function word inside a dictionary word (可, 再) stops nothing.
  const core = await loadCore({ glossary });
  const annotator = createUnitAnnotator(
    core.annotator,
    createUnitGrouper(buildUnitTrie(readCedictHeadwords(), []), {
      standalone: (char) => core.segmenter.has(char),
      suffixes: false,
    }),
  );
  const reference = await loadLearnReference();
  const seed = {
    name: SEED_FILE,
    text: normalizeText(readFileSync(join(root, SEED_FILE), 'utf8')).join('\n'),
  };
  const documents = toDocuments([...files, seed], annotator);
  const governing = reference.governing ?? new Set<string>();
  const terms = learnLexicon(documents, {
    isFunctionWord: (word, edge) => governing.has(word) || isEdgeWord(word, edge),
    isLinkWord: (word) => LINK_WORDS.has(word),
    isVerb: (word) => reference.verbs?.has(word) ?? false,
    isLightVerb: (word) => LIGHT_VERBS.has(word),
    isModifier: (word) => reference.modifiers?.has(word) ?? false,
    isNoun: (word) => reference.nouns?.has(word) ?? false,
  });
  const dictionary = createDictionary(await loadPackedDictionary(), { glossary: [] });
  const glossaryTerms = new Set(glossary.map((entry) => entry.term));
  return terms
    .filter((term) => !glossaryTerms.has(term.term) && reviewed.get(term.term) !== REJECTED)
    .map((term) => ({
      term: term.term,
      parts: term.parts,
      pinyin: term.pinyin,
      ...englishOf(term.term, term.parts, dictionary, reviewed),
      frequency: term.frequency,
      documents: term.documents,
    }));
}
