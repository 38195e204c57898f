/**
 * The newest saved terms straight from IndexedDB, without Dexie: the popup's first screen needs fifteen
 * records, and Dexie (~100 KB of script) plus its open can load after that screen is painted. Reads only a
 * database Dexie has already created at the schema version it knows (Dexie stores version × 10), through the
 * same `createdAt` index, newest first, so it returns what `VocabRepo.recent` would. Anything else — no
 * database yet, an older schema waiting for Dexie's upgrade, an error — answers `null`, and the caller asks
 * Dexie. It never creates or upgrades the database, and closes its connection at once.
 */
import { FIRST_PAGE_SCHEMA_VERSION, VOCAB_DB_NAME } from './names';
import type { StoredTerm } from './types';

export function readFirstPage(
  limit: number,
  idb: IDBFactory | undefined = globalThis.indexedDB,
  name: string = VOCAB_DB_NAME,
): Promise<StoredTerm[] | null> {
  return new Promise((resolve) => {
    if (!idb) return resolve(null);
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: opening would create an empty one at version 1 and break Dexie's own creation.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close(); // never hold up Dexie's upgrade
      const finish = (terms: StoredTerm[] | null) => {
        db.close();
        resolve(terms);
      };
      try {
        if (db.version !== FIRST_PAGE_SCHEMA_VERSION * 10 || !db.objectStoreNames.contains('terms')) {
          return finish(null);
        }
        const store = db.transaction('terms', 'readonly').objectStore('terms');
        if (!store.indexNames.contains('createdAt')) return finish(null);
        const terms: StoredTerm[] = [];
        const cursor = store.index('createdAt').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && terms.length < limit) {
            terms.push(c.value as StoredTerm);
            c.continue();
          } else finish(terms);
        };
        cursor.onerror = (e) => {
          e.preventDefault();
          finish(null);
        };
      } catch {
        finish(null);
      }
    };
  });
}
