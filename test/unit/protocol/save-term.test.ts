import { describe, expect, it } from 'vitest';
import type { WordInfo } from '@/core/types';
import { LIMITS, messageSchemas } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';

const info = {
  word: '两高',
  entries: [{ traditional: '兩高', simplified: '两高', pinyin: 'liang3 gao1', senses: ['a', 'b', 'c', 'd'] }],
  glossary: { id: '两高', english: 'two highs', category: 'abbreviation' },
} as unknown as WordInfo;

describe('saveTermPayload', () => {
  it('takes the glossary English and id first, and cuts every text to the protocol limits', () => {
    const data = saveTermPayload({
      term: '两高',
      pinyin: 'liǎng gāo',
      info,
      sentence: '两'.repeat(LIMITS.sentenceChars + 5),
      pageTitle: 't'.repeat(LIMITS.pageTitleChars + 5),
      url: `https://example.cn/${'x'.repeat(LIMITS.urlChars)}`,
    });
    expect(data).toMatchObject({ english: 'two highs', glossaryId: '两高', category: 'abbreviation' });
    expect(data.sentence).toHaveLength(LIMITS.sentenceChars);
    expect(data.pageTitle).toHaveLength(LIMITS.pageTitleChars);
    expect(data.url).toHaveLength(LIMITS.urlChars);
    // What it builds is what the background accepts.
    expect(messageSchemas.saveTerm(data, '')).toEqual(data);
  });

  it('falls back to the first three senses, then the composed gloss', () => {
    const plain = { ...info, glossary: undefined } as WordInfo;
    const base = { term: '两高', pinyin: '', sentence: '', pageTitle: '', url: '' };
    expect(saveTermPayload({ ...base, info: plain }).english).toBe('a; b; c');
    expect(
      saveTermPayload({ ...base, info: { ...plain, entries: [], composed: 'two + high' } }).english,
    ).toBe('two + high');
    expect(saveTermPayload({ ...base, info: null })).not.toHaveProperty('glossaryId');
  });
});
