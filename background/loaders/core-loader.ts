import { browser } from 'wxt/browser';
import { type Annotator, createAnnotator, createSegmentationAnnotator } from '@/core/annotator';
import { GLOSSARY_FILE, GlossaryFileError, parseGlossary } from '@/core/glossary/glossary-file';
import { once } from '@/core/once';
import { decodeG2pm, G2PM_FILE } from '@/core/pinyin/g2pm-file';
import { createPolyphoneModel } from '@/core/pinyin/polyphone-model';
import { emptyWordReadings } from '@/core/pinyin/word-readings';
import { decodeWordReadings, WORD_READINGS_FILE } from '@/core/pinyin/word-readings-binary';
import { decodeUnitTrie, READING_UNITS_FILE } from '@/core/segment/reading-unit-data';
import { createUnitGrouper, type UnitGrouper } from '@/core/segment/reading-units';
import type { Segmenter } from '@/core/segment/segment';
import { createSegmenter } from '@/core/segment/segment';
import { parseSegmenterData, SEGMENTER_DATA_FILE } from '@/core/segment/segmenter-data';
import { createUnitAnnotator } from '@/core/segment/unit-annotator';
import type { GlossaryEntry } from '@/core/types';

/** Reads a file the build put in public/data/; undefined when it is not there. */
export type FetchText = (file: string) => Promise<string | undefined>;

/** Reads a binary file the build put in public/data/; undefined when it is not there. */
export type FetchBytes = (file: string) => Promise<ArrayBuffer | undefined>;

/** Files shipped inside the extension: never a network request. */
export const fetchDataText: FetchText = async (file) => {
  const response = await fetch(browser.runtime.getURL(`/data/${file}` as '/'));
  return response.ok ? response.text() : undefined;
};

export const fetchDataBytes: FetchBytes = async (file) => {
  const response = await fetch(browser.runtime.getURL(`/data/${file}` as '/'));
  return response.ok ? response.arrayBuffer() : undefined;
};

/**
 * The learned policy glossary, read once per worker life (createCoreLoader's getGlossary) for both the
 * annotator and the dictionary. Empty, with a warning, when it was not built or is damaged: pages are
 * still read, without policy marks.
 */
export async function loadGlossary(
  fetchText: FetchText = fetchDataText,
  warn: (message: string) => void = console.warn,
): Promise<GlossaryEntry[]> {
  const text = await fetchText(GLOSSARY_FILE);
  if (text === undefined) {
    warn(`Tanci: ${GLOSSARY_FILE} is missing (run npm run data); policy terms will not be marked`);
    return [];
  }
  try {
    return parseGlossary(text, warn);
  } catch (error) {
    if (!(error instanceof GlossaryFileError)) throw error;
    warn(`Tanci: ${error.message}; policy terms will not be marked`);
    return [];
  }
}

/** Term → glossary id, for marking annotated tokens. */
export function glossaryIds(entries: readonly GlossaryEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.term, e.id]));
}

/** The segmenter over the shipped word trie. */
export async function loadSegmenter(fetchBytes: FetchBytes = fetchDataBytes): Promise<Segmenter> {
  const dict = await fetchBytes(SEGMENTER_DATA_FILE);
  if (dict === undefined)
    throw new Error(`Tanci data file ${SEGMENTER_DATA_FILE} is missing; run npm run data`);
  return createSegmenter(parseSegmenterData(dict));
}

/**
 * The background's annotator: the segmenter, word readings, polyphone model (g2pM) and glossary, fetched
 * from the package. The quick first marks use createSegmentationAnnotator and never wait for this.
 */
export async function loadAnnotator(
  glossary: Promise<GlossaryEntry[]>,
  fetchBytes: FetchBytes = fetchDataBytes,
  segmenter: Promise<Segmenter> = loadSegmenter(fetchBytes),
): Promise<Annotator> {
  const [seg, readings, model, entries] = await Promise.all([
    segmenter,
    fetchBytes(WORD_READINGS_FILE),
    fetchBytes(G2PM_FILE),
    glossary,
  ]);
  return createAnnotator({
    segmenter: seg,
    glossaryTerms: glossaryIds(entries),
    readings: readings === undefined ? emptyWordReadings() : decodeWordReadings(readings),
    polyphones: model === undefined ? undefined : createPolyphoneModel(decodeG2pm(model)),
  });
}

/** The reading units' grouper over the shipped unit trie (core/segment/reading-unit-data.ts). */
export async function loadUnitGrouper(
  segmenter: Promise<Segmenter>,
  fetchBytes: FetchBytes = fetchDataBytes,
): Promise<UnitGrouper> {
  const [bytes, words] = await Promise.all([fetchBytes(READING_UNITS_FILE), segmenter]);
  if (bytes === undefined)
    throw new Error(`Tanci data file ${READING_UNITS_FILE} is missing; run npm run data`);
  // A single character the general dictionary knows as a word stands alone; others are bound morphemes.
  return createUnitGrouper(decodeUnitTrie(bytes), { standalone: (char) => words.has(char) });
}

/**
 * What the annotate handler needs, each loaded lazily and once. Both annotators answer with reading units
 * (words grouped into what a reader points at, each with its words as parts). The segmentation-only annotator and the
 * full one share one segmenter, so both cut a paragraph the same way.
 */
export function createCoreLoader(
  fetchText: FetchText = fetchDataText,
  fetchBytes: FetchBytes = fetchDataBytes,
) {
  const getGlossary = once(() => loadGlossary(fetchText));
  const getSegmenter = once(() => loadSegmenter(fetchBytes));
  const getGrouper = once(() => loadUnitGrouper(getSegmenter(), fetchBytes));
  let loaded = false;
  return {
    getAnnotator: once(async () => {
      const [annotator, grouper] = await Promise.all([
        loadAnnotator(getGlossary(), fetchBytes, getSegmenter()),
        getGrouper(),
      ]);
      loaded = true;
      return createUnitAnnotator(annotator, grouper);
    }),
    getSegmentationAnnotator: once(async () => {
      const [segmenter, entries, grouper] = await Promise.all([getSegmenter(), getGlossary(), getGrouper()]);
      return createUnitAnnotator(
        createSegmentationAnnotator({ segmenter, glossaryTerms: glossaryIds(entries) }),
        grouper,
      );
    }),
    /** Whether the full annotator (with pinyin) is ready to answer at once. */
    annotatorLoaded: () => loaded,
    getGlossaryIds: once(async () => glossaryIds(await getGlossary())),
    /** The worker's one copy of the glossary: the dictionary loader takes it from here. */
    getGlossary,
  };
}
