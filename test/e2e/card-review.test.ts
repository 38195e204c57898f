import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';

const TERMS = [
  {
    term: '碳汇',
    pinyin: 'tàn huì',
    english: 'carbon sink',
    sentence: '提升生态系统碳汇能力',
    pageTitle: '国务院关于碳达峰的意见',
    url: 'http://127.0.0.1/policy.html',
  },
  {
    term: '双控',
    pinyin: 'shuāng kòng',
    english: 'dual control',
    sentence: '推动能耗双控逐步转向碳排放双控',
    pageTitle: '生态环境部',
    url: 'http://127.0.0.1/mee.html',
  },
];

/** Sends a protocol message from an extension page exactly as @webext-core/messaging frames it. */
function send(page: Page, type: string, data: unknown) {
  return page.evaluate(
    async ([type, data]) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    [type, data] as const,
  );
}

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

describe('review on the memory schedule, in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows a saved term as a cloze card; Show answer, Good, and it is not due again today, even with the worker stopped mid-grade', async () => {
    const page = await h.openExtensionPage('vocabulary.html#review');
    for (const t of TERMS) expect((await send(page, 'saveTerm', t)).res).toMatchObject({ created: true });
    await page.reload();
    const counts = page.getByTestId('review-counts');
    await poll(() => counts.textContent()).toBe('Due: 0 · New: 2');

    const card = page.getByRole('article', { name: 'Card' });
    // The oldest saved first, its sentence with the term blanked out.
    await poll(() => card.textContent()).toContain('提升生态系统＿＿能力');
    expect(await card.textContent()).not.toContain('碳汇');
    await card.getByRole('button', { name: 'Show answer' }).click();
    const answer = card.getByRole('region', { name: 'Answer' });
    await poll(() => answer.textContent()).toContain('tàn huì');
    expect(await answer.textContent()).toContain('carbon sink');
    expect(await answer.textContent()).toContain('国务院关于碳达峰的意见');
    await card.getByRole('button', { name: 'Good' }).click();
    await poll(() => counts.textContent()).toBe('Due: 0 · New: 1');

    // The keys: Space shows the answer, 3 is Good; the worker is stopped as the grade is sent.
    await poll(() => card.textContent()).toContain('推动能耗＿＿逐步转向碳排放＿＿');
    await page.keyboard.press('Space');
    await poll(() => answer.textContent()).toContain('dual control');
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await Promise.all([page.keyboard.press('3'), cdp.send('ServiceWorker.stopAllWorkers')]);
    await poll(() => page.getByText('Nothing to review now').isVisible()).toBe(true);
    await poll(() => counts.textContent()).toBe('Due: 0 · New: 0');

    // Stored once each (no grade counted twice), due no sooner than tomorrow; a reload agrees.
    const stored = (await send(page, 'reviewCards', {})).res.cards as {
      term: string;
      reps: number;
      due: number;
    }[];
    expect(stored.map((c) => [c.term, c.reps]).sort()).toEqual([
      ['双控', 1],
      ['碳汇', 1],
    ]);
    const endOfToday = new Date();
    endOfToday.setHours(23, 59, 59, 999);
    for (const c of stored) expect(c.due).toBeGreaterThan(endOfToday.getTime());
    await page.reload();
    await poll(() => counts.textContent()).toBe('Due: 0 · New: 0');
    await poll(() => page.getByText('Nothing to review now').isVisible()).toBe(true);
  });
});
