import { describe, expect, it } from 'vitest';
import { createParagraphStore } from '@/content/page/paragraph-store';
import { paragraphsIn } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { recordingHighlighter } from './fake-reader-env';

function tok(text: string, start: number, glossaryId?: string): Token {
  return {
    text,
    start,
    end: start + text.length,
    zh: true,
    pinyin: '',
    tones: [],
    ...(glossaryId ? { glossaryId } : {}),
  };
}

function setup() {
  document.body.innerHTML = '<p>遏制两高项目</p>';
  const { highlighter, text } = recordingHighlighter();
  const store = createParagraphStore(highlighter, document);
  const [p] = [...paragraphsIn(document.body)];
  const read = store.add(p as never);
  if (!read) throw new Error('not read');
  store.setTokens(read, [tok('遏制', 0), tok('两高', 2, '两高'), tok('项目', 4)]);
  return { store, text, read };
}

describe('known words on the page', () => {
  it('a word marked known loses its policy mark', () => {
    const { store, text } = setup();
    expect(text('policy')).toEqual(['两高']);
    store.addKnown(['两高']);
    expect(text('policy')).toEqual([]);
    expect(store.isKnown('两高')).toBe(true);
  });

  it('unmarks a known word while the paragraph waits for its tokens with pinyin', () => {
    // After a quick answer the reader lets the tokens go until the full answer comes; which words are known
    // can be answered in between (the first page load after a reload), and the mark must still go.
    const { store, text, read } = setup();
    read.tokens = null;
    store.addKnown(['两高'], ['遏制', '两高', '项目']);
    expect(text('policy')).toEqual([]);
    store.setTokens(read, [tok('遏制', 0), tok('两高', 2, '两高'), tok('项目', 4)]);
    expect(text('policy')).toEqual([]);
  });

  it('marks the words not known yet when asked to, only once the background answered for them', () => {
    const { store, text } = setup();
    store.setMarkUnknown(true);
    expect(text('unknown')).toEqual([]);
    store.addKnown(['遏制'], ['遏制', '两高', '项目']);
    expect(text('unknown')).toEqual(['两高', '项目']);
    store.addKnown(['项目']);
    expect(text('unknown')).toEqual(['两高']);
    store.setMarkUnknown(false);
    expect(text('unknown')).toEqual([]);
    expect(text('policy')).toEqual(['两高']);
  });
});
