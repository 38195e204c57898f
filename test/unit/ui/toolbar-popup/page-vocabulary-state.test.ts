import { describe, expect, it, vi } from 'vitest';
import type { TermId } from '@/background/db/types';
import type { SaveInput } from '@/background/db/vocab-repo';
import type { PageVocabulary, PageWord } from '@/protocol/page-vocabulary';
import { createPageVocabularyState } from '@/ui/toolbar-popup/page-vocabulary-state';

const row = (word: string, saved = false): PageWord => ({
  word,
  pinyin: `py ${word}`,
  english: `en ${word}`,
  count: 1,
  saved,
  known: false,
  sentence: `${word}。`,
});

/** A page of three words, one saved already, over a store that records saves and removals. */
function setup() {
  const saved = new Set<string>(['碳汇']);
  const page = (): PageVocabulary => ({
    url: 'https://a.cn/',
    total: 3,
    known: 0,
    more: 0,
    words: ['双控', '两高', '碳汇'].map((w) => row(w, saved.has(w))),
  });
  const save = vi.fn(async (input: SaveInput) => {
    const created = !saved.has(input.term);
    saved.add(input.term);
    return { term: input.term, pinyin: input.pinyin, created, contexts: 1 };
  });
  const remove = vi.fn(async (ids: TermId[]) => {
    for (const [term] of ids) saved.delete(term);
  });
  const setKnown = vi.fn(async () => undefined);
  const state = createPageVocabularyState({ fetch: async () => page(), save, remove, setKnown });
  return { state, saved, save, remove, setKnown };
}

describe('the This page tab', () => {
  it('saves every unsaved word as one action, and Undo removes exactly those', async () => {
    const { state, saved, save, remove } = setup();
    await state.load();
    await state.saveAll();
    expect(save.mock.calls.map(([input]) => input.term)).toEqual(['双控', '两高']);
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      url: 'https://a.cn/',
      sentence: '双控。',
      english: 'en 双控',
    });
    expect(state.data.value?.words.every((w) => w.saved)).toBe(true);
    await state.undo();
    expect(remove).toHaveBeenCalledWith([
      ['双控', 'py 双控'],
      ['两高', 'py 两高'],
    ]);
    expect([...saved]).toEqual(['碳汇']);
    expect(state.undoable.value).toBeNull();
  });

  it('marks one word known from its row', async () => {
    const { state, setKnown } = setup();
    await state.load();
    const first = state.data.value?.words[0];
    if (!first) throw new Error('no rows');
    await state.known(first);
    expect(setKnown).toHaveBeenCalledWith(['双控'], true);
  });
});
