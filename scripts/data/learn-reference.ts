/**
 * The learner's knowledge of general Chinese, for the Node CLIs: the segmenter's dictionary (word costs
 * from segmentit ∩ CC-CEDICT), its segmenter for word boundaries, and the person and place names that
 * segmentit's own word lists tag (nr, ns); and the field's words from the policy corpus of statutes
 * (seeds/corpus/laws, core/glossary/learn/field-words.ts). None of it comes from the text being learned.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fieldWordsOf } from '../../core/glossary/learn/field-words';
import type { LearnReference } from '../../core/glossary/learn/learn-types';
import { createSegmenter, type Segmenter } from '../../core/segment/segment';
import { type SegmenterData, segmenterWordCosts } from '../../core/segment/segmenter-data';
import { readCorpus } from '../lib/corpus';
import { loadSegmenterData } from '../lib/load-segmenter';
import { root } from '../lib/paths';

const SEGMENTIT_SOURCE = 'node_modules/segmentit/dist/cjs/segmentit.js';

/** segmentit's POS flags for person names (A_NR) and place names (A_NS). */
const PERSON = 0x80;
const PLACE = 0x40;

/**
 * Adverb, preposition, conjunction, pronoun, time word, numeral, particle. Verbs are not on the list:
 * Chinese terms often start with one (举报奖励, 排污单位, 应对气候变化).
 */
const GOVERNING = 0x08000000 | 0x40000 | 0x10000000 | 0x10000 | 0x4000 | 0x400000 | 0x2000;
const VERB = 0x1000;
/** Noun (n). */
const NOUN = 0x100000;
/** Adjective (a) and distinguishing word (b, 绿色 单向 公共): what modifies a noun, or a verb as an adverb. */
const MODIFIER = 0x40000000 | 0x20000000;
/** Noun, adjective, distinguishing word, place word, other proper noun, organisation: a term may start so. */
const NOMINAL = 0x100000 | 0x40000000 | 0x20000000 | 0x8000 | 0x8 | 0x20;

/** segmentit's words with their part-of-speech flags (a word listed twice has both sets of flags). */
export function taggedWords(lists: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) {
    for (const line of list.split('\n')) {
      const [word = '', flags = ''] = line.replace(/^\ufeff/u, '').split('|');
      if (word) out.set(word, (out.get(word) ?? 0) | Number(flags));
    }
  }
  return out;
}

export function wordsTagged(tags: ReadonlyMap<string, number>, any: number, none = 0): Set<string> {
  const out = new Set<string>();
  for (const [word, flags] of tags) if ((flags & any) !== 0 && (flags & none) === 0) out.add(word);
  return out;
}

function segmentitLists(): string[] {
  const segmentit = createRequire(import.meta.url)(join(root, SEGMENTIT_SOURCE)) as Record<string, unknown>;
  return ['pangu', 'panguExtend1', 'panguExtend2', 'names']
    .map((name) => segmentit[name])
    .filter((list): list is string => typeof list === 'string');
}

interface TagSets {
  key: string;
  names: string[];
  governing: string[];
  verbs: string[];
  nouns: string[];
  modifiers: string[];
}

type WordSets = Record<Exclude<keyof TagSets, 'key'>, Set<string>>;

/** Bumped when the sets change, so an older cache is rebuilt. */
const CACHE_VERSION = 2;

const CACHE_FILE = 'node_modules/.cache/tanci-learn-tags.json';

/**
 * The three word sets, from segmentit's lists. Parsing 150,000 tagged lines takes most of a second, so the
 * sets are cached beside the other build caches, keyed by the size and time of segmentit's file.
 */
function tagSets(): WordSets {
  const source = join(root, SEGMENTIT_SOURCE);
  const stat = statSync(source);
  const key = `${CACHE_VERSION}:${stat.size}:${stat.mtimeMs}`;
  const cache = join(root, CACHE_FILE);
  if (existsSync(cache)) {
    try {
      const cached = JSON.parse(readFileSync(cache, 'utf8')) as TagSets;
      if (cached.key === key) {
        return {
          names: new Set(cached.names),
          governing: new Set(cached.governing),
          verbs: new Set(cached.verbs),
          nouns: new Set(cached.nouns),
          modifiers: new Set(cached.modifiers),
        };
      }
    } catch {
      // a damaged cache is rebuilt below
    }
  }
  const tags = taggedWords(segmentitLists());
  const sets = {
    names: wordsTagged(tags, PERSON | PLACE),
    governing: wordsTagged(tags, GOVERNING, NOMINAL),
    verbs: wordsTagged(tags, VERB, NOMINAL),
    nouns: wordsTagged(tags, NOUN, VERB),
    modifiers: wordsTagged(tags, MODIFIER, VERB),
  };
  mkdirSync(dirname(cache), { recursive: true });
  const stored: TagSets = {
    key,
    names: [...sets.names],
    governing: [...sets.governing],
    verbs: [...sets.verbs],
    nouns: [...sets.nouns],
    modifiers: [...sets.modifiers],
  };
  writeFileSync(cache, JSON.stringify(stored));
  return sets;
}

/** The learner's reference; pass the segmenter's data when the caller has already loaded it. */
export async function loadLearnReference(given?: {
  data: SegmenterData;
  segmenter: Segmenter;
}): Promise<LearnReference> {
  const data = given?.data ?? (await loadSegmenterData());
  const segmenter = given?.segmenter ?? createSegmenter(data);
  const cost = segmenterWordCosts(data);
  const tokens = (text: string) => segmenter.segment(text).map((segment) => segment.text);
  let fieldWords: Set<string> | undefined;
  return {
    cost,
    unknownCost: data.unknownCost,
    tokens,
    ...tagSets(),
    // Segmenting the corpus takes a second: done when the term learner first asks, not for every caller.
    get fieldWords() {
      fieldWords ??= fieldWordsOf(
        readCorpus().map(({ text }) => text.split(/\r?\n/u).flatMap(tokens)),
        cost,
      );
      return fieldWords;
    },
  };
}
