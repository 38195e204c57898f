import { beforeEach, describe, expect, it } from 'vitest';
import {
  createInlinePinyin,
  type InlinePinyinOptions,
  SLICE_NODES,
} from '@/content/inline-pinyin/inline-pinyin';
import { INLINE_RUBY_ATTRIBUTE } from '@/content/inline-pinyin/ruby-element';
import { type Paragraph, paragraphsIn } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { fakeViewport, manualIdle, type Place } from '../page/fake-viewport';

/** A tiny segmenter over a fixed word list, with readings: enough to drive the DOM code. */
const WORDS: Record<string, { pinyin: string; tones: number[]; glossaryId?: string; hsk?: number }> = {
  碳达峰: { pinyin: 'tàn dá fēng', tones: [4, 2, 1], glossaryId: '碳达峰' },
  我们: { pinyin: 'wǒ men', tones: [3, 5], hsk: 1 },
  推进: { pinyin: 'tuī jìn', tones: [1, 4], hsk: 5 },
  工作: { pinyin: 'gōng zuò', tones: [1, 4], hsk: 1 },
  的: { pinyin: 'de', tones: [5], hsk: 1 },
  '2025年': { pinyin: 'nián', tones: [2] },
  '3月': { pinyin: 'yuè', tones: [4] },
  '26日': { pinyin: 'rì', tones: [4] },
  '30万吨': { pinyin: 'wàn dūn', tones: [4, 1] },
  年: { pinyin: 'nián', tones: [2], hsk: 1 },
  月: { pinyin: 'yuè', tones: [4], hsk: 1 },
  日: { pinyin: 'rì', tones: [4], hsk: 1 },
  万: { pinyin: 'wàn', tones: [4], hsk: 2 },
  吨: { pinyin: 'dūn', tones: [1], hsk: 5 },
};

function annotateText(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const word = Object.keys(WORDS).find((w) => text.startsWith(w, i));
    if (word) {
      const w = WORDS[word] as (typeof WORDS)[string];
      tokens.push({
        text: word,
        start: i,
        end: i + word.length,
        zh: true,
        pinyin: w.pinyin,
        tones: w.tones,
        ...(w.glossaryId ? { glossaryId: w.glossaryId } : {}),
      });
      i += word.length;
    } else {
      const zh = /\p{Script=Han}/u.test(text[i] ?? '');
      tokens.push({
        text: text[i] ?? '',
        start: i,
        end: i + 1,
        zh,
        pinyin: zh ? 'x' : '',
        tones: zh ? [5] : [],
      });
      i += 1;
    }
  }
  return tokens;
}

/** The page's paragraphs as the page reader would hand them over, with a way to announce re-read ones. */
function pageSource(maxChars = 4_000) {
  const listeners = new Set<(p: Paragraph) => void>();
  const asked: string[] = [];
  let hold: Promise<void> | null = null;
  return {
    asked,
    paragraphs: () => [...paragraphsIn(document.body, { maxChars })],
    onParagraph(listener: (p: Paragraph) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async tokensOf(p: Paragraph): Promise<Token[]> {
      asked.push(p.text);
      if (hold) await hold;
      return annotateText(p.text);
    },
    /** What the reader does after the DOM changed: reads the block again and announces its paragraphs. */
    reread(block: Element) {
      for (const p of paragraphsIn(block, { maxChars })) for (const l of listeners) l(p);
    },
    holdTokens(until: Promise<void>) {
      hold = until;
    },
  };
}

const hskLevels = async (words: string[]) => new Map(words.map((w) => [w, WORDS[w]?.hsk]));

/** Inline pinyin over the page with everything on screen, run until its idle work is done. */
async function everythingInView(options: InlinePinyinOptions, source = pageSource()) {
  const viewport = fakeViewport(() => 'view');
  const idle = manualIdle();
  const inline = createInlinePinyin({
    source,
    hskLevels,
    schedule: idle.schedule,
    observe: viewport.observe,
  });
  inline.apply(options);
  await idle.flush();
  return { inline, idle, viewport, source };
}

const PAGE = `<article><h1>我们推进<b>碳达</b>峰工作</h1><p class="x">English, then 我们的工作。<a href="#">推进</a></p>
<textarea>我们的工作</textarea><p>  spaces &amp; entities &lt;kept&gt;  </p></article>`;

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

const rubies = (within: ParentNode = document) => [...within.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}]`)];
const ALL: InlinePinyinOptions = { scope: 'all', minHsk: 1, style: 'marks' };

describe('inline pinyin', () => {
  it('puts a reading over every Chinese word, and restores the very same DOM when turned off', async () => {
    const before = document.body.innerHTML;
    const nodes = [...document.body.querySelectorAll('h1, p, b, a')].flatMap((e) => [...e.childNodes]);
    const { inline } = await everythingInView(ALL);
    expect(inline.active).toBe(true);
    const readings = rubies().map((r) => `${r.lastChild?.textContent}:${r.querySelector('rt')?.textContent}`);
    expect(readings).toContain('我们:wǒ men');
    expect(readings).toContain('推进:tuī jìn');
    // 碳达峰 spans <b>碳达</b>峰: each part carries its own syllables.
    expect(readings).toContain('碳达:tàn dá');
    expect(readings).toContain('峰:fēng');
    expect(document.querySelector('textarea')?.innerHTML).toBe('我们的工作');
    expect(document.querySelector('rt')?.getAttribute('style')).toMatch(/user-select: none/);

    inline.remove();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.body.querySelectorAll('h1, p, b, a')].flatMap((e) => [...e.childNodes]);
    expect(after).toHaveLength(nodes.length);
    for (const [i, n] of after.entries()) expect(n).toBe(nodes[i]);
    expect(inline.active).toBe(false);
  });

  it('shows readings in the chosen style', async () => {
    const { inline, idle } = await everythingInView({ ...ALL, style: 'numbers' });
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('wo3 men5');
    inline.apply({ ...ALL, style: 'zhuyin' });
    await idle.flush();
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('ㄨㄛˇ ˙ㄇㄣ');
  });

  it('in the selected scope, reads out only policy terms and harder words', async () => {
    await everythingInView({ scope: 'selected', minHsk: 4, style: 'marks' });
    const words = rubies().map((r) => r.lastChild?.textContent);
    expect(words).toContain('推进');
    expect(words).toContain('碳达');
    expect(words).not.toContain('我们');
    expect(words).not.toContain('工作');
  });

  it('in the selected scope, leaves dates and other number + unit words as easy as their unit', async () => {
    document.body.innerHTML = '<p>2025年3月26日推进30万吨</p>';
    await everythingInView({ scope: 'selected', minHsk: 5, style: 'marks' });
    const words = rubies().map((r) => r.lastChild?.textContent);
    // 年, 月 and 日 are HSK 1; 吨 is HSK 5, so 30万吨 is read out.
    expect(words).toEqual(['推进', '30万吨']);
  });

  it('applies again without stacking readings, and restores after several passes', async () => {
    const before = document.body.innerHTML;
    const { inline, idle } = await everythingInView(ALL);
    const first = rubies().length;
    inline.apply({ ...ALL, style: 'numbers' });
    await idle.flush();
    expect(rubies()).toHaveLength(first);
    inline.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('drops tokens that come back after it was turned off', async () => {
    const before = document.body.innerHTML;
    const source = pageSource();
    let release: () => void = () => undefined;
    source.holdTokens(new Promise<void>((r) => (release = r)));
    const idle = manualIdle();
    const inline = createInlinePinyin({
      source,
      schedule: idle.schedule,
      observe: fakeViewport(() => 'view').observe,
    });
    inline.apply(ALL);
    await idle.flush();
    expect(source.asked.length).toBeGreaterThan(0);
    inline.remove();
    release();
    await idle.flush();
    expect(document.body.innerHTML).toBe(before);
  });

  it('copies the Chinese text without the readings', async () => {
    await everythingInView(ALL);
    const h1 = document.querySelector('h1') as HTMLElement;
    getSelection()?.selectAllChildren(h1);
    const data = new DataTransfer();
    const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true });
    document.dispatchEvent(event);
    expect(data.getData('text/plain')).toBe('我们推进碳达峰工作');
    expect(event.defaultPrevented).toBe(true);
  });
});

/** Inline pinyin turned on with everything on screen, its tokens in and no idle slice run yet. */
async function startedInView() {
  const idle = manualIdle();
  const inline = createInlinePinyin({
    source: pageSource(),
    schedule: idle.schedule,
    observe: fakeViewport(() => 'view').observe,
  });
  inline.apply(ALL);
  await idle.settle();
  return { inline, idle };
}

/** A long page: `n` paragraphs of 30 words each (60 characters). */
function longPage(n: number): HTMLElement[] {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p id="p${i}">${'我们推进工作'.repeat(10)}<b>碳达峰</b>${'的工作'.repeat(5)}</p>`,
  ).join('');
  return [...document.querySelectorAll('p')];
}

/** Inline pinyin applied over a page laid out by `where`, run until its idle work is done. */
async function appliedOver(where: (el: Element) => Place) {
  const viewport = fakeViewport(where);
  const idle = manualIdle();
  const inline = createInlinePinyin({
    source: pageSource(),
    schedule: idle.schedule,
    observe: viewport.observe,
  });
  inline.apply(ALL);
  await idle.flush();
  return { viewport, idle, inline };
}

describe('inline pinyin near the viewport', () => {
  it('annotates only the blocks near the viewport, those on screen first, in slices of bounded size', async () => {
    const ps = longPage(40);
    // p10–p12 are on screen, p7–p9 and p13–p15 within a screen of it; the rest further away.
    const where = (el: Element) => {
      const i = ps.indexOf(el as HTMLElement);
      return i >= 10 && i <= 12 ? 'view' : i >= 7 && i <= 15 ? 'near' : 'far';
    };
    const viewport = fakeViewport(where);
    const idle = manualIdle();
    const source = pageSource();
    const inline = createInlinePinyin({ source, schedule: idle.schedule, observe: viewport.observe });
    inline.apply(ALL);
    await idle.settle();
    // Paragraphs on screen were asked for first.
    expect(source.asked.slice(0, 3)).toEqual([10, 11, 12].map((i) => ps[i]?.textContent));
    await idle.step();
    const first = rubies().length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(SLICE_NODES + 41);
    // The first slice's ruby is all on screen, from the first block on screen on.
    expect(rubies(ps[10] as HTMLElement).length).toBeGreaterThan(0);
    expect([10, 11, 12].reduce((n, i) => n + rubies(ps[i] as HTMLElement).length, 0)).toBe(first);
    await idle.flush();
    expect(idle.slices).toBeGreaterThan(1);
    for (const [i, p] of ps.entries()) {
      expect(rubies(p).length > 0, `p${i}`).toBe(i >= 7 && i <= 15);
    }
    expect(inline.rubies).toBe(rubies().length);
  });

  it('follows the reader down the page and gives the page its own nodes back far behind', async () => {
    const ps = longPage(40);
    const own = ps.map((p) => [...p.childNodes]);
    const html = ps.map((p) => p.innerHTML);
    let top = 0;
    // One block per screen: within a screen is near, within three is kept, further is let go.
    const where = (el: Element) => {
      const d = Math.abs(ps.indexOf(el as HTMLElement) - top);
      return d === 0 ? 'view' : d <= 1 ? 'near' : d <= 3 ? 'far' : 'gone';
    };
    const { viewport, idle, inline } = await appliedOver(where);
    expect(ps.map((p) => rubies(p).length > 0).indexOf(false)).toBe(2);
    for (top = 1; top <= 30; top++) {
      viewport.update();
      await idle.flush();
    }
    const annotated = ps.flatMap((p, i) => (rubies(p).length > 0 ? [i] : []));
    // Blocks 0–26 were let go as the reader moved on; 27–29 are kept, 30 is on screen, 31 is near.
    expect(annotated).toEqual([27, 28, 29, 30, 31]);
    for (let i = 0; i <= 26; i++) {
      expect(ps[i]?.innerHTML).toBe(html[i]);
      expect([...(ps[i] as HTMLElement).childNodes]).toEqual(own[i]);
      for (const [j, n] of [...(ps[i] as HTMLElement).childNodes].entries()) expect(n).toBe(own[i]?.[j]);
    }
    // Back up: the blocks come back under ruby.
    top = 0;
    viewport.update();
    await idle.flush();
    expect(rubies(ps[0] as HTMLElement).length).toBeGreaterThan(0);
    inline.remove();
    expect(ps.map((p) => p.innerHTML)).toEqual(html);
  });

  it('lets ruby far behind go before it adds more, so a scroll does not pile it up', async () => {
    const ps = longPage(40);
    const html = ps.map((p) => p.innerHTML);
    let top = 0;
    // Three blocks on screen (41 readings each, more than one slice adds); further than three is let go.
    const where = (el: Element) => {
      const d = ps.indexOf(el as HTMLElement) - top;
      return d >= 0 && d <= 2 ? 'view' : Math.abs(d) <= 4 ? 'far' : 'gone';
    };
    const { viewport, idle, inline } = await appliedOver(where);
    expect([0, 1, 2].every((i) => rubies(ps[i] as HTMLElement).length > 0)).toBe(true);
    // A long scroll: 0–2 are far behind now, 20–22 on screen; their tokens are ready at the next slice.
    top = 20;
    viewport.update();
    await idle.settle();
    await idle.step();
    // The first slice puts page nodes back (as many as a slice may touch) and adds nothing yet.
    expect(ps[0]?.innerHTML).toBe(html[0]);
    expect([20, 21, 22].map((i) => rubies(ps[i] as HTMLElement).length)).toEqual([0, 0, 0]);
    await idle.flush();
    for (const i of [0, 1, 2]) expect(ps[i]?.innerHTML, `p${i}`).toBe(html[i]);
    expect([20, 21, 22].every((i) => rubies(ps[i] as HTMLElement).length > 0)).toBe(true);
    inline.remove();
  });

  it('turns off at once, mid-way, with nothing left to run after', async () => {
    const ps = longPage(20);
    const before = document.body.innerHTML;
    const { inline, idle } = await startedInView();
    await idle.step();
    expect(rubies().length).toBeGreaterThan(0);
    inline.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(idle.pending).toBe(0);
    await idle.flush();
    expect(rubies()).toHaveLength(0);
    expect(ps[0]?.firstChild?.nodeType).toBe(3);
  });

  it('stops a slice when its idle time runs out', async () => {
    longPage(10);
    const { idle } = await startedInView();
    // Time for one paragraph per slice.
    await idle.step(1);
    expect(rubies()).toHaveLength(41);
    await idle.flush(1);
    expect(rubies()).toHaveLength(410);
  });

  it('annotates a text node longer than one paragraph in parts, and puts that one node back', async () => {
    document.body.innerHTML = `<p>${'我们推进工作。'.repeat(40)}</p>`;
    const p = document.querySelector('p') as HTMLElement;
    const node = p.firstChild as Text;
    const source = pageSource(100);
    expect(source.paragraphs().length).toBeGreaterThan(2);
    const { inline } = await everythingInView(ALL, source);
    expect(rubies()).toHaveLength(40 * 3);
    expect(p.textContent?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]/g, '')).toBe('我们推进工作。'.repeat(40));
    inline.remove();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(node);
  });

  it('leaves text it has annotated alone when the reader reads it again, and annotates what the page added', async () => {
    const { source, idle } = await everythingInView(ALL);
    const h1 = document.querySelector('h1') as HTMLElement;
    const count = rubies(h1).length;
    source.reread(h1);
    await idle.flush();
    expect(rubies(h1)).toHaveLength(count);
    h1.append(document.createTextNode('我们'));
    source.reread(h1);
    await idle.flush();
    expect(rubies(h1)).toHaveLength(count + 1);
    expect(h1.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}] [${INLINE_RUBY_ATTRIBUTE}]`)).toHaveLength(0);
  });
});
