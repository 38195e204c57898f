/**
 * The words of what each tab's page had annotated, taken from the `annotate` answers the background already
 * gives its readers, so that nothing reads the page a second time. Two readers of the same record:
 * - the page's own terms (core/glossary/learn/page-terms.ts) learn from each document's paragraphs, kept as
 *   words (text, whether it is Chinese, glossary id), each distinct paragraph once, in memory only;
 * - the This page tab reads each tab's word counts, which go to session storage a moment after the last
 *   change, so a service worker stopped while the reader reads keeps them.
 * A paragraph answered twice (a quick answer, then the one with pinyin) counts once.
 */
import { sentenceAt } from '@/content/page/sentence-at';
import type { PageTerm, PageWord } from '@/core/glossary/learn/page-terms';
import type { Token } from '@/core/types';
import { type BulkSender, bulkOwnerOf } from './scheduler';
import type { KeyValueArea } from './tab-state-store';

/** A word's count on the page, its reading in context and its glossary id. */
export interface PageWordCount {
  count: number;
  pinyin: string;
  glossaryId?: string;
  /** The sentence of its first occurrence (what Save keeps with it). */
  sentence: string;
}

/** Who sent an `annotate` request: its tab, frame and document, and the frame's address. */
export type AnnotateSender = BulkSender & { url?: string };

interface DocumentWords {
  tabId?: number;
  chars: number;
  paragraphs: Map<string, PageWord[]>;
  /** The terms last learned, from the first `from` paragraphs (paragraphs are only ever added). */
  learned?: { from: number; terms: PageTerm[] };
}

interface TabWords {
  /** The page these counts belong to (without its #fragment). */
  url: string;
  words: Map<string, PageWordCount>;
  /** Paragraphs counted already, by text (kept in memory only). */
  seen: Set<string>;
  /** The top document's `performance.timeOrigin`, once it reported. */
  origin?: number;
}

interface StoredTabWords {
  url: string;
  origin?: number;
  words: [string, PageWordCount][];
}

export interface PageWordsOptions {
  /** Where the tabs' counts are kept between service worker runs (in memory only without one). */
  area?: KeyValueArea;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (id: unknown) => void };
  /** Documents whose paragraphs are kept; the one read least recently goes first. */
  maxDocuments?: number;
  /** Characters kept per document: past it, a page's terms are learned from what came first. */
  maxChars?: number;
}

const SAVE_DELAY_MS = 1_000;
/** A saved term's sentence from this list: enough for context, short enough to keep for every word. */
const SENTENCE_CHARS = 200;
const pageOf = (url: string) => url.split('#', 1)[0] ?? url;
const realTimers = {
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createPageWords({
  area,
  timers = realTimers,
  maxDocuments = 12,
  maxChars = 300_000,
}: PageWordsOptions = {}) {
  const documents = new Map<string, DocumentWords>();
  const tabs = new Map<number, TabWords>();
  const pendingSave = new Map<number, unknown>();
  const key = (tabId: number) => `page-words:${tabId}`;

  function keepParagraphs(
    owner: { document: string; tabId?: number },
    texts: readonly string[],
    tokens: readonly (readonly Token[])[],
  ) {
    let doc = documents.get(owner.document);
    if (doc) documents.delete(owner.document);
    doc ??= { tabId: owner.tabId, chars: 0, paragraphs: new Map() };
    documents.set(owner.document, doc);
    texts.forEach((text, i) => {
      const words = tokens[i];
      if (!words || doc.paragraphs.has(text) || doc.chars + text.length > maxChars) return;
      doc.paragraphs.set(
        text,
        words.map((t) => ({
          text: t.text,
          zh: t.zh,
          pinyin: '',
          ...(t.glossaryId ? { glossaryId: t.glossaryId } : {}),
        })),
      );
      doc.chars += text.length;
    });
    for (const document of documents.keys()) {
      if (documents.size <= maxDocuments) break;
      documents.delete(document);
    }
  }

  async function load(tabId: number): Promise<TabWords | undefined> {
    const held = tabs.get(tabId);
    if (held || !area) return held;
    const stored = (await area.get(key(tabId)))[key(tabId)] as StoredTabWords | undefined;
    if (!stored || tabs.has(tabId)) return tabs.get(tabId);
    const restored: TabWords = { ...stored, words: new Map(stored.words), seen: new Set<string>() };
    tabs.set(tabId, restored);
    return restored;
  }

  function scheduleSave(tabId: number): void {
    if (!area || pendingSave.has(tabId)) return;
    pendingSave.set(
      tabId,
      timers.set(() => {
        pendingSave.delete(tabId);
        const t = tabs.get(tabId);
        if (!t) return;
        const stored: StoredTabWords = { url: t.url, origin: t.origin, words: [...t.words] };
        void area.set({ [key(tabId)]: stored });
      }, SAVE_DELAY_MS),
    );
  }

  async function countWords(
    tabId: number,
    url: string | undefined,
    texts: readonly string[],
    tokens: readonly (readonly Token[])[],
  ) {
    const page = url === undefined ? undefined : pageOf(url);
    let t = await load(tabId);
    if (!t || (page !== undefined && t.url !== '' && t.url !== page)) {
      // Another address in the same document (a single-page site) keeps the document's time origin.
      t = { url: page ?? '', words: new Map(), seen: new Set(), origin: t?.origin };
      tabs.set(tabId, t);
    } else if (page !== undefined && t.url === '') t.url = page;
    const { words, seen } = t;
    let changed = false;
    texts.forEach((text, i) => {
      const counted = seen.has(text);
      seen.add(text);
      for (const token of tokens[i] ?? []) {
        if (!token.zh) continue;
        const w = words.get(token.text);
        // Counted before (a quick answer has no pinyin): the full answer of it fills the reading in.
        if (counted) {
          if (w && !w.pinyin && token.pinyin) {
            w.pinyin = token.pinyin;
            changed = true;
          }
          continue;
        }
        changed = true;
        if (w) {
          w.count++;
          if (!w.pinyin) w.pinyin = token.pinyin;
        } else {
          words.set(token.text, {
            count: 1,
            pinyin: token.pinyin,
            sentence: sentenceAt(text, token.start, token.end, SENTENCE_CHARS),
            ...(token.glossaryId ? { glossaryId: token.glossaryId } : {}),
          });
        }
      }
    });
    if (changed) scheduleSave(tabId);
  }

  /** Forgets a closed (or navigated) tab's counts, and with `documentsToo` its documents' paragraphs. */
  async function forgetTab(tabId: number, documentsToo: boolean): Promise<void> {
    if (documentsToo)
      for (const [document, doc] of documents) if (doc.tabId === tabId) documents.delete(document);
    tabs.delete(tabId);
    const timer = pendingSave.get(tabId);
    if (timer !== undefined) timers.clear(timer);
    pendingSave.delete(tabId);
    await area?.remove(key(tabId));
  }

  return {
    /**
     * Records the annotated paragraphs (`texts` are what was sent, `tokens` the answer) of `sender`'s
     * document. The paragraphs are kept at once; the tab's counts are done when the promise settles. A frame
     * inside the page (not frame 0) adds its words to the page's; another address in the tab starts over.
     */
    record(
      sender: AnnotateSender,
      texts: readonly string[],
      tokens: readonly (readonly Token[])[],
    ): Promise<void> {
      keepParagraphs(bulkOwnerOf(sender), texts, tokens);
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve();
      return countWords(tabId, sender.frameId === 0 ? sender.url : undefined, texts, tokens);
    },
    /** The document's paragraphs, as words, in the order they were first annotated. */
    paragraphsOf(document: string): PageWord[][] {
      return [...(documents.get(document)?.paragraphs.values() ?? [])];
    },
    /** The words counted for the tab's page, and the page's address ('' before its top frame was read). */
    async get(tabId: number): Promise<{ url: string; words: ReadonlyMap<string, PageWordCount> }> {
      const t = await load(tabId);
      return { url: t?.url ?? '', words: t?.words ?? new Map() };
    },
    /**
     * The document's terms, as `learn` finds them in its paragraphs: learned again only when paragraphs were
     * added since the last time (the reader asks after every burst of tokens, many of them already recorded).
     */
    *termsOf(
      document: string,
      learn: (paragraphs: PageWord[][]) => Generator<void, PageTerm[]>,
    ): Generator<void, PageTerm[]> {
      const page = documents.get(document);
      if (!page) return [];
      const from = page.paragraphs.size;
      if (page.learned?.from === from) return page.learned.terms;
      const terms = yield* learn([...page.paragraphs.values()]);
      page.learned = { from, terms };
      return terms;
    },
    /**
     * The tab's top document reported (with its time origin): a new one means what was counted belongs to
     * the previous page. The same document reporting again changes nothing.
     */
    async startPage(tabId: number, origin: number): Promise<void> {
      const t = await load(tabId);
      if (t?.origin === origin) return;
      if (t && t.origin === undefined) {
        t.origin = origin;
        return;
      }
      await forgetTab(tabId, false);
      tabs.set(tabId, { url: '', words: new Map(), seen: new Set(), origin });
    },
    /** Forgets a closed tab: its documents' paragraphs and its counts. */
    forget: (tabId: number): Promise<void> => forgetTab(tabId, true),
    /** Documents whose paragraphs are kept (for tests and traces). */
    get documents(): number {
      return documents.size;
    },
  };
}

export type PageWords = ReturnType<typeof createPageWords>;
