import type { GlossaryEntry } from '@/utils/zh/types';

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

export type FetchText = (path: string) => Promise<string>;

/** Reads a file the build put in public/data/ (shipped inside the extension; never from the network). */
export const fetchDataText: FetchText = async (path) => {
  const url = browser.runtime.getURL(`/data/${path}` as '/');
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Tanci data file ${path} is missing (${response.status}); run npm run data`);
  return response.text();
};

export async function loadGlossary(fetchText: FetchText = fetchDataText): Promise<GlossaryEntry[]> {
  const entries = JSON.parse(await fetchText('glossary.json')) as unknown;
  if (!Array.isArray(entries)) throw new Error('glossary.json: expected an array of entries');
  return entries as GlossaryEntry[];
}

/** Term → glossary id, for marking annotated tokens. */
export function glossaryIds(entries: readonly GlossaryEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.term, e.id]));
}
