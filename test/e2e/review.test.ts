import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';

const TERMS = [
  {
    term: '碳中和',
    pinyin: 'tàn zhōng hé',
    english: 'carbon neutrality',
    sentence: '力争2060年前实现碳中和，"双碳"目标',
    pageTitle: '国务院关于碳达峰碳中和的意见',
    url: 'http://127.0.0.1/policy.html',
    glossaryId: '碳中和',
    category: 'target',
  },
  {
    term: '双控',
    pinyin: 'shuāng kòng',
    english: 'dual control',
    sentence: '推动能耗双控逐步转向碳排放双控',
    pageTitle: '生态环境部',
    url: 'http://127.0.0.1/mee.html',
    category: 'mechanism',
  },
  {
    term: '绿色',
    pinyin: 'lǜ sè',
    english: 'green, =formula',
    sentence: '绿色低碳发展\n第二行',
    pageTitle: 'News',
    url: 'http://127.0.0.1/news.html',
  },
];

/** Sends saveTerm from an extension page exactly as @webext-core/messaging frames it. */
async function saveTerms(page: Page, terms: typeof TERMS) {
  return page.evaluate(async (list) => {
    const replies = [];
    for (const [i, data] of list.entries()) {
      replies.push(
        await chrome.runtime.sendMessage({ id: i + 1, type: 'saveTerm', data, timestamp: Date.now() }),
      );
    }
    return replies;
  }, terms);
}

/** Extension pages compile and open IndexedDB slowly on a loaded 2-core machine: poll generously. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

const rowTerms = (page: Page) => page.locator('li.term-row .term').allTextContents();

async function exportFile(page: Page, label: string): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('saved glossary review, in Chromium', () => {
  let h: Harness;
  let fresh: Harness | undefined;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
    await fresh?.close();
  });

  it('saves, searches, deletes with undo, exports every format and imports into a fresh profile', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await poll(() => popup.getByRole('note').textContent()).toContain('No saved terms yet');

    const replies = await saveTerms(popup, TERMS);
    expect(replies.map((r) => r.res?.created)).toEqual([true, true, true]);
    const again = await saveTerms(popup, [
      { ...TERMS[0], sentence: '碳中和愿景', url: 'http://127.0.0.1/b.html' },
    ] as never);
    expect(again[0].res).toMatchObject({ created: false, contexts: 2 });

    await popup.reload();
    await poll(() => rowTerms(popup)).toEqual(['绿色', '双控', '碳中和']);

    const search = popup.getByRole('searchbox', { name: 'Search saved terms' });
    await search.fill('tanzhonghe');
    await poll(() => rowTerms(popup)).toEqual(['碳中和']);
    await search.fill('lv se');
    await poll(() => rowTerms(popup)).toEqual(['绿色']);
    await search.fill('');

    await popup.getByRole('button', { name: 'Delete 双控' }).click();
    await poll(() => rowTerms(popup)).toEqual(['绿色', '碳中和']);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await poll(() => rowTerms(popup)).toEqual(['绿色', '双控', '碳中和']);

    const csv = await exportFile(popup, 'Export CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFFTerm,Pinyin,English,')).toBe(true);
    expect(csv.text).toContain('"green, =formula"');
    expect(csv.text).toContain('"绿色低碳发展\n第二行"');
    expect(csv.text.split('\r\n').filter((l) => l.startsWith('碳中和,'))).toHaveLength(2);

    const anki = await exportFile(popup, 'Export Anki');
    expect(anki.text.split('\n').slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Hanzi\tPinyin\tEnglish\tSentence\tSource\tNote\tTags',
      '#tags column:7',
    ]);
    expect(anki.text).toContain('推动能耗<b>双控</b>逐步转向碳排放<b>双控</b>');

    const pleco = await exportFile(popup, 'Export Pleco');
    expect(pleco.text).toContain('//Tanci/Target\n碳中和\ttàn zhōng hé\tcarbon neutrality');

    const json = await exportFile(popup, 'Export JSON');
    const backup = JSON.parse(json.text);
    expect(backup).toMatchObject({ format: 'tanci-vocab', version: 2, count: 3 });

    fresh = await launchHarness();
    const other = await fresh.openExtensionPage('popup.html');
    await poll(() => other.getByRole('note').textContent()).toContain('No saved terms yet');
    await other.getByLabel('Import a Tanci JSON backup or CSV export').setInputFiles(json.path);
    await poll(() => other.getByTestId('review-message').textContent()).toContain('3 new');
    await poll(() => rowTerms(other)).toEqual(['绿色', '双控', '碳中和']);
    const reexport = await exportFile(other, 'Export JSON');
    expect(reexport.text).toBe(json.text.replace(backup.exportedAt, JSON.parse(reexport.text).exportedAt));

    // The full-page view shows the same list as a table.
    const full = await fresh.openExtensionPage('vocabulary.html');
    await poll(() => full.locator('table tbody tr').count()).toBe(3);
  });

  it('lists the learned policy glossary, searchable, and saves an entry from it', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await poll(() => rowTerms(popup).then((t) => t.length)).toBe(3);
    await popup.getByRole('tab', { name: 'Saved' }).press('ArrowRight');
    await poll(() => popup.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe('true');
    const count = popup.getByText(/^\d+ policy terms$/);
    await poll(() => count.isVisible()).toBe(true);
    expect(Number.parseInt((await count.textContent()) ?? '0', 10)).toBeGreaterThan(0);
    const first = popup.locator('li.glossary-entry').first();
    const term = (await first.getAttribute('data-term')) ?? '';
    const pinyin = (await first.locator('.pinyin').textContent()) ?? '';
    // Toneless, run-together pinyin finds the entry.
    const toneless = pinyin.normalize('NFD').replace(/[\u0300-\u036f\s]/g, '');
    await popup.getByRole('searchbox', { name: 'Search the policy glossary' }).fill(toneless);
    await poll(() => popup.locator('li.glossary-entry .term').allTextContents()).toContain(term);
    await popup.getByRole('button', { name: `Save ${term}`, exact: true }).click();
    await poll(() => popup.getByRole('button', { name: `${term} is saved` }).isVisible()).toBe(true);
    await popup.getByRole('tab', { name: 'Saved' }).click();
    await poll(() => rowTerms(popup)).toContain(term);
  });
});
