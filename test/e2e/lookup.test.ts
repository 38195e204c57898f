import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordBrief, WordInfo } from '../../core/types';
import { type Harness, launchHarness } from './harness';

/** Sends one protocol message from an extension page, as the content script and popup do. */
async function send(page: Page, type: string, data: unknown): Promise<{ results: WordInfo[] }> {
  const reply = await page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    [type, data] as const,
  );
  if (reply?.err) throw new Error(reply.err.message);
  return reply.res;
}

describe('dictionary lookups through the background', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchHarness();
    page = await h.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('answers a batch at a glance: every word, in order, every reading, none empty', async () => {
    const words = ['环境', '行业', '環境', '两高', '碳达峰', '中和', '行'];
    const results = (await send(page, 'lookup', { words })).results as unknown as WordBrief[];
    expect(results.map((r) => r.word)).toEqual(words);
    expect(results[0]).toMatchObject({ readings: [{ pinyin: 'huán jìng', tones: [2, 4] }], hsk: 3 });
    expect(results[0]?.gloss).toBeTruthy();
    expect(results[6]?.readings.map((r) => r.pinyin).slice(0, 2)).toEqual(['xíng', 'háng']);
    for (const r of results) expect(r.gloss).toBeTruthy();
    expect(results[3]?.glossaryId).toBe('两高');
  });

  it('gives the full answer of a word on demand: every reading, senses in order, traditional forms', async () => {
    const words = ['环境', '行业', '環境', '两高', '碳达峰', '中和', '行'];
    const { results } = await send(page, 'define', { words });
    expect(results.map((r) => r.word)).toEqual(words);
    expect(results[0]?.entries[0]).toMatchObject({
      pinyin: 'huán jìng',
      senses: expect.arrayContaining(['environment']),
    });
    expect(results[0]?.hsk).toBe(3);
    expect(results[2]?.entries[0]?.simplified).toBe('环境');
    expect(results[6]?.entries.map((e) => e.pinyin).slice(0, 2)).toEqual(['xíng', 'háng']);
    for (const absent of results.slice(3, 5)) {
      expect(absent.entries).toEqual([]);
      expect(absent.glossary?.english || absent.composed).toBeTruthy();
    }
  });

  it('finds the words starting at an offset, longest first', async () => {
    const { results } = await send(page, 'lookupAt', { text: '实现碳中和目标', offset: 2 });
    expect(results.map((r) => r.word).slice(0, 2)).toEqual(['碳中和', '碳']);
  });

  it('answers from IndexedDB after Chrome stops the service worker', async () => {
    // The background stores the dictionary in IndexedDB at install; wait for it, then restart the worker.
    const stored = () =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const req = indexedDB.open('tanci-dictionary');
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('chunks')) {
                db.close();
                return resolve(false);
              }
              const get = db.transaction('chunks').objectStore('chunks').get('#header');
              get.onsuccess = () => {
                db.close();
                resolve(typeof get.result?.line === 'string');
              };
            };
            req.onerror = () => resolve(false);
          }),
      );
    await expect.poll(stored, { timeout: 50_000, interval: 250 }).toBe(true);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const { results } = await send(page, 'define', { words: ['碳中和', '两高'] });
    expect(results[0]?.entries[0]?.senses).toContain('carbon neutrality');
    expect(results[1]?.glossary?.english || results[1]?.composed).toBeTruthy();
    // The policy-register sense is packed into the stored chunks: first, with CC-CEDICT's senses after it.
    const [emit] = (await send(page, 'define', { words: ['排放'] })).results;
    expect(emit?.entries[0]?.senses[0]).toMatch(/^to emit/);
    expect(emit?.entries[0]?.senses).toContain('to arrange in order');
  });
});
