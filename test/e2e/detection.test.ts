import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, tabIdOf } from './harness';
import { clickToolbarButton } from './toolbar-button';

/** The first page of a fresh profile waits for the service worker and the popup to load on a busy 2-core machine. */
const POLL = { timeout: 15_000, interval: 200 };

describe('Chinese detection, seen through the extension', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  async function popupStatusFor(fixture: string) {
    const page = await h.openFixture(fixture);
    const tabId = await tabIdOf(h, page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    return { page, popup, status: popup.getByRole('status') };
  }

  it("reports Chinese on a Chinese page, and leaves its DOM alone (Tanci's popup host aside)", async () => {
    const { page, status } = await popupStatusFor('chinese.html');
    await expect.poll(() => status.getAttribute('data-state'), POLL).toBe('yes');
    expect(await status.textContent()).toContain('Chinese text found');
    const html = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const host of clone.querySelectorAll(':scope > tanci-popup')) host.remove();
      return clone.outerHTML;
    });
    expect(html).not.toMatch(/tanci/i);
  });

  it('reports no Chinese on an English page (text in scripts and form fields does not count)', async () => {
    const { popup, status } = await popupStatusFor('english.html');
    await expect.poll(() => status.getAttribute('data-state'), POLL).toBe('no');
    // The page's detector keeps no listener and the popup was not opened from Tanci's button: no site to name.
    await expect.poll(() => popup.getByText(/Tanci cannot read this page/).count(), POLL).toBe(1);
  });

  it("opened from Tanci's button on an English page, names its site and turns Tanci off there", async () => {
    const page = await h.openFixture('english.html');
    await page.bringToFront();
    const popup = await clickToolbarButton(h, page);
    // What a person sees in the popup: the status line and the site switch with its label.
    const read = () =>
      popup.evaluate<{ status?: string; label?: string; on?: boolean }>(`(() => {
        const sw = document.querySelector('[role=switch]');
        return {
          status: document.querySelector('[role=status]')?.getAttribute('data-state'),
          label: sw?.parentElement?.textContent?.trim(),
          on: sw?.checked,
        };
      })()`);
    await expect.poll(read, POLL).toEqual({ status: 'no', label: 'Tanci on 127.0.0.1', on: true });
    await popup.evaluate(`document.querySelector('[role=switch]').click()`);
    await expect.poll(async () => (await read()).on, POLL).toBe(false);
    const worker = await h.serviceWorker();
    const settings = () =>
      worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('siteSettings')));
    await expect.poll(settings, POLL).toContain('127.0.0.1');
    await popup.evaluate(`document.querySelector('[role=switch]').click()`);
    await expect.poll(settings, POLL).not.toContain('127.0.0.1');
    await popup.close();
  });

  it('notices Chinese text that a dynamic page adds after load', async () => {
    const { page, popup } = await popupStatusFor('late-chinese.html');
    await page.getByText('双控').waitFor();
    await expect
      .poll(async () => {
        await popup.reload();
        return popup.getByRole('status').getAttribute('data-state');
      }, POLL)
      .toBe('yes');
  });
});
