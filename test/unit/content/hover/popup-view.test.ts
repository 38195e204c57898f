import { describe, expect, it } from 'vitest';
import type { HoverReader, HoverTarget } from '@/content/hover/hover-deps';
import { popupView } from '@/content/hover/popup-view';
import type { WordInfoCache } from '@/content/hover/word-info-cache';
import type { Token, WordInfo } from '@/core/types';

const word = (text: string, start: number, pinyin: string): Token => ({
  text,
  start,
  end: start + text.length,
  zh: true,
  pinyin,
  tones: [],
});
const info = (w: string, sense: string, lastPart?: string): WordInfo => ({
  word: w,
  entries: [{ simplified: w, traditional: w, pinyin: '', tones: [], senses: [sense] }],
  ...(lastPart ? { lastPart } : {}),
});

/** The popup of one unit of `parts`, with the cache answering from `infos`. */
function viewOf(parts: Token[], infos: WordInfo[]) {
  const text = parts.map((p) => p.text).join('');
  const token = { ...word(text, 0, parts.map((p) => p.pinyin).join(' ')), parts };
  const known = new Map(infos.map((i) => [i.word, i]));
  const cache = { info: (w: string) => known.get(w), nearby: () => [] } as unknown as WordInfoCache;
  const reader = { isSaved: () => false } as unknown as HoverReader;
  const t = { paragraph: { text, tokens: [token] }, index: 0, token } as unknown as HoverTarget;
  return popupView(t, cache, reader, undefined);
}

describe("a reading unit's parts in the popup", () => {
  it('show the last part in its sense as a compound\'s head (能 of 氢能: energy, not "can")', () => {
    const view = viewOf(
      [word('氢', 0, 'qīng'), word('能', 1, 'néng')],
      [info('氢', 'hydrogen'), info('能', 'can', 'energy')],
    );
    expect(view.parts?.map((p) => p.english)).toEqual(['hydrogen', 'energy']);
  });

  it('keep the first sense of a part that is not the last', () => {
    const view = viewOf(
      [word('能', 0, 'néng'), word('耗', 1, 'hào')],
      [info('能', 'can', 'energy'), info('耗', 'to consume')],
    );
    expect(view.parts?.map((p) => p.english)).toEqual(['can', 'to consume']);
  });
});
