/**
 * The page-terms handler: what the annotate handler answered for a document is what its terms are learned
 * from (no second reading), as bulk work that a reader's request goes ahead of, and per document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAnnotateHandlers } from '@/background/handlers/annotate';
import { pageTermsOf } from '@/background/handlers/page-terms';
import { createPageWords } from '@/background/page-words';
import { createScheduler } from '@/background/scheduler';
import { UNIT_VERB } from '@/core/segment/unit-kinds';
import { removeAllListeners } from '@/protocol/messages';
import { cutTokens as cut } from '../../cut-tokens';

const PAGE = [
  '湖州|推出|企业|碳效|码|，|帮助|银行|识别|企业|。',
  '获得|碳效|码|的|企业|可以|申请|贷款|。',
  '目前|，|碳效|码|已|覆盖|全市|工业|企业|。',
];

async function send(type: string, data: unknown, sender: object): Promise<unknown> {
  const trigger = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  return new Promise((resolve) => {
    void trigger({ id: 1, type, data, timestamp: 0 }, { id: browser.runtime.id, ...sender }, resolve).then(
      (results) => {
        const direct = results.find((r) => r && typeof r === 'object');
        if (direct) resolve(direct);
      },
    );
  });
}

afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

describe('page terms in the background', () => {
  it('learns the terms of the paragraphs a document had annotated, and only that document', async () => {
    const scheduler = createScheduler();
    registerAnnotateHandlers({
      getAnnotator: async () => ({ annotate: cut }),
      getGlossaryIds: async () => new Map(),
      scheduler,
    });
    const tab = { tab: { id: 4 }, frameId: 0, documentId: 'doc-a' };
    // The texts carry the test annotator's cuts ('|').
    await send('annotate', { paragraphs: PAGE.slice(0, 1) }, tab);
    await send('annotate', { paragraphs: PAGE.slice(1), bulk: 1 }, tab);
    expect(await send('pageTerms', {}, tab)).toEqual({
      res: { terms: [{ term: '碳效码', parts: ['碳效', '码'], count: 3 }] },
    });
    const other = { tab: { id: 5 }, frameId: 0, documentId: 'doc-b' };
    expect(await send('pageTerms', {}, other)).toEqual({ res: { terms: [] } });
  });

  it("learns terms of two whole words with the annotator's word classes", async () => {
    const scheduler = createScheduler();
    const verbs = new Set(['推出', '帮助', '识别', '获得', '申请', '覆盖']);
    registerAnnotateHandlers({
      getAnnotator: async () => ({ annotate: cut, wordFlags: (word) => (verbs.has(word) ? UNIT_VERB : 0) }),
      getGlossaryIds: async () => new Map(),
      scheduler,
    });
    const tab = { tab: { id: 4 }, frameId: 0, documentId: 'doc-a' };
    const page = PAGE.map((p) => p.replaceAll('碳效|码', '碳效|标识'));
    await send('annotate', { paragraphs: page }, tab);
    expect(await send('pageTerms', {}, tab)).toEqual({
      res: { terms: [{ term: '碳效标识', parts: ['碳效', '标识'], count: 3 }] },
    });
  });

  it('learns from the groups queued before it, read when it runs rather than when it was asked', async () => {
    const scheduler = createScheduler({ maxPauseMs: 60_000 });
    registerAnnotateHandlers({
      getAnnotator: async () => ({ annotate: cut }),
      getGlossaryIds: async () => new Map(),
      scheduler,
    });
    const tab = { tab: { id: 4 }, frameId: 0, documentId: 'doc-a' };
    // A reader's request in flight holds bulk work back while both are queued.
    let answered = (): void => undefined;
    const reader = scheduler.interactive(() => new Promise<void>((resolve) => (answered = resolve)));
    const group = send('annotate', { paragraphs: PAGE, bulk: 1 }, tab);
    await vi.waitFor(() => expect(scheduler.pending).toBe(1));
    // Asked while the page's only group is still queued: the answer waits for it and learns from it.
    const terms = send('pageTerms', {}, tab);
    await vi.waitFor(() => expect(scheduler.pending).toBe(2));
    answered();
    await reader;
    await group;
    expect(await terms).toEqual({ res: { terms: [{ term: '碳效码', parts: ['碳效', '码'], count: 3 }] } });
  });

  it('runs in chunks after the requests a reader waits for', async () => {
    const scheduler = createScheduler();
    const pageWords = createPageWords();
    const sender = { tab: { id: 1 }, documentId: 'doc' };
    // A long page: every paragraph three times over, with its own neighbours.
    const texts = Array.from({ length: 60 }, (_, i) => `${PAGE[i % 3]}${i}`);
    void pageWords.record(
      sender,
      texts,
      texts.map((_, i) => cut(PAGE[i % 3] as string)),
    );
    let clock = 0;
    const order: string[] = [];
    const terms = pageTermsOf({ scheduler, pageWords, now: () => clock++, chunkMs: 5 }, sender).then((t) => {
      order.push('page terms');
      return t;
    });
    // A turn of the event loop later the learning has run a chunk or two and is still queued.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scheduler.pending).toBe(1);
    await scheduler.interactive(async () => order.push('hover'));
    expect((await terms).map((t) => t.term)).toContain('碳效码');
    expect(order).toEqual(['hover', 'page terms']);
  });

  it('learns again only when the document has new paragraphs', async () => {
    const scheduler = createScheduler();
    const pageWords = createPageWords();
    const sender = { tab: { id: 1 }, documentId: 'doc' };
    const learned: number[] = [];
    const learner = {
      scheduler,
      pageWords: {
        ...pageWords,
        termsOf: (document: string, learn: Parameters<typeof pageWords.termsOf>[1]) =>
          pageWords.termsOf(document, (paragraphs) => {
            learned.push(paragraphs.length);
            return learn(paragraphs);
          }),
      },
    };
    void pageWords.record(sender, PAGE.slice(0, 2), PAGE.slice(0, 2).map(cut));
    expect(await pageTermsOf(learner, sender)).toEqual([]);
    // Asked again with nothing new read: the same answer, not learned again.
    expect(await pageTermsOf(learner, sender)).toEqual([]);
    void pageWords.record(sender, PAGE.slice(1), PAGE.slice(1).map(cut));
    const terms = [{ term: '碳效码', parts: ['碳效', '码'], count: 3 }];
    expect(await pageTermsOf(learner, sender)).toEqual(terms);
    expect(await pageTermsOf(learner, sender)).toEqual(terms);
    expect(learned).toEqual([2, 3]);
  });

  it('forgets a closed tab and keeps each paragraph once', async () => {
    const pageWords = createPageWords({ maxDocuments: 2 });
    const words = [cut('碳效|码')];
    void pageWords.record({ documentId: 'a', tab: { id: 1 } }, ['碳效码'], words);
    void pageWords.record({ documentId: 'a', tab: { id: 1 } }, ['碳效码'], words);
    expect(pageWords.paragraphsOf('a')).toHaveLength(1);
    void pageWords.record({ documentId: 'b', tab: { id: 2 } }, ['x'], words);
    void pageWords.record({ documentId: 'c', tab: { id: 3 } }, ['x'], words);
    expect(pageWords.paragraphsOf('a')).toEqual([]); // the least recent went first
    await pageWords.forget(2);
    expect(pageWords.documents).toBe(1);
  });
});
