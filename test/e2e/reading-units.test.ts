import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord, POLL } from './reading-helpers';

/**
 * The popup on a reading unit (温室气体 = 温室 + 气体): the page shows which characters it explains, ←/→ go
 * to the neighbouring unit, and a longer or shorter unit chosen in the popup is the one explained and saved.
 */
describe('the popup follows the reading unit the reader is on', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('a unit chosen among "Also here" is the one the popup explains, the page highlights and S saves', async () => {
    const page = await h.openFixture('reading-units.html');
    await expect.poll(() => highlighted(page, 'tanci-policy', '#lead'), POLL).toContain('两高');
    await hoverWord(page, '#units', '气体');
    const unit = popupOf(page).getByRole('dialog', { name: '温室气体', exact: true });
    await unit.waitFor();
    await expect.poll(() => highlighted(page, 'tanci-unit'), POLL).toEqual(['温室气体']);

    const choices = unit.getByRole('group', { name: 'Also here' });
    await choices.getByRole('button', { name: '温室', exact: true }).click();
    const shorter = popupOf(page).getByRole('dialog', { name: '温室', exact: true });
    await shorter.waitFor();
    await expect.poll(() => highlighted(page, 'tanci-unit')).toEqual(['温室']);

    await shorter.getByRole('button', { name: '温室气体', exact: true }).click();
    await unit.waitFor();
    await expect.poll(() => highlighted(page, 'tanci-unit')).toEqual(['温室气体']);
    await page.keyboard.press('s');
    await unit.getByRole('button', { name: 'Saved' }).waitFor();
    await expect.poll(() => highlighted(page, 'tanci-saved', '#units'), POLL).toEqual(['温室气体']);

    const ext = await h.openExtensionPage('popup.html');
    const saved = await ext.evaluate(
      async () =>
        (
          await chrome.runtime.sendMessage({
            id: 1,
            type: 'getSaved',
            data: { words: ['温室气体', '温室'] },
            timestamp: Date.now(),
          })
        ).res.saved,
    );
    expect(saved).toEqual(['温室气体']);
    await ext.close();

    await page.keyboard.press('Escape');
    await unit.waitFor({ state: 'hidden' });
    await expect.poll(() => highlighted(page, 'tanci-unit')).toEqual([]);
    await page.close();
  }, 120_000);

  it('→ moves the popup and the highlight to the next unit of the paragraph', async () => {
    const page = await h.openFixture('reading-units.html');
    await expect.poll(() => highlighted(page, 'tanci-policy', '#lead'), POLL).toContain('两高');
    await hoverWord(page, '#units', '温室');
    await popupOf(page).getByRole('dialog', { name: '温室气体', exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await popupOf(page).getByRole('dialog', { name: '排放', exact: true }).waitFor();
    await expect.poll(() => highlighted(page, 'tanci-unit')).toEqual(['排放']);
    await page.keyboard.press('ArrowLeft');
    await popupOf(page).getByRole('dialog', { name: '温室气体', exact: true }).waitFor();
    await expect.poll(() => highlighted(page, 'tanci-unit')).toEqual(['温室气体']);
    await page.close();
  }, 120_000);
});
