/**
 * A client for AnkiConnect's API, version 6 (https://git.foosoft.net/alex/anki-connect): one POST per
 * action, `{ action, version, params }` in, `{ result, error }` out. `fetch` is passed in (the background's
 * own; tests pass a fake), so this stays pure. A request that never reaches Anki is an
 * AnkiUnreachableError; an answer with an error is an AnkiError carrying Anki's words.
 */
import { ANKI_CONNECT_URL, ANKI_CONNECT_VERSION } from './anki-connect-url';

export class AnkiUnreachableError extends Error {
  override name = 'AnkiUnreachableError';
}

export class AnkiError extends Error {
  override name = 'AnkiError';
}

export interface AnkiNote {
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
  options: { allowDuplicate: false; duplicateScope: 'deck' };
}

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export function createAnkiConnect(fetchFn: Fetch, url: string = ANKI_CONNECT_URL) {
  async function invoke<T>(action: string, params?: Record<string, unknown>): Promise<T> {
    let reply: unknown;
    try {
      const res = await fetchFn(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, version: ANKI_CONNECT_VERSION, ...(params ? { params } : {}) }),
      });
      if (!res.ok) throw new AnkiError(`AnkiConnect answered HTTP ${res.status} to ${action}`);
      reply = await res.json();
    } catch (e) {
      if (e instanceof AnkiError) throw e;
      throw new AnkiUnreachableError(`Anki did not answer at ${url}: ${(e as Error).message}`);
    }
    const r = reply as { result?: unknown; error?: unknown } | null;
    if (typeof r !== 'object' || r === null || !('result' in r) || !('error' in r)) {
      throw new AnkiError(`${action}: not an AnkiConnect version ${ANKI_CONNECT_VERSION} answer`);
    }
    if (r.error !== null) throw new AnkiError(String(r.error));
    return r.result as T;
  }

  return {
    version: () => invoke<number>('version'),
    deckNames: () => invoke<string[]>('deckNames'),
    modelNames: () => invoke<string[]>('modelNames'),
    modelFieldNames: (modelName: string) => invoke<string[]>('modelFieldNames', { modelName }),
    canAddNotes: (notes: readonly AnkiNote[]) => invoke<boolean[]>('canAddNotes', { notes }),
    addNotes: (notes: readonly AnkiNote[]) => invoke<(number | null)[]>('addNotes', { notes }),
  };
}

export type AnkiConnect = ReturnType<typeof createAnkiConnect>;
