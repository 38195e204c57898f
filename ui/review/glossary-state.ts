/**
 * The policy glossary tab: every learned term, searchable by characters, pinyin (any tone style) and
 * English, each savable into the reader's list with its example sentence as the context.
 */

import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { GlossaryFileError, parseGlossary } from '@/core/glossary/glossary-file';
import { matches, parseQuery, type SearchKeys, searchKeys } from '@/core/pinyin/pinyin-search';
import type { GlossaryEntry } from '@/core/types';
import { t } from '@/ui/i18n';
import { errorText } from './error-text';

export const GLOSSARY_PAGE = 60;

export interface GlossaryDeps {
  repo: VocabRepo;
  loadGlossary: () => Promise<GlossaryEntry[]>;
  /** Called after a save, so the Saved tab can refresh. */
  onSaved?: () => void;
}

export type GlossaryState = ReturnType<typeof createGlossaryState>;

/** A URL inside the extension, for files generated at build time (WXT's typed paths do not list them). */
export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

/** Reads the glossary the build generates into public/data. */
export async function fetchGlossary(url: string, fetcher: typeof fetch = fetch): Promise<GlossaryEntry[]> {
  const res = await fetcher(url);
  if (!res.ok) throw new Error(t('glossaryMissing', res.status));
  try {
    return parseGlossary(await res.text());
  } catch (error) {
    throw error instanceof GlossaryFileError ? new Error(t('glossaryDamaged')) : error;
  }
}

export function createGlossaryState({ repo, loadGlossary, onSaved }: GlossaryDeps) {
  const entries = signal<{ entry: GlossaryEntry; keys: SearchKeys }[]>([]);
  const phase = signal<'loading' | 'ready' | 'error'>('loading');
  const error = signal('');
  const query = signal('');
  const limit = signal(GLOSSARY_PAGE);
  const saved = signal<ReadonlySet<string>>(new Set());

  const visible = computed(() => {
    const q = parseQuery(query.value);
    return entries.value.filter((e) => matches(e.keys, q)).map((e) => e.entry);
  });
  const shown = computed(() => visible.value.slice(0, limit.value));

  return {
    phase,
    error,
    query,
    visible,
    shown,
    saved,
    async load() {
      try {
        const list = await loadGlossary();
        entries.value = list.map((entry) => ({
          entry,
          keys: searchKeys({
            term: entry.term,
            pinyin: entry.pinyin,
            text: [entry.english, entry.expansion ?? '', entry.expansionEnglish ?? '', entry.category],
          }),
        }));
        saved.value = new Set(await repo.savedAmong(list.map((e) => e.term)));
        phase.value = 'ready';
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e);
        phase.value = 'error';
      }
    },
    setQuery(text: string) {
      query.value = text;
      limit.value = GLOSSARY_PAGE;
    },
    showMore() {
      limit.value += GLOSSARY_PAGE * 4;
    },
    async save(entry: GlossaryEntry) {
      const example = entry.examples[0];
      try {
        await repo.save({
          term: entry.term,
          pinyin: entry.pinyin,
          english: entry.english,
          sentence: example?.sentence ?? '',
          pageTitle: example ? example.source : 'Tanci policy glossary',
          url: '',
          glossaryId: entry.id,
          category: entry.category,
        });
        saved.value = new Set([...saved.value, entry.term]);
        error.value = '';
        onSaved?.();
      } catch (e) {
        error.value = errorText(e);
      }
    },
  };
}
