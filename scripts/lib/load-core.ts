/**
 * Node loader of the language core's generated data (public/data/), for the CLIs, benchmarks and tests.
 * The browser loads the same files with fetch (utils/core-loader.ts); the pure core takes their text.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { decodeUnitTrie, READING_UNITS_FILE } from '../../core/segment/reading-unit-data';
import { createUnitGrouper, type UnitGrouper } from '../../core/segment/reading-units';
import { createUnitAnnotator } from '../../core/segment/unit-annotator';
import { type Annotator, createAnnotator } from '../../utils/zh/annotator';
import { createSegmenter, type Segmenter } from '../../utils/zh/segment';
import { parseSegmenterData, SEGMENTER_DATA_FILE, type SegmenterData } from '../../utils/zh/segmenter-data';
import type { GlossaryEntry } from '../../utils/zh/types';
import type { WordReadings } from '../../utils/zh/word-readings';
import { decodeWordReadings, WORD_READINGS_FILE } from '../../utils/zh/word-readings-binary';
import { type DataStep, dataDir, root } from '../build-data';
import { segmenterDictStep } from '../data/segmenter-dict';
import { wordReadingsStep } from '../data/word-readings';

export const GLOSSARY_FILE = 'glossary.json';

/** Runs a data step when its output is missing or older than one of its inputs (a CLI run right after an edit). */
async function ensureFresh(step: DataStep): Promise<void> {
  const built = Math.min(
    ...step.outputs.map((out) => (existsSync(join(root, out)) ? statSync(join(root, out)).mtimeMs : 0)),
  );
  const changed = step.inputs.some((input) => {
    const path = join(root, input);
    return existsSync(path) && statSync(path).mtimeMs > built;
  });
  if (built === 0 || changed) await step.run();
}

/** Reads the segmenter dictionary, building it first when it is missing or stale. */
export async function loadSegmenterData(): Promise<SegmenterData> {
  const path = join(dataDir, SEGMENTER_DATA_FILE);
  await ensureFresh(segmenterDictStep);
  return parseSegmenterData(readFileSync(path));
}

/** Reads the word-level pinyin readings, building them first when they are missing or stale. */
export async function loadWordReadings(): Promise<WordReadings> {
  const path = join(dataDir, WORD_READINGS_FILE);
  await ensureFresh(wordReadingsStep);
  return decodeWordReadings(readFileSync(path));
}

/** The learned policy glossary, or undefined when it has not been built (H4's data step writes it). */
export function loadGlossary(): GlossaryEntry[] | undefined {
  const path = join(dataDir, GLOSSARY_FILE);
  if (!existsSync(path)) return undefined;
  const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${path}: expected an array of glossary entries`);
  return entries.filter(
    (entry): entry is GlossaryEntry => typeof entry?.term === 'string' && typeof entry?.id === 'string',
  );
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
  const readings = await loadWordReadings();
  return { segmenter, annotator: createAnnotator({ segmenter, glossaryTerms, readings }), glossary };
}

/** The word annotator's tokens grouped into reading units (what pages and `annotate --format json` get). */
export async function loadUnitAnnotator(core: NodeCore): Promise<Annotator> {
  return createUnitAnnotator(core.annotator, await loadUnitGrouper(core.segmenter));
}
