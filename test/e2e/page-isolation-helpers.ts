import type { Page, Worker } from 'playwright-core';

export interface StoredRecord {
  term: string;
  pinyin: string;
  contexts: { sentence: string; url: string; pageTitle: string; savedAt: number }[];
}

/**
 * Every saved term, read straight from the extension's IndexedDB in the service worker (no Tanci code
 * involved, so a bug in the store cannot hide itself). An absent database reads as empty.
 */
export function storedRecords(where: Worker | Page): Promise<StoredRecord[]> {
  // An extension page reads the same database as the worker (and stays up when the worker is stopped).
  return (where as Page).evaluate(async () => {
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

export interface ContentWorld {
  /** Evaluates an expression in the content script's isolated world of the page's top frame. */
  run<T>(expression: string): Promise<T>;
}

/**
 * The content script's own world in a page, through the devtools protocol: messages sent from there
 * are the content script's (Chrome gives them the tab, frame and extension id as sender), unlike any
 * test-only page. Page scripts have no way in; only the devtools protocol does.
 */
export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => void contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const find = () =>
    contexts.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.isDefault === false);
  for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 100));
  const context = find();
  if (!context) throw new Error(`no content script world in ${page.url()}: ${JSON.stringify(contexts)}`);
  return {
    async run<T>(expression: string): Promise<T> {
      const out = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: context.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (out.exceptionDetails) throw new Error(JSON.stringify(out.exceptionDetails).slice(0, 500));
      return out.result.value as T;
    },
  };
}
