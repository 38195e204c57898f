/**
 * The words of each tab's page, counted from the segmentation the background already does for its reader
 * (`annotate` replies): the This page tab reads them without a second pass over the page. A paragraph
 * answered twice (a quick answer, then the one with pinyin) counts once. Counts go to session storage a
 * moment after the last change, so a service worker stopped while the reader reads keeps them.
 */
import { sentenceAt } from '@/content/page/sentence-at';
import type { Token } from '@/core/types';
import type { KeyValueArea } from './tab-state-store';

/** A word's count on the page, its reading in context and its glossary id. */
export interface PageWordCount {
  count: number;
  pinyin: string;
  glossaryId?: string;
  /** The sentence of its first occurrence (what Save keeps with it). */
  sentence: string;
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

const SAVE_DELAY_MS = 1_000;
/** A saved term's sentence from this list: enough for context, short enough to keep for every word. */
const SENTENCE_CHARS = 200;
const pageOf = (url: string) => url.split('#', 1)[0] ?? url;

export function createPageWords(
  area: KeyValueArea,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (id: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
) {
  const tabs = new Map<number, TabWords>();
  const pendingSave = new Map<number, unknown>();
  const key = (tabId: number) => `page-words:${tabId}`;

  async function load(tabId: number): Promise<TabWords | undefined> {
    const held = tabs.get(tabId);
    if (held) return held;
    const stored = (await area.get(key(tabId)))[key(tabId)] as StoredTabWords | undefined;
    if (!stored || tabs.has(tabId)) return tabs.get(tabId);
    const restored: TabWords = { ...stored, words: new Map(stored.words), seen: new Set<string>() };
    tabs.set(tabId, restored);
    return restored;
  }

  function scheduleSave(tabId: number): void {
    if (pendingSave.has(tabId)) return;
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

  async function forget(tabId: number): Promise<void> {
    tabs.delete(tabId);
    const timer = pendingSave.get(tabId);
    if (timer !== undefined) timers.clear(timer);
    pendingSave.delete(tabId);
    await area.remove(key(tabId));
  }

  return {
    /**
     * Counts the words of paragraphs the tab's reader had segmented. `url` is the top frame's (undefined for
     * a frame inside the page, whose words join the page's): another page in the tab starts over.
     */
    async add(
      tabId: number,
      url: string | undefined,
      paragraphs: readonly string[],
      tokens: readonly Token[][],
    ) {
      const page = url === undefined ? undefined : pageOf(url);
      let t = await load(tabId);
      if (!t || (page !== undefined && t.url !== '' && t.url !== page)) {
        // Another address in the same document (a single-page site) keeps the document's time origin.
        t = { url: page ?? '', words: new Map(), seen: new Set(), origin: t?.origin };
        tabs.set(tabId, t);
      } else if (page !== undefined && t.url === '') t.url = page;
      const words = t.words;
      const seen = t.seen;
      let changed = false;
      paragraphs.forEach((text, i) => {
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
    },
    /** The words counted for the tab's page, and the page's address ('' before its top frame was read). */
    async get(tabId: number): Promise<{ url: string; words: ReadonlyMap<string, PageWordCount> }> {
      const t = await load(tabId);
      return { url: t?.url ?? '', words: t?.words ?? new Map() };
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
      await forget(tabId);
      tabs.set(tabId, { url: '', words: new Map(), seen: new Set(), origin });
    },
    forget,
  };
}

export type PageWords = ReturnType<typeof createPageWords>;
