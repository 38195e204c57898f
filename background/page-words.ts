import type { PageTerm, PageWord } from '@/core/glossary/learn/page-terms';
import type { Token } from '@/core/types';
import type { BulkOwner } from './scheduler';

/**
 * The words of what each page's documents had annotated, kept so that the page's own terms can be learned
 * from them (core/glossary/learn/page-terms.ts) without reading the page a second time. Only each word's
 * text, whether it is Chinese and its glossary id are kept, each distinct paragraph once (a menu repeated on every block
 * counts once). In memory: a stopped service worker forgets them, and the page's next groups fill it again.
 */
export interface PageWordsOptions {
  /** Documents kept; the one read least recently goes first. */
  maxDocuments?: number;
  /** Characters kept per document: past it, a page's terms are learned from what came first. */
  maxChars?: number;
}

interface PageRecord {
  tabId?: number;
  chars: number;
  paragraphs: Map<string, PageWord[]>;
  /** The terms last learned, from the first `from` paragraphs (paragraphs are only ever added). */
  learned?: { from: number; terms: PageTerm[] };
}

export function createPageWords({ maxDocuments = 12, maxChars = 300_000 }: PageWordsOptions = {}) {
  const pages = new Map<string, PageRecord>();
  return {
    /** Records the annotated `paragraphs` (`texts` are what was sent) of `owner`'s document. */
    record(owner: BulkOwner, texts: readonly string[], paragraphs: readonly (readonly Token[])[]): void {
      let page = pages.get(owner.document);
      if (page) pages.delete(owner.document);
      page ??= { tabId: owner.tabId, chars: 0, paragraphs: new Map() };
      pages.set(owner.document, page);
      texts.forEach((text, i) => {
        const tokens = paragraphs[i];
        if (!tokens || page.paragraphs.has(text) || page.chars + text.length > maxChars) return;
        page.paragraphs.set(
          text,
          tokens.map((t) => ({
            text: t.text,
            zh: t.zh,
            pinyin: '',
            ...(t.glossaryId ? { glossaryId: t.glossaryId } : {}),
          })),
        );
        page.chars += text.length;
      });
      for (const document of pages.keys()) {
        if (pages.size <= maxDocuments) break;
        pages.delete(document);
      }
    },
    /** The document's paragraphs, as words, in the order they were first annotated. */
    paragraphsOf(document: string): PageWord[][] {
      return [...(pages.get(document)?.paragraphs.values() ?? [])];
    },
    /**
     * The document's terms, as `learn` finds them in its paragraphs: learned again only when paragraphs were
     * added since the last time (the reader asks after every burst of tokens, many of them already recorded).
     */
    *termsOf(
      document: string,
      learn: (paragraphs: PageWord[][]) => Generator<void, PageTerm[]>,
    ): Generator<void, PageTerm[]> {
      const page = pages.get(document);
      if (!page) return [];
      const from = page.paragraphs.size;
      if (page.learned?.from === from) return page.learned.terms;
      const terms = yield* learn([...page.paragraphs.values()]);
      page.learned = { from, terms };
      return terms;
    },
    /** Forgets a closed tab's documents. */
    forgetTab(tabId: number): void {
      for (const [document, page] of pages) if (page.tabId === tabId) pages.delete(document);
    },
    get documents(): number {
      return pages.size;
    },
  };
}

export type PageWords = ReturnType<typeof createPageWords>;
