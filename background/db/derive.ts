import { type SavedContext, type SavedTerm, savedTermOf } from '../../core/export/types';
import { tonelessCompact } from '../../core/pinyin/pinyin-search';
import type { StoredTerm } from './types';

export function hostOf(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function sitesOf(contexts: readonly SavedContext[]): string[] {
  const sites = new Set<string>();
  for (const c of contexts) {
    const host = hostOf(c.url);
    if (host) sites.add(host);
  }
  return [...sites];
}

/** The stored record for a term: its own fields plus the index fields derived from them. */
export function toStored(t: SavedTerm): StoredTerm {
  return { ...toSaved(t), sites: sitesOf(t.contexts), pinyinKey: tonelessCompact(t.pinyin) };
}

/** The term without the derived fields (what the exporters and the undo buffer hold). */
export const toSaved = (t: StoredTerm | SavedTerm): SavedTerm => savedTermOf(t);
