import { describe, expect, it } from 'vitest';
import { createHighlighter } from '@/content/page/highlighter';
import { createParagraphStore } from '@/content/page/paragraph-store';
import { paragraphsIn } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { recordingHighlighter } from './fake-reader-env';

describe('paragraph store', () => {
  it('keeps every cut of a long text node, so a word is found wherever the pointer is', () => {
    const p = document.createElement('p');
    p.textContent = '遏制“两高”项目盲目发展。'.repeat(400); // 5,200 characters in one text node
    document.body.append(p);
    const node = p.firstChild as Text;
    const store = createParagraphStore(createHighlighter(window), document);
    const cuts = [...paragraphsIn(document.body, { maxChars: 1_000 })];
    expect(cuts.length).toBeGreaterThan(4);
    for (const cut of cuts) expect(store.add(cut)).not.toBeNull();
    for (const offset of [3, 2_600, node.length - 3]) {
      const found = store.locate(node, offset);
      expect(found, `offset ${offset}`).not.toBeNull();
      expect(found?.paragraph.text[found.offset]).toBe(node.data[offset]);
    }
  });

  it('still treats a changed stretch of a node as stale', () => {
    const p = document.createElement('p');
    p.textContent = '推进碳达峰碳中和。';
    document.body.append(p);
    const store = createParagraphStore(createHighlighter(window), document);
    const [first] = [...paragraphsIn(p)];
    expect(store.add(first as never)).not.toBeNull();
    (p.firstChild as Text).data = '坚决遏制两高项目。';
    const [second] = [...paragraphsIn(p)];
    expect(store.add(second as never)).not.toBeNull();
    expect(store.locate(p.firstChild as Text, 4)?.paragraph.text).toBe('坚决遏制两高项目。');
  });

  it('tells listeners of each new paragraph, and reuses the tokens of text read again in new nodes', () => {
    document.body.innerHTML = '<p>推进碳达峰</p>';
    const p = document.querySelector('p') as HTMLElement;
    const { highlighter, text } = recordingHighlighter();
    const store = createParagraphStore(highlighter, document);
    const added: string[] = [];
    const stop = store.onAdd((read) => added.push(read.text));
    const [first] = [...paragraphsIn(p)];
    const read = store.add(first as never);
    expect(added).toEqual(['推进碳达峰']);
    const tokens: Token[] = [
      { text: '推进', start: 0, end: 2, zh: true, pinyin: 'tuī jìn', tones: [1, 4] },
      {
        text: '碳达峰',
        start: 2,
        end: 5,
        zh: true,
        pinyin: 'tàn dá fēng',
        tones: [4, 2, 1],
        glossaryId: 'x',
      },
    ];
    store.setTokens(read as never, tokens);
    // The same text in new nodes (as inline pinyin's ruby holds it): read again without the background.
    p.replaceChildren('推进', Object.assign(document.createElement('b'), { textContent: '碳达峰' }));
    store.sweep();
    const [again] = [...paragraphsIn(p)];
    const reread = store.add(again as never);
    expect(reread?.tokens).toBe(tokens);
    expect(text('policy')).toEqual(['碳达峰']);
    stop();
    p.textContent = '别的文字';
    store.sweep();
    store.add([...paragraphsIn(p)][0] as never);
    expect(added).toEqual(['推进碳达峰', '推进碳达峰']);
    expect(store.paragraphs().at(-1)?.tokens).toBeNull();
  });

  it('tells listeners which words it learned are saved or known, once each', () => {
    const store = createParagraphStore(createHighlighter(window), document);
    const told: string[][] = [];
    const stop = store.onWordState((words) => told.push([...words]));
    store.addSaved(['碳达峰', '两高']);
    store.addSaved(['两高']);
    store.addKnown(['推进'], ['推进', '项目']);
    stop();
    store.addSaved(['项目']);
    expect(told).toEqual([['碳达峰', '两高'], ['推进']]);
  });
});
