/**
 * Tanci's reader page (document.html): pasted text is read like a web page (hover popup) and titled "pasted
 * text" with the day, the source a saved term records. The harness fails the test if any request leaves
 * 127.0.0.1 (the paste box has spellcheck off: Chromium would fetch a dictionary).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { storedRecords } from './page-isolation-helpers';
import { popupOf } from './popup-driver';
import { hoverWord, POLL } from './reading-helpers';

const TEXT = '各地要坚决遏制两高项目盲目发展。\n推动碳达峰碳中和目标如期实现。';

describe('the reader page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reads pasted text like a web page: the source is "pasted text" and the date, hovering a policy term shows its dialog', async () => {
    const page = await h.openExtensionPage('document.html');
    await page.getByRole('textbox', { name: 'Paste Chinese text here' }).fill(TEXT);
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    const today = new Date().toISOString().slice(0, 10);
    // The page title is what a saved context records as its source.
    await expect.poll(() => page.title(), POLL).toBe(`pasted text, ${today}`);
    await hoverWord(page, 'article.document-text', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor(POLL);
    expect(await dialog.textContent()).toContain('liǎng gāo');
    expect(h.externalRequests()).toEqual([]);
  });

  it('saves a term from pasted text: the popup says Saved, and the store holds "pasted text" and the date as its source', async () => {
    const page = await h.openExtensionPage('document.html');
    await page.getByRole('textbox', { name: 'Paste Chinese text here' }).fill(TEXT);
    // The button keeps the focus after this click, as a reader's click leaves it.
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    const title = `pasted text, ${new Date().toISOString().slice(0, 10)}`;
    await expect.poll(() => page.title(), POLL).toBe(title);
    await hoverWord(page, 'article.document-text', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor(POLL);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('button', { name: 'Saved', exact: true }).waitFor(POLL);
    const saved = (await storedRecords(page)).find((r) => r.term === '两高');
    expect(saved?.contexts.map((c) => [c.sentence, c.pageTitle])).toEqual([
      ['各地要坚决遏制两高项目盲目发展。', title],
    ]);
    await page.close();
  });

  it('is reachable from the toolbar popup', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const [opened] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Open a document' }).click(),
    ]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe('/document.html');
  });
});
