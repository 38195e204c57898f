/**
 * The dictionary's chunks in IndexedDB (the extension's origin), filled once per release: after a
 * service-worker restart a lookup reads only the few chunks it needs instead of the whole 10 MB file.
 */
import { chunkPacked, type PackHeader, readPackHeader } from './zh/dictionary-source';

const DB_NAME = 'tanci-dictionary';
const STORE = 'chunks';
/** The header line of the release the chunks belong to; written last, in the same transaction. */
const HEADER_KEY = '#header';
/** The database version is the record format: 2 = one record per first character, both sections in it. */
const FORMAT = 2;

export interface DictionaryStore {
  /** The header of the stored release, or undefined when nothing complete is stored. */
  header(): Promise<PackHeader | undefined>;
  chunks(ids: string[]): Promise<Map<string, string | undefined>>;
  /** Replaces whatever is stored with this packed release, all or nothing. */
  fill(packed: string): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('dictionary transaction aborted'));
  });
}

export function openDictionaryStore(idb: IDBFactory = indexedDB): DictionaryStore {
  let opened: Promise<IDBDatabase> | undefined;
  const db = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open(DB_NAME, FORMAT);
      req.onupgradeneeded = () => {
        // Another record format: drop the old chunks, the next lookup stores them again.
        if (req.result.objectStoreNames.contains(STORE)) req.result.deleteObjectStore(STORE);
        req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };

  return {
    async header() {
      const tx = (await db()).transaction(STORE, 'readonly');
      const line = await request(tx.objectStore(STORE).get(HEADER_KEY));
      return typeof line === 'string' ? readPackHeader(line) : undefined;
    },
    async chunks(ids) {
      // One record per first character holds both sections' chunks: half the reads of one per chunk.
      const chars = [...new Set(ids.map((id) => id.slice(1)))];
      const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
      const records = await Promise.all(chars.map((char) => request(store.get(char))));
      const byChar = new Map(
        chars.map((char, i) => [char, records[i] as Partial<Record<string, string>> | undefined]),
      );
      return new Map(ids.map((id) => [id, byChar.get(id.slice(1))?.[id.charAt(0)]]));
    },
    async fill(packed) {
      const { header, chunks } = chunkPacked(packed);
      const records = new Map<string, Record<string, string>>();
      for (const [id, text] of chunks) {
        const char = id.slice(1);
        const record = records.get(char) ?? {};
        record[id.charAt(0)] = text;
        records.set(char, record);
      }
      const tx = (await db()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.clear();
      for (const [char, record] of records) store.put(record, char);
      store.put(header.line, HEADER_KEY);
      await done(tx);
    },
  };
}
