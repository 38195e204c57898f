import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageReader } from '@/content/page/page-scanner';
import { AllVisibleObserver, eagerIdle, fakeAnnotate, recordingHighlighter, settle } from './fake-reader-env';

function page(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

let reader: ReturnType<typeof createPageReader> | undefined;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', AllVisibleObserver);
});
afterEach(() => {
  reader?.stop();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function start(glossary: string[], saved: string[] = []) {
  const fake = fakeAnnotate(glossary);
  const marks = recordingHighlighter();
  const getSaved = vi.fn(async (words: string[]) => words.filter((w) => saved.includes(w)));
  reader = createPageReader({
    win: window,
    annotate: fake.annotate,
    getSaved,
    highlighter: marks.highlighter,
    schedule: eagerIdle,
  });
  reader.start();
  return { ...fake, ...marks, getSaved };
}

describe('createPageReader', () => {
  it('marks glossary terms and saved words, in one annotate call per paragraph group', async () => {
    page('<p>坚决遏制<b>两高</b>项目。</p><p>推进碳达峰工作。</p><textarea>两高</textarea>');
    const before = document.body.innerHTML;
    const env = start(['两高', '碳达峰'], ['项目']);
    await until(() => env.text('saved').length > 0);
    expect(env.calls).toEqual([['坚决遏制两高项目。', '推进碳达峰工作。']]);
    expect(env.text('policy')).toEqual(['两高', '碳达峰']);
    expect(env.text('saved')).toEqual(['项目']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks from a quick answer without pinyin, then takes the full tokens for the same paragraphs', async () => {
    page('<p>坚决遏制<b>两高</b>项目。</p>');
    const fake = fakeAnnotate(['两高']);
    const marks = recordingHighlighter();
    const quick: string[][] = [];
    reader = createPageReader({
      win: window,
      annotate: fake.annotate,
      annotateQuick: async (texts) => {
        quick.push(texts);
        const full = await fake.annotate(texts);
        return {
          paragraphs: full.map((ts) => ts.map((t) => ({ ...t, pinyin: '', tones: [] }))),
          pinyin: false,
        };
      },
      getSaved: async () => [],
      highlighter: marks.highlighter,
      schedule: eagerIdle,
    });
    reader.start();
    await until(() => marks.text('policy').length > 0);
    expect(quick).toEqual([['坚决遏制两高项目。']]);
    const paragraph = reader.store.paragraphs()[0];
    // Its tokens, asked for now, are the ones with pinyin.
    expect(paragraph && (await reader.tokensOf(paragraph)).some((t) => t.pinyin !== '')).toBe(true);
    expect(paragraph?.tokens?.every((t) => !t.zh || t.pinyin !== '')).toBe(true);
    // Asked once more, in full; the marks were not made twice.
    expect(fake.calls).toEqual([['坚决遏制两高项目。'], ['坚决遏制两高项目。']]);
    expect(marks.text('policy')).toEqual(['两高']);
  });

  it('reads only paragraphs that come near the viewport', async () => {
    page('<p>两高</p><section data-offscreen><p>碳达峰</p></section>');
    const env = start(['两高', '碳达峰']);
    await until(() => env.text('policy').length > 0);
    expect(env.calls.flat()).toEqual(['两高']);
  });

  it('follows text that the page adds or changes after load', async () => {
    page('<main><p>两高</p></main>');
    const env = start(['两高', '双控']);
    await until(() => env.text('policy').length === 1);
    const p = document.createElement('p');
    p.textContent = '能耗双控';
    document.querySelector('main')?.append(p);
    await until(() => env.text('policy').length === 2);
    expect(env.text('policy')).toEqual(['两高', '双控']);
    (p.firstChild as Text).data = '英文';
    await until(() => env.text('policy').length === 1);
  });

  it('finds the paragraph and tokens under a text position, reading a block on demand', async () => {
    page('<p>坚决遏制两高项目</p>');
    start(['两高']);
    const text = document.querySelector('p')?.firstChild as Text;
    const hit = reader?.locate(text, 4);
    expect(hit?.offset).toBe(4);
    const tokens = await reader?.tokensOf(hit?.paragraph as NonNullable<typeof hit>['paragraph']);
    expect(tokens?.find((t) => t.start <= 4 && 4 < t.end)?.text).toBe('两高');
  });

  it('marks a word everywhere once it is saved, and removes every mark when stopped', async () => {
    page('<p>两高项目</p><p>新建两高</p>');
    const env = start(['两高']);
    await until(() => env.text('policy').length === 2);
    reader?.markSaved('两高');
    expect(env.text('saved')).toEqual(['两高', '两高']);
    reader?.stop();
    expect(env.text('policy')).toEqual([]);
    expect(env.text('saved')).toEqual([]);
  });

  it("hands out a paragraph's tokens without waiting for the saved-words look-up", async () => {
    page('<p>坚决遏制<b>两高</b>项目。</p>');
    const fake = fakeAnnotate(['两高']);
    const marks = recordingHighlighter();
    let answerSaved: (words: string[]) => void = () => undefined;
    const getSaved = vi.fn(() => new Promise<string[]>((resolve) => (answerSaved = resolve)));
    reader = createPageReader({
      win: window,
      annotate: fake.annotate,
      // The first group's quick answer: its full tokens, with pinyin, are asked for after it.
      annotateQuick: async (texts) => ({ paragraphs: await fake.annotate(texts), pinyin: false }),
      getSaved,
      highlighter: marks.highlighter,
      schedule: eagerIdle,
    });
    reader.start();
    await until(() => getSaved.mock.calls.length > 0);
    const paragraph = reader.store.paragraphs()[0];
    // The look-up has not answered (IndexedDB busy): the full tokens were asked for, and arrive, all the same.
    await until(() => fake.calls.length === 2);
    expect(paragraph && (await reader.tokensOf(paragraph)).map((t) => t.text)).toContain('两高');
    answerSaved(['项目']);
    await until(() => marks.text('saved').length > 0);
    expect(marks.text('saved')).toEqual(['项目']);
  });
});
