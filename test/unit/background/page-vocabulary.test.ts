import { describe, expect, it, vi } from 'vitest';
import { pageVocabulary } from '@/background/handlers/page-vocabulary';
import { createKnownWords } from '@/background/known-words';
import { pageVocabularyList } from '@/background/page-vocabulary-list';
import type { PageWordCount, PageWords } from '@/background/page-words';
import type { WordInfo } from '@/core/types';

const count = (n: number, extra: Partial<PageWordCount> = {}): PageWordCount => ({
  count: n,
  pinyin: '',
  sentence: '',
  ...extra,
});

describe('the This page list', () => {
  it('lists policy terms and words not known yet, most frequent first, with the known share', () => {
    const counts = new Map([
      ['的', count(40)],
      ['双控', count(5, { glossaryId: '双控' })],
      ['碳汇', count(5)],
      ['项目', count(9)],
      ['两高', count(3, { glossaryId: '两高' })],
    ]);
    const list = pageVocabularyList(counts, new Set(['的', '两高']));
    expect(list.rows.map((r) => [r.word, r.count, r.known])).toEqual([
      ['项目', 9, false],
      ['双控', 5, false],
      ['碳汇', 5, false],
      ['两高', 3, true],
    ]);
    expect(list).toMatchObject({ total: 62, known: 43, more: 0 });
    expect(pageVocabularyList(counts, new Set(), 2)).toMatchObject({ more: 3 });
  });

  it('counts HSK words as known when the setting says so, and marked words always', async () => {
    const known = createKnownWords({
      known: { among: async (w) => w.filter((x) => x === '碳汇') },
      hskOf: async (w) => w.map((x) => ({ 的: 1, 项目: 4, 双控: undefined })[x as '的']),
      knownHsk: async () => 3,
    });
    expect([...(await known.among(['的', '项目', '双控', '碳汇']))].sort()).toEqual(['的', '碳汇'].sort());
    const none = createKnownWords({
      known: { among: async () => [] },
      hskOf: vi.fn(async () => []),
      knownHsk: async () => 0,
    });
    expect([...(await none.among(['的']))]).toEqual([]);
  });

  it('answers with pinyin, English, saved and known from the counts already made', async () => {
    const counts = new Map([
      ['双控', count(2, { glossaryId: '双控', pinyin: 'shuāng kòng', sentence: '实行双控。' })],
      ['碳汇', count(1)],
    ]);
    const pageWords = { get: async () => ({ url: 'https://a.cn/', words: counts }) } as unknown as PageWords;
    const info = (word: string, english: string): WordInfo => ({
      word,
      entries: [{ simplified: word, traditional: word, pinyin: 'tàn huì', tones: [4, 4], senses: [english] }],
    });
    const reply = await pageVocabulary(
      {
        pageWords,
        known: { among: async () => new Set<string>() },
        lookupMany: async (words) => words.map((w) => info(w, w === '双控' ? 'dual control' : 'carbon sink')),
        savedAmong: async () => ['碳汇'],
      },
      7,
    );
    expect(reply).toEqual({
      url: 'https://a.cn/',
      total: 3,
      known: 0,
      more: 0,
      words: [
        {
          word: '双控',
          pinyin: 'shuāng kòng',
          english: 'dual control',
          count: 2,
          glossaryId: '双控',
          saved: false,
          known: false,
          sentence: '实行双控。',
        },
        {
          word: '碳汇',
          pinyin: 'tàn huì',
          english: 'carbon sink',
          count: 1,
          saved: true,
          known: false,
          sentence: '',
        },
      ],
    });
  });
});
