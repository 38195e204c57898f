/**
 * The This page tab as signals and actions: the page's words from the background (its segmentation of
 * the tab, not a second reading), per-row Save and Known, and Save all as one action Undo takes back.
 */
import { signal } from '@preact/signals';
import type { TermId } from '@/background/db/types';
import type { SaveInput, SaveOutcome } from '@/background/db/vocab-repo';
import type { PageVocabulary, PageWord } from '@/protocol/page-vocabulary';
import { t as msg } from '@/ui/i18n';

export interface PageVocabularyStateDeps {
  fetch: () => Promise<PageVocabulary>;
  setKnown: (words: string[], known: boolean) => Promise<unknown>;
  save: (input: SaveInput) => Promise<SaveOutcome>;
  remove: (ids: TermId[]) => Promise<unknown>;
  /** Saved terms changed (the Saved tab reloads). */
  onSaved?: () => void;
}

function saveInput(w: PageWord, url: string): SaveInput {
  return {
    term: w.word,
    pinyin: w.pinyin,
    english: w.english,
    sentence: w.sentence,
    pageTitle: url,
    url,
    ...(w.glossaryId ? { glossaryId: w.glossaryId } : {}),
    ...(w.category ? { category: w.category } : {}),
  };
}

export function createPageVocabularyState(deps: PageVocabularyStateDeps) {
  const data = signal<PageVocabulary | null>(null);
  const status = signal<{ kind: 'info' | 'error'; text: string } | null>(null);
  /** The terms the last Save all created: what Undo deletes. */
  const undoable = signal<TermId[] | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      status.value = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
  }
  const reload = async () => {
    data.value = await deps.fetch();
  };

  return {
    data,
    status,
    undoable,
    load: () => run(reload),
    save: (w: PageWord) =>
      run(async () => {
        await deps.save(saveInput(w, data.value?.url ?? ''));
        undoable.value = null;
        deps.onSaved?.();
        await reload();
      }),
    known: (w: PageWord) =>
      run(async () => {
        await deps.setKnown([w.word], true);
        status.value = { kind: 'info', text: msg('pageVocabMarkedKnown', w.word) };
        await reload();
      }),
    saveAll: () =>
      run(async () => {
        const page = data.value;
        if (!page) return;
        const created: TermId[] = [];
        try {
          for (const w of page.words.filter((x) => !x.saved)) {
            const out = await deps.save(saveInput(w, page.url));
            if (out.created) created.push([out.term, out.pinyin]);
          }
        } finally {
          // Whatever was saved before a failure is still one action to undo.
          undoable.value = created.length ? created : null;
          deps.onSaved?.();
        }
        status.value = { kind: 'info', text: msg('pageVocabSavedAll', created.length) };
        await reload();
      }),
    undo: () =>
      run(async () => {
        const ids = undoable.value;
        if (!ids) return;
        await deps.remove(ids);
        undoable.value = null;
        deps.onSaved?.();
        status.value = { kind: 'info', text: msg('pageVocabUndone', ids.length) };
        await reload();
      }),
  };
}

export type PageVocabularyState = ReturnType<typeof createPageVocabularyState>;
