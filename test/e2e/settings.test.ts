import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, tabIdOf } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord, POLL, serialisations, snapshotBeforeTanci } from './reading-helpers';

/** What the open word popup shows (null while none is shown). */
async function popupState(page: Page) {
  const dialog = popupOf(page).getByRole('dialog');
  if ((await dialog.count()) === 0) return null;
  return dialog.evaluate((root) => {
    const style = getComputedStyle(root);
    const t4 = root.querySelector('header .pinyin .t4');
    return {
      loading: !root.querySelector('.reading, .policy'),
      word: root.querySelector('h2')?.textContent ?? '',
      pinyin: root.querySelector('header .pinyin')?.textContent ?? '',
      traditional: root.querySelector('header .trad')?.textContent ?? null,
      background: style.backgroundColor,
      color: style.color,
      fontSize: style.fontSize,
      tone4: t4 ? getComputedStyle(t4).color : null,
    };
  });
}

/** Closes the popup and hovers `word` again (hoverWord closes it first), so it renders with the settings of now. */
async function reopen(page: Page, word: string) {
  await page.bringToFront();
  await hoverWord(page, '#p1', word);
  await popupOf(page).getByRole('dialog', { name: word }).waitFor();
  // Wait for the dictionary's answer: the traditional form comes with it.
  await expect.poll(async () => (await popupState(page))?.loading, POLL).toBe(false);
  return popupState(page);
}

/** Changes a setting on the options page, then checks the open fixture page until it shows `expected`. */
async function expectOnPage<T>(change: () => Promise<unknown>, read: () => Promise<T>, expected: T) {
  await change();
  await expect.poll(read, POLL).toEqual(expected);
}

describe('settings', () => {
  let h: Harness;
  let page: Page;
  let options: Page;

  beforeAll(async () => {
    h = await launchHarness();
    page = await h.context.newPage();
    await snapshotBeforeTanci(page);
    await page.goto(`${h.baseUrl}/article.html`);
    await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
    options = await h.openExtensionPage('options.html');
    await options.locator('main[data-loaded="true"]').waitFor();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('applies every popup and mark setting to an open page without reloading it', async () => {
    await expect.poll(() => highlighted(page, 'tanci-policy', '#p1'), POLL).toContain('两高');
    const first = await reopen(page, '项目');
    expect(first).toMatchObject({ word: '项目', pinyin: 'xiàng mù', traditional: '項目', fontSize: '14px' });
    expect(first?.tone4).toBe('rgb(163, 48, 110)'); // the default, colour-blind-safe scheme

    const popup = async () => (await reopen(page, '项目'))?.pinyin;
    await expectOnPage(
      () => options.getByRole('radio', { name: /Tone numbers/ }).check(),
      popup,
      'xiang4 mu4',
    );
    await expectOnPage(() => options.getByRole('radio', { name: /Zhuyin/ }).check(), popup, 'ㄒㄧㄤˋ ㄇㄨˋ');

    const tone4 = async () => (await reopen(page, '项目'))?.tone4;
    await expectOnPage(
      () => options.getByRole('radio', { name: /Pleco/ }).check(),
      tone4,
      'rgb(138, 0, 181)',
    );
    await options.getByRole('radio', { name: 'Off', exact: true }).check();
    await expect
      .poll(async () => {
        const s = await reopen(page, '项目');
        return s?.tone4 === s?.color;
      }, POLL)
      .toBe(true);

    const trad = async () => (await reopen(page, '项目'))?.traditional;
    await expectOnPage(() => options.getByLabel('Show traditional characters').uncheck(), trad, null);

    const background = async () => (await reopen(page, '项目'))?.background;
    await expectOnPage(
      () => options.getByRole('radio', { name: 'Dark' }).check(),
      background,
      'rgb(31, 36, 39)',
    );
    await expectOnPage(
      () => options.getByRole('radio', { name: 'Light' }).check(),
      background,
      'rgb(255, 253, 248)',
    );

    const size = async () => (await reopen(page, '项目'))?.fontSize;
    await expectOnPage(() => options.locator('[data-setting="fontSize"] input').fill('20'), size, '20px');

    await page.keyboard.press('Escape');
    const policyMarks = async () => (await highlighted(page, 'tanci-policy', '#p1')).includes('两高');
    await expectOnPage(() => options.getByLabel('Mark policy terms').uncheck(), policyMarks, false);
    await expectOnPage(() => options.getByLabel('Mark policy terms').check(), policyMarks, true);

    // Trigger "hold Shift": pressing Shift over a word opens it (that a bare hover does not is a unit test).
    await options.getByRole('radio', { name: /holding Shift/ }).check();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await hoverWord(page, '#p1', '项目');
    await page.keyboard.down('Shift');
    await expect.poll(async () => (await popupState(page))?.word ?? null, POLL).toBe('项目');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    await options.getByRole('radio', { name: /When the pointer rests/ }).check();

    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(
      true,
    );
  });

  it('puts inline pinyin over the page, copies Chinese only, and restores the exact DOM when turned off', async () => {
    const rubies = () => page.locator('ruby[data-tanci-ruby]').count();
    await options.bringToFront();
    await options.getByRole('radio', { name: /Tone marks/ }).check();
    await options.getByLabel('Show pinyin above Chinese text').check();
    await expect.poll(rubies, POLL).toBeGreaterThan(20);
    const reading = await page.locator('#p4 ruby[data-tanci-ruby] rt').first().textContent();
    expect(reading).toMatch(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+$/);

    const copied = await page.evaluate(() => {
      const p = document.querySelector('#p4') as HTMLElement;
      getSelection()?.selectAllChildren(p);
      const data = new DataTransfer();
      document.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      getSelection()?.removeAllRanges();
      return data.getData('text/plain');
    });
    expect(copied).toBe(
      '孟玮介绍说，目前，国家发展改革委正在会同有关部门，抓紧制定完善碳达峰碳中和“1+N”政策体系。',
    );

    await options.getByLabel('Show pinyin above Chinese text').uncheck();
    await expect.poll(rubies, POLL).toBe(0);
    const { before, now } = await serialisations(page);
    expect(now).toBe(before);
  });

  it('answers the context menu: the selection with its sentence, saved, and the popup on it', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      const p = document.querySelector('#p2') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('双控');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 2);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const tabId = await tabIdOf(h, page);
    const worker = await h.serviceWorker();
    // A native menu cannot be clicked from a test, and the worker ships no test hook: the worker sends the
    // frame the two messages the menu's handler sends (background/handlers/context-menu.ts, whose click ->
    // message -> save logic test/unit/background/handlers/context-menu.test.ts covers).
    const ask = (type: string, data: object) =>
      worker.evaluate(
        ([tabId, type, data]) =>
          chrome.tabs.sendMessage(tabId, { id: 1, type, data, timestamp: Date.now() }, { frameId: 0 }),
        [tabId, type, data] as const,
      ) as Promise<{
        res?: { text: string; sentence: string; pageTitle: string; url: string; shown?: boolean };
      }>;
    const context = (await ask('getSelectionContext', {})).res;
    expect(context?.text).toBe('双控');
    expect(context?.sentence).toContain('能耗“双控”落实不力');
    expect(context?.url).toBe(page.url());
    // Saved as the handler saves it: through the worker's checked saveTerm handler.
    await options.evaluate(
      (c) =>
        chrome.runtime.sendMessage({
          id: 1,
          type: 'saveTerm',
          data: {
            term: c.text,
            pinyin: '',
            english: '',
            sentence: c.sentence,
            pageTitle: c.pageTitle,
            url: c.url,
          },
          timestamp: Date.now(),
        }),
      context as NonNullable<typeof context>,
    );
    const saved = await options.evaluate(
      () =>
        new Promise<{ term: string; contexts: { sentence: string; url: string }[] }[]>((resolve, reject) => {
          const open = indexedDB.open('tanci-vocab');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('terms').objectStore('terms').getAll();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    const term = saved.find((t) => t.term === '双控');
    expect(term?.contexts[0]?.sentence).toContain('能耗“双控”落实不力');
    expect(term?.contexts[0]?.url).toBe(page.url());

    await page.keyboard.press('Escape');
    expect((await ask('showLookup', { text: '双控' })).res?.shown).toBe(true);
    const dialog = popupOf(page).getByRole('dialog', { name: '双控' });
    await dialog.waitFor();

    // Read aloud: with no Chinese voice on the machine (headless Chromium has none) there is no speaker
    // button; the options page's Read aloud section says why.
    const zhVoices = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const count = () => speechSynthesis.getVoices().filter((v) => /^(zh|cmn)/i.test(v.lang)).length;
          if (speechSynthesis.getVoices().length > 0) resolve(count());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(count()));
          setTimeout(() => resolve(count()), 2_000);
        }),
    );
    const speaker = dialog.getByRole('button', { name: 'Read aloud', exact: true });
    if (zhVoices === 0) await expect.poll(() => speaker.count(), POLL).toBe(0);
    else await speaker.click();
  });
});

describe('settings across a restart, and the interface in Chinese', () => {
  it('keeps settings in the profile and follows a zh-CN browser', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'tanci-e2e-restart-'));
    try {
      const first = await launchHarness({ profileDir });
      const options = await first.openExtensionPage('options.html');
      await options.locator('main[data-loaded="true"]').waitFor();
      await options.getByRole('radio', { name: /Zhuyin/ }).check();
      await options.getByRole('radio', { name: 'Dark' }).check();
      await options.getByRole('textbox', { name: /^Site/ }).fill('www.mee.gov.cn');
      await options.getByRole('button', { name: 'Add' }).click();
      await options.getByText('www.mee.gov.cn', { exact: true }).waitFor();
      const worker = await first.serviceWorker();
      await expect
        .poll(() =>
          worker.evaluate(
            async () =>
              ((await chrome.storage.local.get('settings')).settings as { theme?: string } | undefined)
                ?.theme,
          ),
        )
        .toBe('dark');
      await first.close();

      const second = await launchHarness({ profileDir, locale: 'zh-CN' });
      const zh = await second.openExtensionPage('options.html');
      await zh.locator('main[data-loaded="true"]').waitFor();
      expect(await (await second.serviceWorker()).evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^zh/);
      expect(await zh.getByRole('heading', { level: 1 }).textContent()).toBe('碳词设置');
      expect(await zh.title()).toBe('碳词设置');
      expect(await zh.getByRole('radio', { name: /注音符号/ }).isChecked()).toBe(true);
      expect(await zh.getByRole('radio', { name: '深色' }).isChecked()).toBe(true);
      await zh.getByText('www.mee.gov.cn', { exact: true }).waitFor();
      // The toolbar popup speaks Chinese too.
      const popup = await second.openExtensionPage('popup.html');
      await popup.getByRole('tab', { name: '已保存' }).waitFor();
      await popup.getByRole('searchbox', { name: '搜索已保存的词' }).waitFor();
      await popup.getByText('还没有保存的词。').waitFor();
      await popup.getByRole('link', { name: '在整页中打开' }).waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
      // So does the vocabulary page, down to its window title and lang (index.html says English).
      const full = await second.openExtensionPage('vocabulary.html');
      await full.getByRole('heading', { level: 1, name: '碳词 — 词汇' }).waitFor();
      expect(await full.title()).toBe('碳词 — 已保存的词与政策词汇表');
      expect(await full.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
      await second.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
