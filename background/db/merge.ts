/** How two records of the same term become one, used by saving again and by imports. Nothing is dropped. */
import { normalizeTags } from '../../core/export/tags';
import type { SavedContext, SavedTerm } from '../../core/export/types';

function contextId(c: SavedContext): string {
  return `${c.savedAt}\u0000${c.url}\u0000${c.pageTitle}\u0000${c.sentence}`;
}

/** Both lists, exact duplicates once, oldest first (stable for equal times). */
export function mergeContexts(a: readonly SavedContext[], b: readonly SavedContext[]): SavedContext[] {
  const seen = new Set<string>();
  const out: SavedContext[] = [];
  for (const c of [...a, ...b]) {
    const id = contextId(c);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(c);
  }
  return out.sort((x, y) => x.savedAt - y.savedAt);
}

/** Keeps both notes when they differ, so an import never overwrites what the reader wrote. */
export function mergeNotes(a: string, b: string): string {
  if (!b || a.includes(b)) return a;
  if (!a || b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

export function mergeTerms(existing: SavedTerm, incoming: SavedTerm): SavedTerm {
  return {
    term: existing.term,
    pinyin: existing.pinyin,
    english: existing.english || incoming.english,
    category: existing.category || incoming.category,
    glossaryId: existing.glossaryId || incoming.glossaryId,
    tags: normalizeTags([...existing.tags, ...incoming.tags]),
    note: mergeNotes(existing.note, incoming.note),
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    contexts: mergeContexts(existing.contexts, incoming.contexts),
  };
}

export function sameTerm(a: SavedTerm, b: SavedTerm): boolean {
  return (
    JSON.stringify([
      a.english,
      a.category,
      a.glossaryId,
      a.tags,
      a.note,
      a.createdAt,
      a.updatedAt,
      a.contexts,
    ]) ===
    JSON.stringify([
      b.english,
      b.category,
      b.glossaryId,
      b.tags,
      b.note,
      b.createdAt,
      b.updatedAt,
      b.contexts,
    ])
  );
}
