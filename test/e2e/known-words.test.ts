import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, tabIdOf } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord } from './reading-helpers';

/** Extension pages compile and open IndexedDB slowly on a loaded 2-core machine: poll generously. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

/**
 * From looking up to knowing, in Chromium: Known from the word popup, the toolbar popup's This page tab
 * (read from the background's own segmentation of the tab) with Save all and Undo, and lookup history.
 */
describe('known words, this page and history', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchHarness();
    page = await h.openFixture('chinese.html');
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  /** The toolbar popup's page for the fixture's tab, on one of its tabs. */
  async function toolbarTab(name: string): Promise<Page> {
    const tabId = await tabIdOf(h, page);
    const ext = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await ext.getByRole('tab', { name }).click();
    return ext;
  }

  it('lists the page policy terms with their counts, from the reading already done', async () => {
    await poll(() => highlighted(page, 'tanci-policy')).toContain('两高');
    const ext = await toolbarTab('This page');
    const table = ext.getByRole('table', { name: 'Words of this page' });
    await poll(() => table.getByRole('row', { name: /碳达峰/ }).count()).toBe(1);
    const row = table.getByRole('row', { name: /两高/ });
    await expect.poll(() => row.textContent()).toContain('policy term');
    // 两高 occurs once in the article; its count is the last number before the row's buttons.
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[2]).toBe('1');
    await poll(() => ext.getByText(/% of this page's words are known/).count()).toBe(1);
    await ext.close();
  });

  it('saves every listed word in one action, and Undo takes them all back', async () => {
    const ext = await toolbarTab('This page');
    const table = ext.getByRole('table', { name: 'Words of this page' });
    await poll(() => table.getByRole('button', { name: 'Save', exact: true }).count()).toBeGreaterThan(1);
    const listed = await table.getByRole('button', { name: 'Save', exact: true }).count();
    await ext.getByRole('button', { name: 'Save all' }).click();
    await poll(() => ext.getByText(`Saved ${listed} words.`).count()).toBe(1);
    await poll(() => table.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    await ext.getByRole('button', { name: 'Undo' }).click();
    await poll(() => ext.getByText(`Undone: ${listed} words are no longer saved.`).count()).toBe(1);
    await poll(() => table.getByRole('button', { name: 'Save', exact: true }).count()).toBe(listed);
    await ext.close();
  });

  it('counts a word whose popup stayed open for a second in the History tab', async () => {
    await hoverWord(page, 'article', '碳中和');
    await popupOf(page).getByRole('dialog', { name: '碳中和' }).waitFor();
    // The dwell itself: history counts a popup that stays open 1 s, and this one stays 1.5 s.
    await page.waitForTimeout(1_500);
    const ext = await toolbarTab('History');
    const row = ext.getByRole('table', { name: 'Words you looked up' }).getByRole('row', { name: /碳中和/ });
    await poll(() => row.count()).toBe(1);
    expect((await row.getByRole('cell').allTextContents())[0]).toBe('1');
    await ext.close();
  });

  it('marks a word Known from the popup, and the page no longer marks it', async () => {
    await page.bringToFront();
    await hoverWord(page, 'article', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Known' }).click();
    await poll(() => highlighted(page, 'tanci-policy')).not.toContain('两高');
    expect(await highlighted(page, 'tanci-policy')).toContain('碳达峰');
    // Known is kept: a fresh load of the page does not mark it either. Which words are known is asked
    // right after a paragraph's marks are drawn (as which are saved is), so the mark goes one answer later:
    // wait for it to go, and for the policy marks to stay, rather than read the page in between.
    await page.reload();
    await poll(() => highlighted(page, 'tanci-policy')).toContain('碳达峰');
    await poll(() => highlighted(page, 'tanci-policy')).not.toContain('两高');
    expect(await highlighted(page, 'tanci-policy')).toContain('碳达峰');
  });
});
