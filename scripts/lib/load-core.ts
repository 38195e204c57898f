/**
 * Node loader of the language core's generated data (public/data/), for the CLIs, benchmarks and tests.
 * The browser loads the same files with fetch (background/loaders/core-loader.ts); the pure core takes their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Annotator, createAnnotator } from '../../core/annotator';
import { decodeG2pm, G2PM_FILE } from '../../core/pinyin/g2pm-file';
import { createPolyphoneModel, type PolyphoneModel } from '../../core/pinyin/polyphone-model';
import type { WordReadings } from '../../core/pinyin/word-readings';
import { decodeWordReadings, WORD_READINGS_FILE } from '../../core/pinyin/word-readings-binary';
import { decodeUnitTrie, READING_UNITS_FILE } from '../../core/segment/reading-unit-data';
import { createUnitGrouper, type UnitGrouper } from '../../core/segment/reading-units';
import { createSegmenter, type Segmenter } from '../../core/segment/segment';
import { createUnitAnnotator } from '../../core/segment/unit-annotator';
import type { GlossaryEntry } from '../../core/types';
import { g2pmStep } from '../data/g2pm';
import { wordReadingsStep } from '../data/word-readings';
import { ensureFresh } from './ensure-fresh';
import { loadGlossary, loadSegmenterData } from './load-segmenter';
import { dataDir } from './paths';

/** Reads the word-level pinyin readings, building them first when they are missing or stale. */
export async function loadWordReadings(): Promise<WordReadings> {
  const path = join(dataDir, WORD_READINGS_FILE);
  await ensureFresh(wordReadingsStep);
  return decodeWordReadings(readFileSync(path));
}

/** The polyphone model (g2pM), building its file first when it is missing or stale. */
export async function loadPolyphoneModel(): Promise<PolyphoneModel> {
  await ensureFresh(g2pmStep);
  return createPolyphoneModel(decodeG2pm(readFileSync(join(dataDir, G2PM_FILE))));
}

/** The reading units' grouper over the shipped unit trie, building the data first when it is missing or stale. */
export async function loadUnitGrouper(segmenter?: Segmenter): Promise<UnitGrouper> {
  // Imported here: the step's module imports the lexicon builder, which imports this file.
  const { readingUnitsStep } = await import('../data/reading-units');
  await ensureFresh(readingUnitsStep);
  return createUnitGrouper(decodeUnitTrie(readFileSync(join(dataDir, READING_UNITS_FILE))), {
    standalone: segmenter ? (char) => segmenter.has(char) : undefined,
  });
}

export interface NodeCore {
  segmenter: Segmenter;
  /** Words (the word standard): what pinyin, the breakdown and `annotate --format seg` use. */
  annotator: Annotator;

  glossary: GlossaryEntry[] | undefined;
}

/** The segmenter with the learned glossary as priority words, and an annotator over it. */
export async function loadCore({ glossary = loadGlossary() } = {}): Promise<NodeCore> {
  const segmenter = createSegmenter(await loadSegmenterData());
  const glossaryTerms = new Map((glossary ?? []).map((entry) => [entry.term, entry.id]));
  const [readings, polyphones] = await Promise.all([loadWordReadings(), loadPolyphoneModel()]);
  return {
    segmenter,
    annotator: createAnnotator({ segmenter, glossaryTerms, readings, polyphones }),
    glossary,
  };
}

/** The word annotator's tokens grouped into reading units (what pages and `annotate --format json` get). */
export async function loadUnitAnnotator(core: NodeCore): Promise<Annotator> {
  return createUnitAnnotator(core.annotator, await loadUnitGrouper(core.segmenter));
}
