import { decodeG2pm, G2PM_FILE } from '@/core/pinyin/g2pm-file';
import { createPolyphoneModel } from '@/core/pinyin/polyphone-model';
import { type Annotator, createAnnotator, createSegmentationAnnotator } from '@/utils/zh/annotator';
import type { Segmenter } from '@/utils/zh/segment';
import { createSegmenter } from '@/utils/zh/segment';
import { parseSegmenterData, SEGMENTER_DATA_FILE } from '@/utils/zh/segmenter-data';
import type { GlossaryEntry } from '@/utils/zh/types';
import { emptyWordReadings } from '@/utils/zh/word-readings';
import { decodeWordReadings, WORD_READINGS_FILE } from '@/utils/zh/word-readings-binary';

/**
 * Loads a piece of the language core once per service-worker life, on first use. A failed load is not
 * remembered, so the next message tries again instead of failing forever.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

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

export const GLOSSARY_FILE = 'glossary.json';

/** The learned policy glossary; empty (with a warning) when it was not built or is malformed. */
export async function loadGlossary(
  fetchText: FetchText = fetchDataText,
  warn: (message: string) => void = console.warn,
): Promise<GlossaryEntry[]> {
  const text = await fetchText(GLOSSARY_FILE);
  if (text === undefined) {
    warn('Tanci: glossary.json is missing (run npm run data); policy terms will not be marked');
    return [];
  }
  const entries = JSON.parse(text) as unknown;
  if (!Array.isArray(entries)) throw new Error('glossary.json: expected an array of entries');
  return entries.filter(
    (e): e is GlossaryEntry => typeof e?.term === 'string' && typeof e?.id === 'string' && e.term.length > 0,
  );
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

/**
 * What the annotate handler needs, each loaded lazily and once. The segmentation-only annotator and the
 * full one share one segmenter, so both cut a paragraph the same way.
 */
export function createCoreLoader(
  fetchText: FetchText = fetchDataText,
  fetchBytes: FetchBytes = fetchDataBytes,
) {
  const getGlossary = once(() => loadGlossary(fetchText));
  const getSegmenter = once(() => loadSegmenter(fetchBytes));
  let loaded = false;
  return {
    getAnnotator: once(async () => {
      const annotator = await loadAnnotator(getGlossary(), fetchBytes, getSegmenter());
      loaded = true;
      return annotator;
    }),
    getSegmentationAnnotator: once(async () => {
      const [segmenter, entries] = await Promise.all([getSegmenter(), getGlossary()]);
      return createSegmentationAnnotator({ segmenter, glossaryTerms: glossaryIds(entries) });
    }),
    /** Whether the full annotator (with pinyin) is ready to answer at once. */
    annotatorLoaded: () => loaded,
    getGlossaryIds: once(async () => glossaryIds(await getGlossary())),
  };
}
