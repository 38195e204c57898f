/**
 * Terms learned from the page, on the content side (content/page/page-terms.ts with the paragraph store):
 * asked for after paragraphs' tokens arrive, joined into units, marked with their own mark, marked saved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followPageTerms } from '@/content/page/page-terms';
import { createParagraphStore } from '@/content/page/paragraph-store';
import { paragraphsIn } from '@/content/page/paragraphs';
import type { PageTerm } from '@/core/glossary/learn/page-terms';
import { cutTokens as cut } from '../../cut-tokens';
import { recordingHighlighter } from './fake-reader-env';

const TERM: PageTerm = { term: '碳效码', parts: ['碳效', '码'], count: 3 };

function readPage(lines: string[]) {
  document.body.innerHTML = lines.map((line) => `<p>${line.replaceAll('|', '')}</p>`).join('');
  const { highlighter, text } = recordingHighlighter();
  const store = createParagraphStore(highlighter, document);
  const read = [...paragraphsIn(document.body)].map((p) => store.add(p));
  return { store, text, read };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('page terms on the page', () => {
  it('asks once after a burst of tokens, then joins, marks and marks saved the new terms', async () => {
    vi.useFakeTimers();
    const lines = ['推出|碳效|码|。', '获得|碳效|码|的|企业|。'];
    const { store, text, read } = readPage(lines);
    const ask = vi.fn(async () => [TERM]);
    const getSaved = vi.fn(async (words: string[]) => words.filter((w) => w === '碳效码'));
    const stop = followPageTerms({ win: window, store, ask, getSaved, delayMs: 100 });
    read.forEach((p, i) => {
      if (p) store.setTokens(p, cut(lines[i] as string));
    });
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(text('page')).toEqual(['碳效码', '碳效码']);
    expect(text('saved')).toEqual(['碳效码', '碳效码']);
    const unit = read[1]?.tokens?.find((t) => t.pageTerm);
    expect(unit?.parts?.map((p) => p.text)).toEqual(['碳效', '码']);
    expect(getSaved).toHaveBeenCalledWith(['碳效码']);
    stop();
  });

  it('joins a known term in paragraphs read later, and asks again only when more is read', async () => {
    vi.useFakeTimers();
    const lines = ['推出|碳效|码|。', '目前|碳效|码|已|覆盖|。'];
    const { store, text, read } = readPage(lines);
    const ask = vi.fn(async () => [TERM]);
    followPageTerms({ win: window, store, ask, getSaved: async () => [], delayMs: 100 });
    store.setTokens(read[0] as never, cut(lines[0] as string));
    await vi.advanceTimersByTimeAsync(500);
    expect(ask).toHaveBeenCalledTimes(1);
    store.setTokens(read[1] as never, cut(lines[1] as string));
    expect(text('page')).toEqual(['碳效码', '碳效码']); // joined as the tokens arrive
    await vi.advanceTimersByTimeAsync(500);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('keeps reading when the background cannot answer, and stops asking when stopped', async () => {
    vi.useFakeTimers();
    const { store, text, read } = readPage(['推出|碳效|码|。']);
    const ask = vi.fn(async (): Promise<PageTerm[]> => {
      throw new Error('BulkCancelledError');
    });
    const stop = followPageTerms({ win: window, store, ask, getSaved: async () => [], delayMs: 100 });
    store.setTokens(read[0] as never, cut('推出|碳效|码|。'));
    await vi.advanceTimersByTimeAsync(100);
    expect(text('page')).toEqual([]);
    stop();
    store.setTokens(read[0] as never, cut('推出|碳效|码|。'));
    await vi.advanceTimersByTimeAsync(500);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('joins the terms in a paragraph read again from tokens kept from before the terms were known', () => {
    const line = '推出|碳效|码|。';
    const { store, text, read } = readPage([line]);
    const first = read[0] as NonNullable<(typeof read)[number]>;
    store.setTokens(first, cut(line));
    // Its nodes go (inline pinyin's ruby) before the terms are known, and come back after.
    store.drop(first);
    store.setPageTerms([TERM]);
    const again = store.add([...paragraphsIn(document.body)][0] as never);
    expect(again?.tokens?.find((t) => t.pageTerm)?.text).toBe('碳效码');
    expect(text('page')).toEqual(['碳效码']);
  });
});
