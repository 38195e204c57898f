/**
 * Everything the extension does with saved terms, over one Dexie database. Every write is one
 * transaction; a full disk surfaces as StorageFullError. Records come back newest first.
 */
import { normalizeTags } from '../../core/export/tags';
import type { SavedTerm } from '../../core/export/types';
import { toSaved, toStored } from './derive';
import { guardQuota, TermGoneError } from './errors';
import { mergeTerms, sameTerm } from './merge';
import type { VocabDb } from './schema';
import type { StoredTerm, TermId } from './types';

export interface SaveInput {
  term: string;
  pinyin: string;
  english: string;
  sentence: string;
  pageTitle: string;
  url: string;
  glossaryId?: string;
  category?: string;
}

export interface SaveOutcome {
  term: string;
  pinyin: string;
  created: boolean;
  contexts: number;
}

export interface ImportOutcome {
  added: number;
  merged: number;
  unchanged: number;
}

/** Canonical pinyin for the identity: NFC, single spaces, trimmed (the same reading is one record). */
export function normalizePinyin(pinyin: string): string {
  return pinyin.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Newest first; ties by term then reading so the order never depends on storage order. */
export function newestFirst(a: SavedTerm, b: SavedTerm): number {
  return b.createdAt - a.createdAt || cmp(a.term, b.term) || cmp(a.pinyin, b.pinyin);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface VocabRepo {
  save(input: SaveInput): Promise<SaveOutcome>;
  get(id: TermId): Promise<StoredTerm | undefined>;
  /** Every term, newest first. */
  all(): Promise<StoredTerm[]>;
  /** The newest `limit` terms (the popup's first screen, before everything is loaded). */
  recent(limit: number): Promise<StoredTerm[]>;
  count(): Promise<number>;
  /** Which of these words are saved, in any reading. */
  savedAmong(words: readonly string[]): Promise<string[]>;
  setNote(id: TermId, note: string): Promise<StoredTerm>;
  setTags(id: TermId, tags: readonly string[]): Promise<StoredTerm>;
  /** Deletes and hands back the deleted records, for undo. */
  remove(ids: readonly TermId[]): Promise<SavedTerm[]>;
  /** Puts deleted records back (merging with the term if it was saved again meanwhile). */
  restore(terms: readonly SavedTerm[]): Promise<void>;
  /** Merges terms into the store in one transaction: all of them or, on any error, none. */
  importTerms(terms: readonly SavedTerm[]): Promise<ImportOutcome>;
}

export function createVocabRepo(db: VocabDb, now: () => number = Date.now): VocabRepo {
  const table = db.terms;

  async function mustGet(id: TermId): Promise<StoredTerm> {
    const t = await table.get(id);
    if (!t) throw new TermGoneError(id[0]);
    return t;
  }

  async function mergeIn(terms: readonly SavedTerm[]): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { added: 0, merged: 0, unchanged: 0 };
    const incoming = new Map<string, SavedTerm>();
    for (const t of terms) {
      const key = JSON.stringify([t.term, t.pinyin]);
      const prev = incoming.get(key);
      incoming.set(key, prev ? mergeTerms(prev, t) : t);
    }
    const list = [...incoming.values()];
    const existing = await table.bulkGet(list.map((t): TermId => [t.term, t.pinyin]));
    const puts: StoredTerm[] = [];
    list.forEach((t, i) => {
      const old = existing[i];
      if (!old) {
        outcome.added++;
        puts.push(toStored(t));
        return;
      }
      const merged = mergeTerms(toSaved(old), t);
      if (sameTerm(merged, old)) {
        outcome.unchanged++;
      } else {
        outcome.merged++;
        puts.push(toStored(merged));
      }
    });
    if (puts.length) await table.bulkPut(puts);
    return outcome;
  }

  return {
    save(input) {
      return guardQuota({ what: 'term', term: input.term }, () =>
        db.transaction('rw', table, async () => {
          const at = now();
          const pinyin = normalizePinyin(input.pinyin);
          const context = {
            sentence: input.sentence,
            pageTitle: input.pageTitle,
            url: input.url,
            savedAt: at,
          };
          const old = await table.get([input.term, pinyin]);
          if (!old) {
            await table.add(
              toStored({
                term: input.term,
                pinyin,
                english: input.english,
                category: input.category ?? '',
                glossaryId: input.glossaryId ?? '',
                tags: [],
                note: '',
                createdAt: at,
                updatedAt: at,
                contexts: [context],
              }),
            );
            return { term: input.term, pinyin, created: true, contexts: 1 };
          }
          // The same sentence on the same page again is one context, not two.
          const seen = old.contexts.some((c) => c.sentence === context.sentence && c.url === context.url);
          const next: SavedTerm = {
            ...toSaved(old),
            english: old.english || input.english,
            category: old.category || (input.category ?? ''),
            glossaryId: old.glossaryId || (input.glossaryId ?? ''),
            updatedAt: at,
            contexts: seen ? old.contexts : [...old.contexts, context],
          };
          await table.put(toStored(next));
          return { term: input.term, pinyin, created: false, contexts: next.contexts.length };
        }),
      );
    },
    get: (id) => table.get(id),
    async all() {
      const rows = await table.orderBy('createdAt').reverse().toArray();
      // Equal times come back in key order from the index; make ties independent of it.
      return rows.sort(newestFirst);
    },
    recent: (limit) => table.orderBy('createdAt').reverse().limit(limit).toArray(),
    count: () => table.count(),
    async savedAmong(words) {
      if (words.length === 0) return [];
      const keys = await table
        .where('term')
        .anyOf([...words])
        .primaryKeys();
      return [...new Set(keys.map((k) => k[0]))];
    },
    setNote(id, note) {
      return guardQuota({ what: 'note' }, () =>
        db.transaction('rw', table, async () => {
          const t = await mustGet(id);
          const next = toStored({ ...toSaved(t), note, updatedAt: now() });
          await table.put(next);
          return next;
        }),
      );
    },
    setTags(id, tags) {
      return guardQuota({ what: 'tags' }, () =>
        db.transaction('rw', table, async () => {
          const t = await mustGet(id);
          const next = toStored({ ...toSaved(t), tags: normalizeTags(tags), updatedAt: now() });
          await table.put(next);
          return next;
        }),
      );
    },
    remove(ids) {
      return db.transaction('rw', table, async () => {
        const found = (await table.bulkGet([...ids])).filter((t): t is StoredTerm => t !== undefined);
        await table.bulkDelete([...ids]);
        return found.map(toSaved);
      });
    },
    async restore(terms) {
      await guardQuota({ what: 'restore' }, () => db.transaction('rw', table, () => mergeIn(terms)));
    },
    importTerms(terms) {
      const at = now();
      const clean = terms.map((t) => ({
        ...t,
        pinyin: normalizePinyin(t.pinyin),
        tags: normalizeTags(t.tags),
        createdAt: t.createdAt || at,
        updatedAt: t.updatedAt || t.createdAt || at,
      }));
      return guardQuota({ what: 'import' }, () => db.transaction('rw', table, () => mergeIn(clean)));
    },
  };
}
