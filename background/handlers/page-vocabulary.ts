import { browser } from 'wxt/browser';
import type { KnownWords } from '@/background/known-words';
import { pageVocabularyList } from '@/background/page-vocabulary-list';
import type { PageWords } from '@/background/page-words';
import { isExtensionPage } from '@/background/sender';
import { briefOf } from '@/core/dictionary/dictionary-brief';
import type { WordInfo } from '@/core/types';
import { handleMessage, UntrustedSenderError } from '@/protocol/message-handler';
import type { PageVocabulary } from '@/protocol/page-vocabulary';

export interface PageVocabularyDeps {
  pageWords: PageWords;
  known: KnownWords;
  lookupMany: (words: readonly string[]) => Promise<WordInfo[]>;
  savedAmong: (words: readonly string[]) => Promise<string[]>;
}

/** The This page tab's answer: the page's counted words, which are known and saved, and their English. */
export async function pageVocabulary(deps: PageVocabularyDeps, tabId: number): Promise<PageVocabulary> {
  const { url, words: counts } = await deps.pageWords.get(tabId);
  const known = await deps.known.among([...counts.keys()]);
  const list = pageVocabularyList(counts, known);
  const words = list.rows.map((r) => r.word);
  const [infos, saved] = await Promise.all([deps.lookupMany(words), deps.savedAmong(words)]);
  const savedSet = new Set(saved);
  return {
    url,
    total: list.total,
    known: list.known,
    more: list.more,
    words: list.rows.map((r, i) => {
      const info = infos[i];
      const category = info?.glossary?.category;
      return {
        word: r.word,
        // The reading the page's segmentation gave, else the dictionary's first.
        pinyin: r.pinyin || info?.entries[0]?.pinyin || '',
        english: info ? briefOf(info).gloss : '',
        count: r.count,
        ...(r.glossaryId ? { glossaryId: r.glossaryId } : {}),
        ...(category ? { category } : {}),
        saved: savedSet.has(r.word),
        known: r.known,
        sentence: r.sentence,
      };
    }),
  };
}

export function registerPageVocabularyHandlers(deps: PageVocabularyDeps): void {
  handleMessage('getPageVocabulary', ({ tabId }, sender) => {
    if (!isExtensionPage(sender)) {
      throw new UntrustedSenderError('getPageVocabulary: only Tanci pages read a page vocabulary');
    }
    return pageVocabulary(deps, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void deps.pageWords.forget(tabId));
}
