/**
 * The dictionary's chunks in IndexedDB (the extension's origin), filled once per release: after a
 * service-worker restart a lookup reads only the few chunks it needs instead of the whole 10 MB file.
 */
import {
  chunkPackedSteps,
  type PackHeader,
  readPackHeader,
  type SplitChars,
} from '../../core/dictionary/dictionary-source';

const DB_NAME = 'tanci-dictionary';
const STORE = 'chunks';
/** The header line of the release the chunks belong to; written last, so only a complete fill has one. */
const HEADER_KEY = '#header';
/**
 * The database version is the record format: 4 = one record per first character (and bucket, for split
 * characters) holding both sections' chunks; the header record lists the split characters.
 */
const FORMAT = 4;

/** What identifies the stored release and how its chunks are cut. */
export interface StoredRelease {
  header: PackHeader;
  split: SplitChars;
}

export interface DictionaryStore {
  /** The stored release, or undefined when nothing complete is stored. */
  release(): Promise<StoredRelease | undefined>;
  chunks(ids: string[]): Promise<Map<string, string | undefined>>;
  /**
   * Replaces whatever is stored with this packed release. `release()` sees nothing until every chunk is
   * written (the header goes last), so a worker stopped mid-fill leaves no half release to read. `pace`
   * is awaited between steps of a few milliseconds: the worker gives readers' requests their turn there.
   */
  fill(packed: string, pace?: Pace): Promise<void>;
}

/** Resolves when the next step of slow background work may run. */
export type Pace = () => Promise<void>;

/** A turn of the event loop: messages that arrived meanwhile are handled before the next step. */
const nextTurn: Pace = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Characters of chunk text written per transaction: each put's structured clone runs on the worker's
 * thread, so the writes are cut into steps of about the same cost as a chunking step.
 */
const CHARS_PER_WRITE = 256 * 1024;

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
      req.onsuccess = () => {
        // Let a newer format (another worker after an update) upgrade the database.
        req.result.onversionchange = () => {
          req.result.close();
          opened = undefined;
        };
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };

  return {
    async release() {
      const tx = (await db()).transaction(STORE, 'readonly');
      const stored = (await request(tx.objectStore(STORE).get(HEADER_KEY))) as
        | { line?: unknown; split?: unknown }
        | undefined;
      if (typeof stored?.line !== 'string' || !Array.isArray(stored.split)) return undefined;
      return { header: readPackHeader(stored.line), split: new Set(stored.split.map(String)) };
    },
    async chunks(ids) {
      // One record holds both sections' chunks for its key: half the reads of one record per chunk.
      const chars = [...new Set(ids.map((id) => id.slice(1)))];
      const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
      const records = await Promise.all(chars.map((char) => request(store.get(char))));
      const byChar = new Map(
        chars.map((char, i) => [char, records[i] as Partial<Record<string, string>> | undefined]),
      );
      return new Map(ids.map((id) => [id, byChar.get(id.slice(1))?.[id.charAt(0)]]));
    },
    async fill(packed, pace = nextTurn) {
      const steps = chunkPackedSteps(packed);
      let step = steps.next();
      while (!step.done) {
        await pace();
        step = steps.next();
      }
      const { header, chunks, split } = step.value;
      const records = new Map<string, Record<string, string>>();
      for (const [id, text] of chunks) {
        const char = id.slice(1);
        const record = records.get(char) ?? {};
        record[id.charAt(0)] = text;
        records.set(char, record);
      }
      const database = await db();
      // The old release goes first (its header with it): from here until the last write, nothing is current.
      const clear = database.transaction(STORE, 'readwrite');
      clear.objectStore(STORE).clear();
      await done(clear);
      let batch: [string, Record<string, string>][] = [];
      let size = 0;
      const write = async () => {
        await pace();
        const tx = database.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        for (const [char, record] of batch) store.put(record, char);
        batch = [];
        size = 0;
        await done(tx);
      };
      for (const entry of records) {
        batch.push(entry);
        size += (entry[1].s?.length ?? 0) + (entry[1].t?.length ?? 0);
        if (size >= CHARS_PER_WRITE) await write();
      }
      if (batch.length) await write();
      await pace();
      const last = database.transaction(STORE, 'readwrite');
      last.objectStore(STORE).put({ line: header.line, split }, HEADER_KEY);
      await done(last);
    },
  };
}
