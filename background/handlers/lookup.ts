import { browser } from 'wxt/browser';
import type { DictionaryLoader } from '@/background/loaders/dictionary-loader';
import type { QuietPeriod } from '@/background/quiet-period';
import { briefOf } from '@/core/dictionary/dictionary-brief';
import type { WordBrief, WordInfo } from '@/core/types';
import { handleMessage } from '@/protocol/message-handler';

/**
 * Dictionary lookups in two steps: a paragraph group's words at a glance in one batch (`lookup`), and the
 * full answer for the word a reader opens (`define`). Sending every sense of 200 words costs more in
 * messaging than everything else in a batch together.
 */
export function registerLookupHandlers({
  dictionary,
  quiet,
}: {
  dictionary: DictionaryLoader;
  /** When given, the install-time fill waits for a moment without reader requests. */
  quiet?: QuietPeriod;
}): void {
  // The dictionary keeps recent answers and hands out the same objects, so their briefs can be kept too.
  const briefs = new WeakMap<WordInfo, WordBrief>();
  const brief = (info: WordInfo) => {
    let b = briefs.get(info);
    if (!b) {
      b = briefOf(info);
      briefs.set(info, b);
    }
    return b;
  };
  handleMessage('lookup', async ({ words }) => {
    quiet?.busy();
    return { results: (await (await dictionary.get()).lookupMany(words)).map(brief) };
  });
  handleMessage('define', async ({ words }) => {
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
