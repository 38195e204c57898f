/**
 * Issue 15: a long block (a 1 MiB text node, ~260 cuts) is read only where the reader is. The geometry is
 * injected: cut i starts CUT_PX * i pixels down the page, scrolled by `scroll`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cutsNearViewport, type ViewportGeometry } from '@/content/page/near-viewport';
import { createPageReader } from '@/content/page/page-scanner';
import type { Paragraph } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { AllVisibleObserver, eagerIdle, fakeAnnotate, recordingHighlighter, settle } from './fake-reader-env';

const VIEW_PX = 800;
const CUT_PX = 1_000;

function cutsOf(n: number): Paragraph[] {
  const node = document.createTextNode('x'.repeat(n));
  return Array.from({ length: n }, (_, i) => ({
    text: 'x',
    block: node,
    segments: [{ node, nodeStart: i, start: 0, end: 1 }],
  }));
}

function geometryAt(scroll: () => number, measured: number[] = []): ViewportGeometry {
  return {
    viewport: () => ({ top: 0, bottom: VIEW_PX }),
    topOf: (p) => {
      const i = p.segments[0]?.nodeStart ?? 0;
      measured.push(i);
      return i * CUT_PX - scroll();
    },
    bottomOf: (p) => ((p.segments[0]?.nodeStart ?? 0) + 1) * CUT_PX - 1 - scroll(),
  };
}

describe('cutsNearViewport', () => {
  it('picks the cuts within half a screen of the viewport, with a handful of measurements', () => {
    const cuts = cutsOf(260);
    const measured: number[] = [];
    // Viewport over 100,000–100,800 px: near is 99,600–101,200 px, cuts 99 (99,000–100,000) to 101.
    const near = cutsNearViewport(
      cuts,
      geometryAt(() => 100_000, measured),
    );
    expect(near.map((p) => p.segments[0]?.nodeStart)).toEqual([99, 100, 101]);
    expect(new Set(measured).size).toBeLessThanOrEqual(16);
  });

  it('follows the scroll: the top of the block, then its end', () => {
    const cuts = cutsOf(260);
    let scroll = 0;
    const geometry = geometryAt(() => scroll);
    expect(cutsNearViewport(cuts, geometry).map((p) => p.segments[0]?.nodeStart)).toEqual([0, 1]);
    scroll = 259_500;
    expect(cutsNearViewport(cuts, geometry).map((p) => p.segments[0]?.nodeStart)).toEqual([259]);
  });

  it('a wider margin keeps more (what is already asked for goes only when well out of reach)', () => {
    const cuts = cutsOf(260);
    const near = cutsNearViewport(
      cuts,
      geometryAt(() => 100_000),
      1.5,
    );
    expect(near.map((p) => p.segments[0]?.nodeStart)).toEqual([98, 99, 100, 101, 102]);
  });

  it('reads no cut far above the reader when the walk has not cut down to the viewport yet', () => {
    // The idle walk has cut 100 of the block's 260 cuts; the reader jumped to its end (259,500 px).
    const cuts = cutsOf(260).slice(0, 100);
    expect(
      cutsNearViewport(
        cuts,
        geometryAt(() => 259_500),
      ),
    ).toEqual([]);
    // The last cut known does reach the window: it is read.
    expect(
      cutsNearViewport(
        cuts,
        geometryAt(() => 99_000),
      ).map((p) => p.segments[0]?.nodeStart),
    ).toEqual([98, 99]);
  });

  it('reads every cut when they have no boxes to place them by', () => {
    const cuts = cutsOf(5);
    const near = cutsNearViewport(cuts, {
      viewport: () => ({ top: 0, bottom: 800 }),
      topOf: () => null,
      bottomOf: () => null,
    });
    expect(near).toHaveLength(5);
  });
});

describe('the reader on a long block', () => {
  let stops: (() => void)[] = [];
  beforeEach(() => vi.stubGlobal('IntersectionObserver', AllVisibleObserver));
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** A 400,000-character text node (100 cuts), laid out CUT_PX per cut. */
  function setup(annotate?: (p: string[], bulk?: number) => Promise<Token[][]>) {
    const p = document.createElement('p');
    p.textContent = '遏制两高项目盲目发展。'.repeat(40_000);
    document.body.append(p);
    const node = p.firstChild as Text;
    const cut = LIMITS.paragraphChars / 5;
    let scroll = 0;
    const fake = fakeAnnotate(['两高']);
    const cancelled: number[][] = [];
    const bulk: number[] = [];
    const r = createPageReader({
      win: window,
      annotate: async (paragraphs, id) => {
        if (id !== undefined) bulk.push(id);
        return (annotate ?? fake.annotate)(paragraphs, id);
      },
      cancel: (groups) => cancelled.push(groups),
      getSaved: async () => [],
      highlighter: recordingHighlighter().highlighter,
      schedule: eagerIdle,
      geometry: {
        viewport: () => ({ top: 0, bottom: VIEW_PX }),
        // Cuts are ~4,000 characters: where one starts in the node says which cut it is.
        topOf: (q) => Math.round((q.segments[0]?.nodeStart ?? 0) / cut) * CUT_PX - scroll,
        bottomOf: (q) => (Math.round((q.segments[0]?.nodeStart ?? 0) / cut) + 1) * CUT_PX - 1 - scroll,
      },
    });
    stops.push(() => r.stop());
    const scrollTo = async (px: number) => {
      scroll = px;
      window.dispatchEvent(new Event('scroll'));
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    return { r, node, fake, cancelled, bulk, scrollTo, cutIndex: (q: Paragraph) => q.segments[0]?.nodeStart };
  }

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 500 && !check(); i++) await settle();
    expect(check()).toBe(true);
  };

  it('sends only the cuts near the viewport, and the rest as the reader scrolls to them', async () => {
    const { r, fake, scrollTo } = setup();
    r.start();
    await until(() => r.store.size >= 100);
    for (let i = 0; i < 20; i++) await settle();
    const sentAtTop = fake.calls.flat().length;
    // Cuts 0 and 1 lie within half a screen of the top; the 98 others wait.
    expect(sentAtTop).toBe(2);
    await scrollTo(50_000);
    await until(() => fake.calls.flat().length > sentAtTop);
    const cutLength = (fake.calls[0]?.[0] ?? '').length;
    expect(fake.calls.flat().length).toBeLessThanOrEqual(sentAtTop + 3);
    expect(cutLength).toBeGreaterThan(1_000);
  });

  it('tells the background to drop bulk groups that scrolled far away, and reads them again on return', async () => {
    // The background never answers bulk groups: they stay in flight until cancelled.
    const answer = fakeAnnotate(['两高']).annotate;
    const { r, cancelled, bulk, scrollTo } = setup((p, id) =>
      id === undefined ? answer(p) : new Promise(() => undefined),
    );
    r.start();
    await until(() => r.store.size >= 100);
    await until(() => bulk.length >= 1);
    const first = [...bulk];
    await scrollTo(60_000);
    await until(() => cancelled.flat().length > 0);
    expect(cancelled.flat()).toEqual(expect.arrayContaining(first));
    // The cuts near the new position are asked for (the dropped groups freed their places).
    await until(() => bulk.length > first.length);
    await scrollTo(0);
    await until(() => bulk.length > first.length + 1);
  });

  it('the paragraph under the pointer goes ahead of a bulk group that holds it', async () => {
    const calls: { bulk?: number; n: number }[] = [];
    const answer = fakeAnnotate(['两高']).annotate;
    const { r, node } = setup((p, id) => {
      calls.push({ bulk: id, n: p.length });
      return id === undefined ? answer(p) : new Promise(() => undefined);
    });
    r.start();
    await until(() => calls.some((c) => c.bulk !== undefined));
    const hit = r.locate(node, 5_000); // cut 1, in the bulk group still in flight
    expect(hit).not.toBeNull();
    const tokens = await r.tokensOf(hit?.paragraph as NonNullable<typeof hit>['paragraph']);
    expect(tokens.length).toBeGreaterThan(0);
    expect(calls.at(-1)).toEqual({ bulk: undefined, n: 1 });
  });
});
