import { afterEach, describe, expect, it } from 'vitest';
import { containsChinese, watchForChinese, watchForShadowChinese } from '@/content/detect/chinese-detector';

afterEach(() => {
  document.body.replaceChildren();
});

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  // Test fixture markup written here, never page text.
  div.append(document.createRange().createContextualFragment(markup));
  document.body.append(div);
  return div;
}

describe('containsChinese', () => {
  it('finds Han text in ordinary elements', () => {
    expect(containsChinese(html('<p>Policy: <b>碳达峰</b></p>'))).toBe(true);
  });

  it('finds characters outside the BMP (CJK extension B)', () => {
    expect(containsChinese(html('<p>𠮷</p>'))).toBe(true);
  });

  it('ignores scripts, styles and form fields', () => {
    const root = html(
      '<script>var s = "碳中和"</script><style>/* 两高 */</style><textarea>双控</textarea><p>only English</p>',
    );
    expect(containsChinese(root)).toBe(false);
  });

  it('does not count Japanese kana or Korean hangul alone', () => {
    expect(containsChinese(html('<p>ひらがな カタカナ 한국어</p>'))).toBe(false);
  });

  it('gives up after the node budget on huge pages without Chinese', () => {
    const root = html(`${'<span>x</span>'.repeat(50)}<p>中文</p>`);
    expect(containsChinese(root, { maxNodes: 10 })).toBe(false);
    expect(containsChinese(root)).toBe(true);
  });
});

describe('watchForChinese', () => {
  it('calls back once when Chinese text is added, then stops watching', async () => {
    const root = html('<p>Loading</p>');
    let calls = 0;
    watchForChinese(root, () => calls++);
    const p = document.createElement('p');
    p.textContent = '推动能耗“双控”';
    root.append(p);
    await new Promise((r) => setTimeout(r, 0));
    root.append(p.cloneNode(true));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
  });

  it('ignores Chinese added inside a script', async () => {
    const root = html('<p>Loading</p>');
    let calls = 0;
    watchForChinese(root, () => calls++);
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.textContent = '碳中和';
    root.append(s);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(0);
  });
});

describe('watchForShadowChinese', () => {
  /** A web component whose text lives in its open shadow root only. */
  function component(text: string): { host: HTMLElement; inner: HTMLElement } {
    const host = document.createElement('news-article');
    const inner = document.createElement('p');
    inner.textContent = text;
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    return { host, inner };
  }
  const over = (target: Element) =>
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));

  it('finds Chinese inside a web component when the pointer enters it, once', () => {
    const { inner } = component('坚决遏制“两高”项目盲目发展');
    expect(containsChinese(document.body)).toBe(false);
    let found = 0;
    watchForShadowChinese(document, () => found++);
    over(inner);
    over(inner);
    expect(found).toBe(1);
  });

  it('ignores English shadow text and the light DOM (the other watchers cover it)', () => {
    const { inner } = component('Carbon peaking, in English');
    const light = html('<p>两高</p>').firstElementChild as Element;
    let found = 0;
    const stop = watchForShadowChinese(document, () => found++);
    over(inner);
    over(light);
    expect(found).toBe(0);
    stop();
    over(component('双控').inner);
    expect(found).toBe(0);
  });
});
