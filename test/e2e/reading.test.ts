import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, tabIdOf } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord, POLL, serialisations, snapshotBeforeTanci } from './reading-helpers';

describe('reading a Chinese policy page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('marks policy terms in place, explains 两高 on hover, saves it, and leaves the page DOM alone', async () => {
    const page = await h.context.newPage();
    await snapshotBeforeTanci(page);
    await page.goto(`${h.baseUrl}/article.html`);
    await expect.poll(() => highlighted(page, 'tanci-policy', '#p1'), POLL).toContain('两高');

    await hoverWord(page, '#p1', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor();
    // The first lookup of a fresh profile also loads the dictionary (slow on a busy 2-core machine).
    await expect.poll(() => dialog.textContent(), POLL).toContain('高耗能、高排放');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('liǎng gāo');
    expect((await dialog.locator('.english').textContent())?.trim()).toMatch(/[a-z]{3}/i);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('button', { name: 'Saved' }).waitFor();
    await expect.poll(() => highlighted(page, 'tanci-saved'), POLL).toContain('两高');

    const { before, now } = await serialisations(page);
    expect(now).toBe(before);

    const tabId = await tabIdOf(h, page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    // The toolbar popup's saved list (issue 7) shows the term with its sentence and a link to the page.
    await popup.getByText('二是遏制“两高”行动乏力。').first().waitFor();
    const link = popup.locator(`a[href="${h.baseUrl}/article.html"]`).first();
    expect(await link.count()).toBe(1);
    await popup.close();
    await page.close();
  }, 120_000);

  it('marks text that the page adds after load', async () => {
    const page = await h.openFixture('dynamic.html');
    await page.locator('.late').first().waitFor();
    await expect.poll(() => highlighted(page, 'tanci-policy', '#feed'), POLL).toContain('两高');
    await expect
      .poll(async () => (await highlighted(page, 'tanci-policy', '.late:last-child')).length, POLL)
      .toBeGreaterThan(0);
    await page.close();
  });

  /** Hovers 两高 inside #story's shadow root: the popup names it and spells out its expansion. */
  async function explainsLiangGaoInShadow(page: Page): Promise<void> {
    await hoverWord(page, '#story', '两高', { shadow: true });
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor(POLL);
    await expect.poll(() => dialog.textContent(), POLL).toContain('高耗能、高排放');
  }

  it('reads text inside a web component (open shadow root): marks it and explains it on hover', async () => {
    const page = await h.openFixture('shadow.html');
    const shadowMarks = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('tanci-policy') ?? [])]
          .filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot)
          .map((r) => r.startContainer.textContent?.slice(r.startOffset, r.endOffset)),
      );
    await expect.poll(shadowMarks, POLL).toContain('两高');
    await explainsLiangGaoInShadow(page);
    await page.close();
  }, 120_000);

  it('wakes on a page whose only Chinese is inside a web component, when the pointer reaches it', async () => {
    const page = await h.openFixture('shadow-only.html');
    const marks = () => page.evaluate(() => CSS.highlights.get('tanci-policy')?.size ?? 0);
    // Nothing in the light DOM: the detector waits (and costs the page nothing more).
    await page.waitForTimeout(500);
    expect(await marks()).toBe(0);
    await hoverWord(page, '#story', '两高', { shadow: true });
    await expect.poll(marks, POLL).toBeGreaterThan(0);
    await explainsLiangGaoInShadow(page);
    await page.close();
  }, 120_000);

  it('never touches form fields or editors', async () => {
    const page = await h.context.newPage();
    await snapshotBeforeTanci(page);
    await page.goto(`${h.baseUrl}/forms.html`);
    await expect.poll(() => highlighted(page, 'tanci-policy', '#prose'), POLL).toContain('两高');
    expect(await highlighted(page, 'tanci-policy', 'form')).toEqual([]);
    expect(await highlighted(page, 'tanci-policy', '#editor')).toEqual([]);
    expect(await page.inputValue('#title')).toBe('两高项目');
    expect(await page.inputValue('#message')).toBe('能耗“双控”落实不力，两高项目未批先建。');
    const { before, now } = await serialisations(page);
    expect(now).toBe(before);
    await page.close();
  });

  it('shows a readable popup on a page with hostile CSS', async () => {
    const page = await h.openFixture('hostile.html');
    await expect.poll(() => highlighted(page, 'tanci-policy', '#p1'), POLL).toContain('两高');
    await hoverWord(page, '#p1', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor();
    const look = await dialog.evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + 20, r.top + 20);
      return {
        font: Number.parseFloat(s.fontSize),
        color: s.color,
        width: r.width,
        height: r.height,
        top: top?.tagName,
      };
    });
    expect(look.font).toBeGreaterThanOrEqual(13);
    expect(look.color).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.width).toBeGreaterThan(200);
    expect(look.top).toBe('TANCI-POPUP');
    // Looked at by hand when the popup's styles change.
    await page.screenshot({ path: join(tmpdir(), 'tanci-hostile-popup.png') });
    await page.close();
  });

  it('removes every mark when Tanci is turned off for the site, and marks again when turned on', async () => {
    const page = await h.openFixture('article.html');
    await expect.poll(async () => (await highlighted(page, 'tanci-policy')).length, POLL).toBeGreaterThan(0);
    const tabId = await tabIdOf(h, page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    const toggle = popup.getByRole('switch', { name: /Tanci on 127\.0\.0\.1/ });
    await toggle.uncheck();
    await expect.poll(async () => (await highlighted(page, 'tanci-policy')).length, POLL).toBe(0);
    expect(await page.locator('tanci-popup').count()).toBe(0);
    await toggle.check();
    await expect.poll(async () => (await highlighted(page, 'tanci-policy')).length, POLL).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
