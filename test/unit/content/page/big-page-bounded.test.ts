/**
 * Issue 9, "big pages do not hang": the reader's work is bounded and yields. A 1 MiB text node is read
 * as bounded slices (all of them kept, each locatable and marked), the walk over 100,000 text nodes runs
 * in many small idle slices, at most two annotate groups are in flight whatever the page size, and a
 * feed that appends and drops text forever keeps only what is on the page.
 * (The same pages in Chromium: test/e2e/big-pages.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdleScheduler } from '@/content/page/idle';
import { createPageReader } from '@/content/page/page-scanner';
import { paragraphsIn } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { AllVisibleObserver, eagerIdle, fakeAnnotate, recordingHighlighter, settle } from './fake-reader-env';

const MIB = 1_048_576;
const SENTENCES = [
  '遏制“两高”项目盲目发展。',
  '推动能耗双控转向碳排放双控。',
  'PM2.5 fell. 🌍',
  '先立后破𠀀有序推进。',
];

function bigText(length: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < length; i++) {
    const s = SENTENCES[i % SENTENCES.length] as string;
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, length);
}

async function until(check: () => boolean, turns = 2_000): Promise<void> {
  for (let i = 0; i < turns && !check(); i++) await settle();
  expect(check()).toBe(true);
}

let stops: (() => void)[] = [];
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', AllVisibleObserver);
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function reader(opts: { annotate?: (p: string[]) => Promise<Token[][]>; schedule?: IdleScheduler } = {}) {
  const fake = fakeAnnotate(['两高', '双控', '先立后破']);
  const marks = recordingHighlighter();
  const r = createPageReader({
    win: window,
    annotate: opts.annotate ?? fake.annotate,
    getSaved: async () => [],
    highlighter: marks.highlighter,
    schedule: opts.schedule ?? eagerIdle,
  });
  stops.push(() => r.stop());
  return { r, fake, marks };
}

describe('a 1 MiB text node', () => {
  const text = bigText(MIB);

  it('is cut into bounded slices that cover it exactly, never inside a surrogate pair', () => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    const maxChars = LIMITS.paragraphChars / 5;
    const slices = [...paragraphsIn(document.body, { maxChars })];
    expect(slices.length).toBeGreaterThanOrEqual(MIB / maxChars);
    let at = 0;
    for (const slice of slices) {
      expect(slice.text.length).toBeLessThanOrEqual(maxChars);
      expect(slice.segments).toHaveLength(1);
      expect(slice.segments[0]?.nodeStart).toBe(at);
      const last = slice.text.charCodeAt(slice.text.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      at += slice.text.length;
    }
    expect(at).toBe(MIB);
    expect(slices.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps every slice: all are sent in bounded groups, marked, and found under the pointer', async () => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    const node = p.firstChild as Text;
    const { r, fake, marks } = reader();
    r.start();
    const slices = Math.ceil(MIB / (LIMITS.paragraphChars / 5));
    await until(() => fake.calls.flat().length >= slices);
    for (const group of fake.calls) {
      expect(group.length).toBeLessThanOrEqual(LIMITS.paragraphs);
      for (const paragraph of group) expect(paragraph.length).toBeLessThanOrEqual(LIMITS.paragraphChars);
    }
    expect(fake.calls.flat().join('')).toBe(text);
    expect(r.store.size).toBeGreaterThanOrEqual(slices);
    // Terms are marked from the first characters to the last.
    // Every fourth sentence (about 60 characters) holds two terms.
    expect(marks.highlighter.size('policy')).toBeGreaterThan(MIB / 60);
    for (const offset of [0, 5, MIB / 2, MIB - 3]) {
      const hit = r.locate(node, offset);
      expect(hit, `offset ${offset}`).not.toBeNull();
      const tokens = await r.tokensOf(hit?.paragraph as NonNullable<typeof hit>['paragraph']);
      expect(tokens.some((t) => t.start <= (hit?.offset ?? -1) && (hit?.offset ?? -1) < t.end)).toBe(true);
    }
  }, 60_000);
});

describe('a pointer past what the walk has read', () => {
  it('finds its word at the end of a 1 MiB node while the walk is still at the top', () => {
    const p = document.createElement('p');
    p.textContent = bigText(MIB);
    document.body.append(p);
    // Every clock read costs 3 ms: the first slice reads a cut or two, and idle time never comes again.
    let now = 0;
    const clock = vi.spyOn(window.performance, 'now').mockImplementation(() => (now += 3));
    const { r } = reader({ schedule: () => () => undefined });
    r.start();
    const node = p.firstChild as Text;
    const found = r.locate(node, MIB - 10);
    clock.mockRestore();
    expect(found).not.toBeNull();
    const start = found?.paragraph.segments[0]?.nodeStart ?? -1;
    expect(start).toBeLessThanOrEqual(MIB - 10);
    expect(start + (found?.paragraph.text.length ?? 0)).toBeGreaterThan(MIB - 10);
    expect(found?.offset).toBe(MIB - 10 - start);
  });
});

describe('100,000 text nodes', () => {
  it('are walked in many small idle slices, each a bounded amount of work', async () => {
    const main = document.createElement('main');
    for (let i = 0; i < 20_000; i++) {
      const p = document.createElement('p');
      const b = document.createElement('b');
      b.textContent = '两高';
      const i2 = document.createElement('i');
      i2.textContent = '项目';
      p.append('遏制', b, '盲目', i2, '发展。');
      main.append(p);
    }
    document.body.append(main);
    // An idle scheduler whose slices each allow 100 steps of the walk.
    let slices = 0;
    let stepsInSlice = 0;
    let mostSteps = 0;
    const budget: IdleScheduler = (task) => {
      const id = setTimeout(() => {
        slices++;
        stepsInSlice = 0;
        task(() => {
          stepsInSlice++;
          mostSteps = Math.max(mostSteps, stepsInSlice);
          return stepsInSlice <= 100 ? 1 : 0;
        });
      }, 0);
      return () => clearTimeout(id);
    };
    const { r } = reader({ schedule: budget, annotate: () => new Promise(() => undefined) });
    // The first slice runs at start (8 ms of real time); the rest come from the scheduler.
    r.start();
    await until(() => r.store.size >= 20_000, 20_000);
    // 20,000 paragraphs at 100 per slice (the first slice, at start, is bounded by 8 ms instead).
    expect(slices).toBeGreaterThanOrEqual(100);
    expect(mostSteps).toBeLessThanOrEqual(101);
  }, 120_000);
});

describe('bounded work in flight', () => {
  it('sends at most two annotate groups at a time, whatever the page holds', async () => {
    for (let i = 0; i < 2_000; i++) {
      const p = document.createElement('p');
      p.textContent = `第${i}段：遏制两高项目盲目发展，${'推进碳达峰行动。'.repeat(50)}`;
      document.body.append(p);
    }
    const calls: string[][] = [];
    const { r } = reader({
      annotate: (paragraphs) => {
        calls.push(paragraphs);
        return new Promise(() => undefined);
      },
    });
    r.start();
    await until(() => r.store.size === 2_000);
    for (let i = 0; i < 20; i++) await settle();
    expect(calls).toHaveLength(2);
    expect(calls.flat().join('').length).toBeLessThanOrEqual(2 * 3_000 + 1_000);
  });

  it('a feed that appends and drops text forever keeps only what is on the page', async () => {
    const feed = document.createElement('main');
    document.body.append(feed);
    const { r, marks } = reader();
    r.start();
    for (let i = 0; i < 1_500; i++) {
      const p = document.createElement('p');
      p.textContent = `第${i}条：遏制两高项目，推动能耗双控。`;
      feed.prepend(p);
      if (feed.children.length > 50) feed.lastElementChild?.remove();
      if (i % 25 === 0) await settle();
    }
    const newest = feed.firstElementChild?.textContent ?? '';
    await until(() => r.store.paragraphs().some((q) => q.text === newest && q.tokens));
    for (let i = 0; i < 20; i++) await settle();
    // 1,500 paragraphs went through; the reader holds the 50 on the page, with their two marks each.
    expect(r.store.size).toBe(50);
    expect(r.store.paragraphs().every((q) => q.segments.every((s) => s.node.isConnected))).toBe(true);
    expect(marks.text('policy')).toHaveLength(100);
  }, 60_000);
});
