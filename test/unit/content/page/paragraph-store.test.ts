import { describe, expect, it } from 'vitest';
import { createHighlighter } from '@/content/page/highlighter';
import { createParagraphStore } from '@/content/page/paragraph-store';
import { paragraphsIn } from '@/content/page/paragraphs';

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
});
