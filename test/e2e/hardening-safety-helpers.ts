import type { Worker } from 'playwright-core';

export interface StoredRecord {
  term: string;
  pinyin: string;
  contexts: { sentence: string; url: string; pageTitle: string; savedAt: number }[];
}

/**
 * Every saved term, read straight from the extension's IndexedDB in the service worker (no Tanci code
 * involved, so a bug in the store cannot hide itself). An absent database reads as empty.
 */
export function storedRecords(worker: Worker): Promise<StoredRecord[]> {
  return worker.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'tanci-vocab')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tanci-vocab');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('terms')) return [];
      return await new Promise<StoredRecord[]>((resolve, reject) => {
        const all = db.transaction('terms').objectStore('terms').getAll();
        all.onsuccess = () => resolve(all.result as StoredRecord[]);
        all.onerror = () => reject(all.error);
      });
    } finally {
      db.close();
    }
  });
}
