import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';

const POLL = { timeout: 20_000 };

/** Tanci's rubies: how many, how many on screen, and whether the first and last paragraphs have any. */
function rubyState(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('[data-tanci-ruby]')];
    const onScreen = all.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    }).length;
    const ps = document.querySelectorAll('article p.long');
    const has = (p: Element | undefined) => !!p?.querySelector('[data-tanci-ruby]');
    return { count: all.length, onScreen, first: has(ps[0]), last: has(ps[ps.length - 1]) };
  });
}

describe('inline pinyin on a long page', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launchHarness();
    page = await h.openFixture('article.html');
    // ~220,000 characters: the article's paragraphs 800 times over, each text node remembered to check
    // that the very same nodes come back.
    await page.evaluate(() => {
      const article = document.querySelector('article') as HTMLElement;
      const texts = [...article.querySelectorAll('p')].map((p) => p.textContent ?? '');
      const own: Text[] = [];
      for (let i = 0; i < 800; i++) {
        for (const text of texts) {
          const p = document.createElement('p');
          p.className = 'long';
          const node = document.createTextNode(text);
          own.push(node);
          p.append(node);
          article.append(p);
        }
      }
      Object.assign(window, { __own: own, __html: document.body.innerHTML });
    });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('annotates only near the viewport, follows scrolling, copies plain Chinese and restores the page exactly', async () => {
    const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(chars).toBeGreaterThan(200_000);
    const options = await h.openExtensionPage('options.html');
    await options.locator('main[data-loaded="true"]').waitFor();
    await options.getByLabel('Show pinyin above Chinese text').check();
    await page.bringToFront();

    await expect.poll(async () => (await rubyState(page)).onScreen, POLL).toBeGreaterThan(20);
    let state = await rubyState(page);
    // Over every word of the page that would be ~100,000; near the viewport it is a few screens' worth.
    expect(state.count).toBeLessThan(5_000);
    expect(state.last).toBe(false);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await rubyState(page)).last, POLL).toBe(true);
    await expect.poll(async () => (await rubyState(page)).first, POLL).toBe(false);
    state = await rubyState(page);
    expect(state.count).toBeLessThan(5_000);
    // The paragraphs let go far behind hold their own text nodes again.
    const ownBack = await page.evaluate(() => {
      const own = (window as unknown as { __own: Text[] }).__own;
      const p = document.querySelectorAll('article p.long')[0];
      return p?.childNodes.length === 1 && p.firstChild === own[0];
    });
    expect(ownBack).toBe(true);

    const copied = await page.evaluate(() => {
      const ps = document.querySelectorAll('article p.long');
      const p = ps[ps.length - 1] as HTMLElement;
      getSelection()?.selectAllChildren(p);
      const data = new DataTransfer();
      document.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      getSelection()?.removeAllRanges();
      const own = (window as unknown as { __own: Text[] }).__own;
      return { copied: data.getData('text/plain'), text: own[own.length - 1]?.data };
    });
    expect(copied.copied).toBe(copied.text);

    await options.getByLabel('Show pinyin above Chinese text').uncheck();
    await page.bringToFront();
    await expect.poll(async () => (await rubyState(page)).count, POLL).toBe(0);
    const same = await page.evaluate(() => {
      const w = window as unknown as { __own: Text[]; __html: string };
      return { html: document.body.innerHTML === w.__html, nodes: w.__own.every((n) => n.isConnected) };
    });
    expect(same).toEqual({ html: true, nodes: true });
    await options.close();
  });
});
