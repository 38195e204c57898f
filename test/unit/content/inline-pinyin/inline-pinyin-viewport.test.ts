import { beforeEach, describe, expect, it } from 'vitest';
import {
  createInlinePinyin,
  FAR_MARGIN,
  NEAR_MARGIN,
  SLICE_NODES,
} from '@/content/inline-pinyin/inline-pinyin';
import { INLINE_RUBY_ATTRIBUTE } from '@/content/inline-pinyin/ruby-element';
import { fakeViewport, manualIdle, type Place } from '../page/fake-viewport';
import { ALL, everythingInView, PAGE, pageSource, rubies, startedInView } from './fake-page-source';

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

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
    expect(first).toBeLessThanOrEqual(SLICE_NODES);
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
    // The first slice puts back the page's nodes of every block let go (each counts one node, not its
    // rubies), then adds ruby on screen with what is left of its count.
    for (const i of [0, 1, 2]) expect(ps[i]?.innerHTML, `p${i}`).toBe(html[i]);
    expect(rubies(ps[20] as HTMLElement).length).toBeGreaterThan(0);
    expect(rubies().length).toBeLessThan(SLICE_NODES);
    await idle.flush();
    for (const i of [0, 1, 2]) expect(ps[i]?.innerHTML, `p${i}`).toBe(html[i]);
    expect([20, 21, 22].every((i) => rubies(ps[i] as HTMLElement).length > 0)).toBe(true);
    inline.remove();
  });

  it('watches for the far margin only the blocks that hold ruby', async () => {
    const ps = longPage(40);
    let top = 0;
    const where = (el: Element) => {
      const d = Math.abs(ps.indexOf(el as HTMLElement) - top);
      return d === 0 ? 'view' : d <= 1 ? 'near' : d <= 3 ? 'far' : 'gone';
    };
    const { viewport, idle, inline } = await appliedOver(where);
    // Every block is watched for coming near; only the two holding ruby (0 in view, 1 near) for going far.
    expect(viewport.watched(NEAR_MARGIN)).toHaveLength(40);
    expect(viewport.watched(FAR_MARGIN)).toEqual([ps[0], ps[1]]);
    for (top = 1; top <= 10; top++) {
      viewport.update();
      await idle.flush();
    }
    // 7–9 kept behind, 10 in view, 11 near; those let go are no longer watched.
    const held = ps.filter((p) => rubies(p).length > 0);
    expect(held).toEqual([7, 8, 9, 10, 11].map((i) => ps[i]));
    expect(new Set(viewport.watched(FAR_MARGIN))).toEqual(new Set(held));
    inline.remove();
    expect(viewport.watched(FAR_MARGIN)).toHaveLength(0);
  });

  it('gives a paragraph longer than a slice its ruby over several slices, and reads none of it twice', async () => {
    document.body.innerHTML = `<p>${'我们推进工作，'.repeat(60)}</p>`;
    const p = document.querySelector('p') as HTMLElement;
    const node = p.firstChild as Text;
    const source = pageSource();
    const { inline, idle } = await startedInView(source);
    await idle.step();
    expect(rubies()).toHaveLength(SLICE_NODES);
    // The page reader reads the block again after Tanci's change: the text still to come is not asked for.
    source.reread(p);
    await idle.step();
    expect(rubies()).toHaveLength(2 * SLICE_NODES);
    await idle.flush();
    expect(source.asked).toHaveLength(1);
    expect(rubies()).toHaveLength(180);
    expect(rubies().map((r) => r.lastChild?.textContent)).toEqual(
      Array.from({ length: 60 }, () => ['我们', '推进', '工作']).flat(),
    );
    expect(p.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}] [${INLINE_RUBY_ATTRIBUTE}]`)).toHaveLength(0);
    inline.remove();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(node);
  });

  it('drops the rest of a paragraph begun when the page changes its text meanwhile', async () => {
    document.body.innerHTML = `<p>${'我们推进工作，'.repeat(60)}</p>`;
    const p = document.querySelector('p') as HTMLElement;
    const before = p.innerHTML;
    const { inline, idle } = await startedInView();
    await idle.step();
    expect(rubies()).toHaveLength(SLICE_NODES);
    // The text still to come, changed by the page: no ruby goes on it (it is read again, as new text).
    const rest = [...p.childNodes].at(-1) as Text;
    rest.data = `${rest.data.slice(0, 7)}改了`;
    await idle.flush();
    expect(rubies()).toHaveLength(SLICE_NODES);
    inline.remove();
    expect(p.childNodes).toHaveLength(1);
    expect(p.innerHTML).toBe(before);
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
