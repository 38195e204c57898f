import type { DictionaryLoader } from '@/utils/dictionary-loader';
import { handleMessage } from '@/utils/message-handler';
import type { QuietPeriod } from '@/utils/quiet-period';

/** Dictionary lookups, in batches: one reply holds every word of a paragraph group. */
export function registerLookupHandlers({
  dictionary,
  quiet,
}: {
  dictionary: DictionaryLoader;
  /** When given, the install-time fill waits for a moment without reader requests. */
  quiet?: QuietPeriod;
}): void {
  handleMessage('lookup', async ({ words }) => {
    quiet?.busy();
    return { results: await (await dictionary.get()).lookupMany(words) };
  });
  handleMessage('lookupAt', async ({ text, offset }) => {
    quiet?.busy();
    return { results: await (await dictionary.get()).lookupAt(text, offset) };
  });
  // Fill IndexedDB while the user is not waiting: after install or update, once the first page (often
  // opened at the same moment) has had its answers; cutting 10 MB into chunks blocks the worker a while.
  browser.runtime.onInstalled.addListener(() => {
    const prepare = () => void dictionary.prepare();
    if (quiet) quiet.whenQuiet(prepare);
    else prepare();
  });
}
