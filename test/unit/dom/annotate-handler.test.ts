import { describe, expect, it } from 'vitest';
import { annotateParagraphs } from '@/entrypoints/background/handlers/annotate';
import { once } from '@/utils/core-loader';

describe('annotate handler', () => {
  it('answers one token list per paragraph of the group, in order', async () => {
    const annotator = {
      annotate: (text: string) => [{ text, start: 0, end: text.length, zh: true, pinyin: '', tones: [] }],
    };
    const out = await annotateParagraphs(
      { getAnnotator: async () => annotator, getGlossaryIds: async () => new Map() },
      ['双控', '碳达峰'],
    );
    expect(out.map((tokens) => tokens.map((t) => t.text))).toEqual([['双控'], ['碳达峰']]);
  });

  it('marks tokens whose text is a glossary term, keeping ids the annotator set', async () => {
    const annotator = {
      annotate: (text: string) => [
        { text: text.slice(0, 2), start: 0, end: 2, zh: true, pinyin: '', tones: [], glossaryId: '两高' },
        { text: text.slice(2), start: 2, end: 4, zh: true, pinyin: '', tones: [] },
      ],
    };
    const [tokens] = await annotateParagraphs(
      { getAnnotator: async () => annotator, getGlossaryIds: async () => new Map([['项目', '项目']]) },
      ['两高项目'],
    );
    expect(tokens?.map((t) => t.glossaryId)).toEqual(['两高', '项目']);
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
