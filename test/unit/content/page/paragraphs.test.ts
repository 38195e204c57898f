import { afterEach, describe, expect, it } from 'vitest';
import { paragraphOffset, paragraphsIn } from '@/content/page/paragraphs';

afterEach(() => document.body.replaceChildren());

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  // Test fixture markup written here, never page text.
  div.append(document.createRange().createContextualFragment(markup));
  document.body.append(div);
  return div;
}

const texts = (root: Node, maxChars?: number) => [...paragraphsIn(root, { maxChars })].map((p) => p.text);

describe('paragraphsIn', () => {
  it('joins the inline runs of a block into one paragraph and keeps blocks apart', () => {
    const root = html(
      '<p>坚决遏制<b>“两高”</b>项目<a href="#">盲目</a>发展</p><p>碳达峰</p><p>English only</p>',
    );
    expect(texts(root)).toEqual(['坚决遏制“两高”项目盲目发展', '碳达峰']);
  });

  it('maps paragraph offsets back to text nodes', () => {
    const root = html('<p>遏制<b>两高</b>项目</p>');
    const [p] = [...paragraphsIn(root)];
    const bold = root.querySelector('b')?.firstChild as Text;
    expect(p?.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(paragraphOffset(p as NonNullable<typeof p>, bold, 1)).toBe(3);
  });

  it('never reads form fields, editors, scripts, styles or Tanci’s own UI', () => {
    const root = html(
      '<textarea>双控</textarea><input value="碳汇"><select><option>碳排放</option></select>' +
        '<div contenteditable="true">碳交易</div><script>"碳中和"</script><style>/*两高*/</style>' +
        '<div data-tanci-ui>两高</div><p>网格化</p>',
    );
    expect(texts(root)).toEqual(['网格化']);
  });

  it('reads open shadow roots and reports them', () => {
    const root = html('<div id="h"></div><p>碳中和</p>');
    const shadow = (root.querySelector('#h') as HTMLElement).attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = '先立后破';
    shadow.append(p);
    const seen: ShadowRoot[] = [];
    const found = [...paragraphsIn(root, { onShadowRoot: (r) => seen.push(r) })].map((x) => x.text);
    expect(found).toEqual(['先立后破', '碳中和']);
    expect(seen).toEqual([shadow]);
  });

  it('cuts very long blocks at sentence ends, never inside a surrogate pair, covering every character', () => {
    const sentence = '推进碳达峰碳中和工作。';
    const long = sentence.repeat(50) + '𠮷'.repeat(30);
    const root = html(`<p>${long}</p>`);
    const parts = texts(root, 100);
    expect(parts.join('')).toBe(long);
    expect(parts.every((t) => t.length <= 100)).toBe(true);
    expect(parts.slice(0, -2).every((t) => t.endsWith('。'))).toBe(true);
    expect(parts.some((t) => /^[\udc00-\udfff]/.test(t))).toBe(false);
  });
});
