import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';

/**
 * The content script in every frame is a small detector; the reader (popup, Preact, settings) is imported
 * only into frames that hold Chinese text. Which scripts a page ran is read from the debugger's list of
 * parsed scripts, which includes the extension's isolated world.
 */
describe('the reader is loaded only where there is Chinese', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  /** Opens a page, recording the URL of every script parsed in it from before the first byte. */
  async function openRecording(fixture: string): Promise<{ page: Page; scripts: string[] }> {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => void scripts.push(e.url));
    await cdp.send('Debugger.enable');
    await page.goto(`${h.baseUrl}/${fixture}`);
    return { page, scripts };
  }
  const detector = (scripts: string[]) => scripts.some((u) => u.endsWith('/detector.js'));
  const reader = (scripts: string[]) => scripts.some((u) => u.endsWith('/reader.js'));

  /** Whether the background has this page's report (its detector has then done its first check). */
  async function reported(page: Page, hasChinese: boolean): Promise<boolean> {
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const worker = await h.serviceWorker();
    return worker.evaluate(
      async ([origin, zh]) =>
        Object.values(await chrome.storage.session.get(null)).some((frames) =>
          Object.values(frames as Record<string, { hasChinese: boolean; timeOrigin: number }>).some(
            (f) => f.timeOrigin === origin && f.hasChinese === zh,
          ),
        ),
      [timeOrigin, hasChinese] as const,
    );
  }

  it('runs only the detector on a page without Chinese, and loads the reader when Chinese arrives', async () => {
    const { page, scripts } = await openRecording('english.html');
    // A frame without Chinese sends nothing: give its detector time to have looked.
    await expect.poll(() => detector(scripts)).toBe(true);
    await page.waitForTimeout(500);
    expect(detector(scripts)).toBe(true);
    expect(reader(scripts)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('tanci-popup'))).toBeNull();

    // A single-page app's next view, in Chinese.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '坚决遏制“两高”项目盲目发展。';
      document.body.append(p);
    });
    await expect.poll(() => reader(scripts), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => reported(page, true)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('tanci-policy')?.size ?? 0), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('loads the reader at once on a page with Chinese, which then gets marked', async () => {
    const { page, scripts } = await openRecording('chinese.html');
    await expect.poll(() => reader(scripts), { timeout: 15_000 }).toBe(true);
    expect(detector(scripts)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('tanci-policy')?.size ?? 0), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.close();
  });
});
