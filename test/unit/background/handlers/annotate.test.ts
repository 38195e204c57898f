import { describe, expect, it, vi } from 'vitest';
import { annotateParagraphs } from '@/background/handlers/annotate';
import { once } from '@/core/once';

describe('annotate handler', () => {
  it('answers one token list per paragraph of the group, in order', async () => {
    const annotator = {
      annotate: (text: string) => [{ text, start: 0, end: text.length, zh: true, pinyin: '', tones: [] }],
    };
    const out = await annotateParagraphs(
      { getAnnotator: async () => annotator, getGlossaryIds: async () => new Map() },
      ['双控', '碳达峰'],
    );
    expect(out.paragraphs.map((tokens) => tokens.map((t) => t.text))).toEqual([['双控'], ['碳达峰']]);
    expect(out.pinyin).toBe(true);
  });

  it('marks tokens whose text is a glossary term, keeping ids the annotator set', async () => {
    const annotator = {
      annotate: (text: string) => [
        { text: text.slice(0, 2), start: 0, end: 2, zh: true, pinyin: '', tones: [], glossaryId: '两高' },
        { text: text.slice(2), start: 2, end: 4, zh: true, pinyin: '', tones: [] },
      ],
    };
    const {
      paragraphs: [tokens],
    } = await annotateParagraphs(
      { getAnnotator: async () => annotator, getGlossaryIds: async () => new Map([['项目', '项目']]) },
      ['两高项目'],
    );
    expect(tokens?.map((t) => t.glossaryId)).toEqual(['两高', '项目']);
  });

  it('answers a quick request from the segmentation alone while the pinyin reader loads, then loads it', async () => {
    const token = (text: string, pinyin: string) => [
      { text, start: 0, end: text.length, zh: true, pinyin, tones: [] },
    ];
    const full = { annotate: (text: string) => token(text, 'shuāng kòng') };
    const quick = { annotate: (text: string) => token(text, '') };
    let loaded = false;
    const getAnnotator = vi.fn(async () => {
      loaded = true;
      return full;
    });
    const deps = {
      getAnnotator,
      getSegmentationAnnotator: async () => quick,
      annotatorLoaded: () => loaded,
      getGlossaryIds: async () => new Map([['双控', 'shuangkong']]),
    };
    const first = await annotateParagraphs(deps, ['双控'], { quick: true });
    expect(first).toEqual({
      pinyin: false,
      paragraphs: [[{ ...token('双控', '')[0], glossaryId: 'shuangkong' }]],
    });
    // The full load starts once the quick answer has gone.
    expect(getAnnotator).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(loaded).toBe(true));
    const next = await annotateParagraphs(deps, ['双控'], { quick: true });
    expect(next.pinyin).toBe(true);
    expect(next.paragraphs[0]?.[0]?.pinyin).toBe('shuāng kòng');
    // A request that is not quick always waits for pinyin.
    loaded = false;
    expect((await annotateParagraphs(deps, ['双控'])).pinyin).toBe(true);
  });

  it('cuts a paragraph the same way with and without pinyin', async () => {
    const { createSegmenter } = await import('@/core/segment/segment');
    const { createAnnotator, createSegmentationAnnotator } = await import('@/core/annotator');
    const words = new Map([
      ['坚决', 30],
      ['遏制', 40],
      ['项目', 30],
      ['盲目', 40],
      ['发展', 20],
    ]);
    const glossaryTerms = new Map([['两高', 'lianggao']]);
    const segmenter = createSegmenter({ words, unknownCost: 120 });
    const text = '坚决遏制“两高”项目盲目发展。';
    const quick = createSegmentationAnnotator({ segmenter, glossaryTerms }).annotate(text);
    const full = createAnnotator({ segmenter, glossaryTerms }).annotate(text);
    expect(
      quick.map(({ text, start, end, zh, glossaryId }) => ({ text, start, end, zh, glossaryId })),
    ).toEqual(full.map(({ text, start, end, zh, glossaryId }) => ({ text, start, end, zh, glossaryId })));
    expect(quick.every((t) => t.pinyin === '' && t.tones.length === 0)).toBe(true);
    expect(full.find((t) => t.text === '两高')).toMatchObject({
      glossaryId: 'lianggao',
      pinyin: 'liǎng gāo',
    });
  });

  it('loads the core once, and tries again after a failed load', async () => {
    let calls = 0;
    const load = once(async () => {
      calls++;
      if (calls === 1) throw new Error('not yet');
      return 'core';
    });
    await expect(load()).rejects.toThrow('not yet');
    expect(await load()).toBe('core');
    expect(await load()).toBe('core');
    expect(calls).toBe(2);
  });
});
