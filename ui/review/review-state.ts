/**
 * The saved-terms review as signals and actions, built from a repository (the popup and the full page
 * pass the real one; tests pass one over fake-indexeddb). The list loads in two steps: the newest page
 * first, so the first screen never waits for 10,000 records, then everything for search and filters.
 */
import { batch, computed, signal } from '@preact/signals';
import type { BackupWordsStore } from '@/background/db/backup-words';
import { toSaved } from '@/background/db/derive';
import type { StoredTerm, TermId } from '@/background/db/types';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { type ExportFile, type ExportFormat, exportTerms, type SavedTerm } from '@/core/export';
import type { Backup } from '@/core/export/json';
import { termbaseOfSaved } from '@/core/export/termbase';
import type { TermbaseFormat } from '@/core/export/termbase-formats';
import { parseQuery, type Query } from '@/core/pinyin/pinyin-search';
import type { GlossaryEntry } from '@/core/types';
import { t as msg } from '@/ui/i18n';
import type { CardClient } from './card-client';
import { errorText } from './error-text';
import {
  facet,
  filterItems,
  narrows,
  type ReviewItem,
  type SortOrder,
  sortItems,
  toItem,
} from './review-query';

/** Rows rendered at first: a popup shows about six, so fifteen fill it with room to scroll. */
export const PAGE_SIZE = 15;

export interface ReviewDeps {
  repo: VocabRepo;
  /** Known words and history, for the JSON backup (left out: the backup holds the terms alone). */
  words?: BackupWordsStore;
  /** Review states, which the JSON backup carries along with the terms (through the background). */
  cards?: Pick<CardClient, 'all' | 'importCards'>;
  now?: () => Date;
  download: (file: ExportFile) => void;
  /** Rows per page (the full-page table shows more). */
  pageSize?: number;
  /** Resolves once the browser has painted; the full load waits for it so the first screen shows first. */
  afterPaint?: () => Promise<void>;
  /** The policy glossary, for the definitions and expansions a termbase export adds to saved terms. */
  loadGlossary?: () => Promise<GlossaryEntry[]>;
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

export type ReviewState = ReturnType<typeof createReviewState>;

export function createReviewState({
  repo,
  words,
  cards,
  now = () => new Date(),
  download,
  pageSize = PAGE_SIZE,
  afterPaint = nextPaint,
  loadGlossary = async () => [],
}: ReviewDeps) {
  const items = signal<ReviewItem[]>([]);
  const phase = signal<'loading' | 'partial' | 'full'>('loading');
  const query = signal('');
  const sort = signal<SortOrder>('newest');
  const category = signal('');
  const tag = signal('');
  const site = signal('');
  const limit = signal(pageSize);
  const status = signal<StatusMessage | null>(null);
  const undoable = signal<{ terms: SavedTerm[]; label: string } | null>(null);

  // The last search, so a query that only grows (typing) filters the previous matches, not all terms.
  let last: { all: ReviewItem[]; filter: string; q: Query; result: ReviewItem[] } | null = null;
  const matching = computed(() => {
    const all = items.value;
    const f = { query: query.value, category: category.value, tag: tag.value, site: site.value };
    const filter = JSON.stringify([f.category, f.tag, f.site]);
    const q = parseQuery(f.query);
    const reuse = last && last.all === all && last.filter === filter && narrows(last.q, q);
    const result = filterItems(reuse && last ? last.result : all, f, q);
    last = { all, filter, q, result };
    return result;
  });
  const visible = computed(() => sortItems(matching.value, sort.value));
  const shown = computed(() => visible.value.slice(0, limit.value));
  const filtered = computed(() => Boolean(query.value.trim() || category.value || tag.value || site.value));
  const categories = computed(() => facet(items.value, (t) => [t.category]));
  const tags = computed(() => facet(items.value, (t) => t.tags));
  const sites = computed(() => facet(items.value, (t) => t.sites));

  function replace(term: StoredTerm): void {
    const next = toItem(term);
    items.value = items.value.map((it) => (it.id === next.id ? next : it));
  }

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (e) {
      status.value = { kind: 'error', text: errorText(e) };
      return undefined;
    }
  }

  async function load(): Promise<void> {
    await run(async () => {
      const first = await repo.recent(pageSize);
      if (phase.peek() === 'loading') {
        batch(() => {
          items.value = first.map(toItem);
          phase.value = 'partial';
        });
        await afterPaint();
      }
      const all = await repo.all();
      batch(() => {
        items.value = all.map(toItem);
        phase.value = 'full';
      });
    });
  }

  function resetPaging(): void {
    limit.value = pageSize;
  }

  /** The terms an export writes: those shown, or all of them in the order on screen. */
  function chosen(onlyShown: boolean): SavedTerm[] {
    return (onlyShown ? visible.value : sortItems(items.value, sort.value)).map((it) => toSaved(it.term));
  }

  function exported(count: number, file: ExportFile): void {
    download(file);
    const text =
      count === 1 ? msg('statusExportedOne', file.filename) : msg('statusExported', [count, file.filename]);
    status.value = { kind: 'info', text };
  }

  return {
    items,
    phase,
    query,
    sort,
    category,
    tag,
    site,
    limit,
    status,
    undoable,
    visible,
    shown,
    filtered,
    categories,
    tags,
    sites,
    load,
    setQuery(text: string) {
      batch(() => {
        query.value = text;
        resetPaging();
      });
    },
    setFilter(which: 'category' | 'tag' | 'site', value: string) {
      batch(() => {
        ({ category, tag, site })[which].value = value;
        resetPaging();
      });
    },
    setSort(order: SortOrder) {
      sort.value = order;
    },
    showMore() {
      limit.value += pageSize * 5;
    },
    dismissStatus() {
      status.value = null;
    },
    async remove(id: TermId) {
      await run(async () => {
        const removed = await repo.remove([id]);
        const gone = new Set(removed.map((t) => JSON.stringify([t.term, t.pinyin])));
        batch(() => {
          items.value = items.value.filter((it) => !gone.has(JSON.stringify([it.term.term, it.term.pinyin])));
          undoable.value = removed.length
            ? { terms: removed, label: removed.map((t) => t.term).join('、') }
            : null;
          status.value = removed.length
            ? { kind: 'info', text: msg('statusDeleted', undoable.value?.label ?? '') }
            : null;
        });
      });
    },
    async undo() {
      const pending = undoable.value;
      if (!pending) return;
      await run(async () => {
        await repo.restore(pending.terms);
        const all = await repo.all();
        batch(() => {
          items.value = all.map(toItem);
          undoable.value = null;
          status.value = { kind: 'info', text: msg('statusRestored', pending.label) };
        });
      });
    },
    async setNote(id: TermId, note: string) {
      const t = await run(() => repo.setNote(id, note));
      if (t) replace(t);
      return t !== undefined;
    },
    async setTags(id: TermId, next: readonly string[]) {
      const t = await run(() => repo.setTags(id, next));
      if (t) replace(t);
      return t !== undefined;
    },
    /** Exports the filtered list when `onlyShown`, everything otherwise, in the order on screen. */
    async exportAs(format: ExportFormat, onlyShown: boolean) {
      const terms = chosen(onlyShown);
      // A whole backup carries known words and history too; a filtered list is a list of terms (and their
      // review states).
      const extra = format === 'json' && !onlyShown && words ? await words.read() : undefined;
      const reviews = format === 'json' && cards ? await run(() => cards.all()) : [];
      if (reviews === undefined) return;
      exported(terms.length, exportTerms(terms, format, now(), { ...extra, reviews }));
    },
    /** A termbase for translators' tools; the exporter (and its XML builder) loads on first use. */
    async exportTermbase(format: TermbaseFormat, onlyShown: boolean) {
      const terms = chosen(onlyShown);
      try {
        const [{ exportTermbase }, glossary] = await Promise.all([
          import('@/core/export/termbase-export'),
          loadGlossary(),
        ]);
        exported(
          terms.length,
          exportTermbase(termbaseOfSaved(terms, glossary), format, now(), 'Saved terms'),
        );
      } catch (e) {
        status.value = { kind: 'error', text: errorText(e) };
      }
    },
    async importFile(name: string, text: string) {
      let backup: Backup;
      try {
        // The readers (TBX's XML parser among them) load when a file is chosen, not with every popup.
        const { parseImportFile } = await import('@/core/export/import');
        backup = parseImportFile(name, text);
      } catch (e) {
        status.value = {
          kind: 'error',
          text: msg('statusNotImported', [name, errorText(e)]),
        };
        return;
      }
      await run(async () => {
        const outcome = await repo.importTerms(backup.terms);
        await words?.merge(backup);
        if (backup.reviews.length && cards) await cards.importCards(backup.reviews);
        const all = await repo.all();
        batch(() => {
          items.value = all.map(toItem);
          phase.value = 'full';
          status.value = {
            kind: 'info',
            text: msg('statusImported', [name, outcome.added, outcome.merged, outcome.unchanged]),
          };
        });
      });
    },
  };
}
