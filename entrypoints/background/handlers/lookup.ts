import type { DictionaryLoader } from '@/utils/dictionary-loader';
import { handleMessage } from '@/utils/message-handler';
import type { WordInfo } from '@/utils/zh/types';

/** Dictionary lookups, in batches: one reply holds every word of a paragraph group. */
export function registerLookupHandlers({ dictionary }: { dictionary: DictionaryLoader }): void {
  handleMessage('lookup', async ({ words }) => {
    const dict = await dictionary.get();
    const seen = new Map<string, WordInfo>();
    const results = words.map((word) => {
      let info = seen.get(word);
      if (!info) {
        info = dict.lookup(word);
        seen.set(word, info);
      }
      return info;
    });
    return { results };
  });
  handleMessage('lookupAt', async ({ text, offset }) => ({
    results: (await dictionary.get()).lookupAt(text, offset),
  }));
}
