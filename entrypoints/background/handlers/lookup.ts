import type { DictionaryLoader } from '@/utils/dictionary-loader';
import { handleMessage } from '@/utils/message-handler';

/** Dictionary lookups, in batches: one reply holds every word of a paragraph group. */
export function registerLookupHandlers({ dictionary }: { dictionary: DictionaryLoader }): void {
  handleMessage('lookup', async ({ words }) => ({
    results: await (await dictionary.get()).lookupMany(words),
  }));
  handleMessage('lookupAt', async ({ text, offset }) => ({
    results: await (await dictionary.get()).lookupAt(text, offset),
  }));
  // Fill IndexedDB while the user is not waiting: right after install or update.
  browser.runtime.onInstalled.addListener(() => {
    void dictionary.prepare();
  });
}
