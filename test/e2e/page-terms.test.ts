/**
 * Terms learned from the page: a compound the page repeats three times and no lexicon knows (碳效码) is
 * marked with its own highlight after the first marks, its popup explains it by its parts, and "Add to
 * my glossary" saves it with its sentence and the page as its source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, tabIdOf } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord, POLL } from './reading-helpers';

describe('terms learned from the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('marks a repeated unknown compound, explains it by its parts and adds it to the glossary', async () => {
    const page = await h.openFixture('page-terms.html');
    await expect.poll(() => highlighted(page, 'tanci-page'), POLL).toEqual(['碳效码', '碳效码', '碳效码']);
    // Once, as one unit: no part of it is marked on its own, and nothing else on the page is a page term.
    expect(await highlighted(page, 'tanci-page', '#p4')).toEqual([]);

    await hoverWord(page, '#p2', '碳效码');
    const dialog = popupOf(page).getByRole('dialog', { name: '碳效码' });
    await dialog.waitFor();
    const section = dialog.getByRole('region', { name: 'Learned from this page' });
    await expect.poll(() => section.textContent(), POLL).toContain('not reviewed');
    // Explained by its parts: each with its pinyin and, once looked up, its English.
    await expect.poll(() => dialog.locator('.parts').textContent(), POLL).toMatch(/码 mǎ .*[a-z]{3}/);
    expect(await dialog.locator('.parts').textContent()).toMatch(/碳效 tàn xiào [a-z]{3}/);

    await section.getByRole('button', { name: 'Add to my glossary' }).click();
    await section.getByRole('button', { name: 'In my glossary' }).waitFor();
    await expect.poll(() => highlighted(page, 'tanci-saved'), POLL).toContain('碳效码');

    const tabId = await tabIdOf(h, page);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    // The saved list shows it with the sentence it was read in and a link to the page it came from.
    await popup.getByText('每家企业都有一个碳效码，分为六个等级。').first().waitFor();
    expect(await popup.locator(`a[href="${h.baseUrl}/page-terms.html"]`).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  }, 120_000);
});
