import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordInfo } from '../../core/types';
import { type Harness, launchHarness } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord } from './reading-helpers';

/**
 * Paragraph batches answer at a glance (`lookup`); the popup must still get, and show, the full answer.
 * Compared with what the background's `define` holds, so the test follows the shipped data.
 */
describe('the word popup shows the whole dictionary answer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('every reading, every sense in order, measure words, HSK level and the longer and shorter words', async () => {
    const ext = await h.openExtensionPage('popup.html');
    const ask = (type: string, data: unknown) =>
      ext.evaluate(
        async ([type, data]) =>
          (await chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() })).res.results,
        [type, data] as const,
      ) as Promise<WordInfo[]>;
    const [full] = await ask('define', { words: ['地方'] });
    const nearby = await ask('lookupAt', { text: '地方对节能', offset: 0 });
    // The word this test needs: more than one reading, a measure word, an HSK level, a shorter word inside.
    expect(full?.entries.length).toBeGreaterThan(1);
    expect(full?.entries.some((e) => e.classifiers?.length)).toBe(true);
    expect(full?.hsk).toBeDefined();
    expect(nearby.length).toBeGreaterThan(1);

    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await expect.poll(() => highlighted(page, 'tanci-policy', '#p2'), { timeout: 30_000 }).not.toEqual([]);
    await hoverWord(page, '#p2', '地方');
    const dialog = popupOf(page).getByRole('dialog', { name: '地方' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.locator('.reading').count(), { timeout: 30_000 })
      .toBe(full?.entries.length);

    const readings = await dialog.locator('.reading').allTextContents();
    for (const [i, entry] of (full?.entries ?? []).entries()) {
      expect(readings[i]).toContain(entry.pinyin);
      const senses = await dialog.locator('.reading').nth(i).locator('li').allTextContents();
      expect(senses).toEqual(entry.senses);
      for (const classifier of entry.classifiers ?? []) expect(readings[i]).toContain(classifier);
    }
    expect(await dialog.locator('.hsk').textContent()).toBe(`HSK ${full?.hsk}`);
    const near = (await dialog.locator('.near').allTextContents()).map((t) => t.split(' ')[0]);
    expect(near).toEqual(expect.arrayContaining(nearby.map((n) => n.word).filter((w) => w !== '地方')));
    await page.close();
    await ext.close();
  }, 120_000);
});
