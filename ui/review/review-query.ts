/**
 * Filtering and sorting the saved list in memory. Search keys are computed once per term when the list
 * loads, so a query over 10,000 terms is a single pass of string `includes`.
 */
import type { StoredTerm } from '@/background/db/types';
import { termKey } from '@/core/export/types';
import { matches, parseQuery, type Query, type SearchKeys, searchKeys } from '@/core/pinyin/pinyin-search';
import type { MessageKey } from '@/ui/i18n';

export interface ReviewItem {
  id: string;
  term: StoredTerm;
  keys: SearchKeys;
}

export type SortOrder = 'newest' | 'oldest' | 'pinyin' | 'count';

export const SORT_LABELS: Record<SortOrder, MessageKey> = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  pinyin: 'sortPinyin',
  count: 'sortCount',
};

export interface ReviewFilter {
  query: string;
  category: string;
  tag: string;
  site: string;
}

export function toItem(term: StoredTerm): ReviewItem {
  return {
    id: termKey(term),
    term,
    keys: searchKeys({
      term: term.term,
      pinyin: term.pinyin,
      text: [term.english, term.note, term.tags.join(' ')],
    }),
  };
}

export function filterItems(
  items: readonly ReviewItem[],
  f: ReviewFilter,
  q: Query = parseQuery(f.query),
): ReviewItem[] {
  return items.filter(
    (it) =>
      (!f.category || it.term.category === f.category) &&
      (!f.tag || it.term.tags.includes(f.tag)) &&
      (!f.site || it.term.sites.includes(f.site)) &&
      matches(it.keys, q),
  );
}

/**
 * True when every item matching `next` also matches `prev`, so typing one more letter can search the
 * previous results instead of the whole list. Each way a query can match (text, toned or toneless pinyin)
 * must only grow longer, and the tone mode must not change ("lu" → "lu:" or "ta" → "tà" start over).
 */
export function narrows(prev: Query, next: Query): boolean {
  return (
    prev.tones === next.tones &&
    next.text.startsWith(prev.text) &&
    next.toned.startsWith(prev.toned) &&
    next.toneless.startsWith(prev.toneless)
  );
}

/** Items arrive newest first; the other orders are stable sorts of that. */
export function sortItems(items: ReviewItem[], order: SortOrder): ReviewItem[] {
  switch (order) {
    case 'newest':
      return items;
    case 'oldest':
      return [...items].reverse();
    case 'pinyin':
      return [...items].sort((a, b) =>
        a.keys.toneless < b.keys.toneless ? -1 : a.keys.toneless > b.keys.toneless ? 1 : 0,
      );
    case 'count':
      return [...items].sort((a, b) => b.term.contexts.length - a.term.contexts.length);
  }
}

/** The distinct values of a field, most used first, for the filter menus. */
export function facet(items: readonly ReviewItem[], pick: (t: StoredTerm) => readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const it of items) for (const v of pick(it.term)) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}
