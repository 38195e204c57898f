/**
 * A web page cannot reach Tanci: from the page's own JavaScript (its main world) it tries the extension
 * APIs, window messages, DOM events and synthetic input, and nothing answers, nothing is saved, and the
 * page's window gains no property. Also proves the harness's automatic network check fires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { storedRecords } from './page-isolation-helpers';
import { highlighted, hoverWord } from './reading-helpers';

const POLL = { timeout: 30_000 };

describe('a web page cannot reach Tanci', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('has no channel a page can call: runtime, window messages, DOM events, synthetic input', async () => {
    const page = await h.context.newPage();
    // Before any content script: the window's own names, and a log of every message the page receives.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const names = Object.getOwnPropertyNames(window);
      const log: unknown[] = [];
      window.addEventListener('message', (e) => log.push(e.data));
      Object.defineProperty(window, '__probe', { value: { names, log }, enumerable: false });
      w.__probe = w.__probe ?? { names, log };
    });
    await page.goto(`${h.baseUrl}/article.html`);
    await expect.poll(() => highlighted(page, 'tanci-policy', '#p1'), POLL).toContain('两高');

    const attempts = await page.evaluate(async (extensionId) => {
      const tried: string[] = [];
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
      const runtime = w.chrome?.runtime;
      tried.push(`chrome.runtime: ${typeof runtime}`);
      // Without externally_connectable Chrome gives pages no runtime at all; try anyway if it exists.
      if (runtime && typeof runtime.sendMessage === 'function') {
        tried.push(
          await new Promise<string>((resolve) => {
            try {
              (runtime.sendMessage as (...a: unknown[]) => void)(
                extensionId,
                { id: 1, type: 'saveTerm', data: {}, timestamp: Date.now() },
                (r: unknown) => resolve(`reply ${JSON.stringify(r)}`),
              );
            } catch (e) {
              resolve(`threw ${String(e)}`);
            }
          }),
        );
      }
      const save = {
        term: '两高',
        pinyin: 'liǎng gāo',
        english: 'forged',
        sentence: 'forged by the page',
        pageTitle: 'evil',
        url: location.href,
      };
      const payloads: unknown[] = [
        { id: 1, type: 'saveTerm', data: save, timestamp: Date.now() },
        { type: 'saveTerm', data: save },
        { id: 1, type: 'lookup', data: { words: ['两高'] } },
        { type: 'getPageSite', data: {}, timestamp: Date.now() },
        { type: 'showLookup', data: { text: '两高' }, timestamp: Date.now() },
        {
          type: `${extensionId}:reader:wxt:content-script-started`,
          contentScriptName: 'reader',
          messageId: 'x',
        },
        'saveTerm',
      ];
      for (const p of payloads) window.postMessage(p, '*');
      for (const name of [
        'saveTerm',
        'tanci:save',
        'tanci-save',
        'tanci',
        'showLookup',
        'wxt:locationchange',
      ]) {
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(new CustomEvent(name, { detail: save, bubbles: true }));
        }
      }
      // Synthetic input (isTrusted false) aimed at a word, then the popup's save key.
      const p1 = document.querySelector('#p1')?.firstChild as Text;
      const range = document.createRange();
      const at = p1.data.indexOf('遏制');
      range.setStart(p1, at);
      range.setEnd(p1, at + 2);
      const r = range.getBoundingClientRect();
      const point = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true };
      for (const type of ['pointermove', 'mousemove', 'pointerover', 'click']) {
        p1.parentElement?.dispatchEvent(new PointerEvent(type, { ...point, pointerType: 'mouse' }));
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const popup = document.querySelector('tanci-popup');
      tried.push(
        `popup after synthetic hover: ${popup?.shadowRoot?.querySelector('[role=dialog]')?.textContent?.slice(0, 40) ?? 'none'}`,
      );
      for (const key of ['s', 'S', 'Enter']) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      }
      // Whatever popup host exists: press its Save button from page script.
      for (const el of document.querySelectorAll('*')) {
        for (const b of el.shadowRoot?.querySelectorAll('button') ?? []) (b as HTMLButtonElement).click();
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return tried;
    }, h.extensionId);
    expect(attempts).toEqual(['chrome.runtime: undefined', 'popup after synthetic hover: none']);

    // Nothing saved, nothing answered, the page's window unchanged, Tanci still reading.
    expect(await storedRecords(await h.serviceWorker())).toEqual([]);
    const seen = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: { names: string[]; log: unknown[] } }).__probe;
      const added = Object.getOwnPropertyNames(window).filter(
        (n) => !probe.names.includes(n) && n !== '__probe',
      );
      return { added, log: probe.log.map((m) => JSON.stringify(m)) };
    });
    expect(seen.added).toEqual([]);
    expect(seen.log).toHaveLength(7);
    // Only the page's own posts arrived: Tanci posted nothing that would reveal its id to the page.
    expect(seen.log.filter((m) => m.includes(h.extensionId))).toHaveLength(1);
    expect(await highlighted(page, 'tanci-policy', '#p1')).toContain('两高');

    // WXT's "a newer copy of this content script started" event, which a page that knows the extension
    // id (public for store installs) can fake: Tanci keeps reading.
    await page.evaluate((id) => {
      const detail = { contentScriptName: 'reader', messageId: 'page' };
      document.dispatchEvent(new CustomEvent(`${id}:reader:wxt:content-script-started`, { detail }));
    }, h.extensionId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await highlighted(page, 'tanci-policy', '#p1')).toContain('两高');
    await hoverWord(page, '#p1', '两高');
    await page.getByRole('dialog', { name: '两高' }).waitFor();
    await page.close();
  }, 90_000);

  it('a corrupt import in the popup changes nothing and says what is wrong', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.evaluate(async () => {
      for (const [i, term] of ['两高', '双控'].entries()) {
        const data = {
          term,
          pinyin: '',
          english: '',
          sentence: `句${i}`,
          pageTitle: 't',
          url: 'http://127.0.0.1/',
        };
        await chrome.runtime.sendMessage({ id: i, type: 'saveTerm', data, timestamp: Date.now() });
      }
    });
    await popup.reload();
    const rows = () => popup.locator('li.term-row .term').allTextContents();
    await expect.poll(rows, POLL).toEqual(['双控', '两高']);
    const before = await storedRecords(popup);
    const header =
      'Term,Pinyin,English,Category,Glossary ID,Tags,Note,Created,Updated,Sentence,Page title,URL,Saved at';
    const files: [string, string, RegExp][] = [
      ['backup.json', '{"format":"tanci-vocab","version":1,"terms":[{"term":"碳', /not valid JSON/],
      ['list.csv', `${header}\r\n碳汇,tàn huì,"carbon si`, /CSV (line|row) \d+/],
      ['list.csv', 'Word,Meaning\r\n碳汇,carbon sink\r\n', /column/i],
    ];
    const input = popup.getByLabel('Import a Tanci JSON backup or CSV export');
    for (const [name, text, says] of files) {
      await input.setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      const message = popup.getByTestId('review-message');
      await expect.poll(() => message.textContent(), POLL).toMatch(says);
      expect(await message.textContent()).toMatch(
        new RegExp(`${name} was not imported.*Nothing was changed`),
      );
      expect(await rows()).toEqual(['双控', '两高']);
      expect(await storedRecords(popup)).toEqual(before);
    }
    await popup.close();
  }, 60_000);

  it('fails a test automatically when a request leaves 127.0.0.1', async () => {
    const other = await launchHarness();
    const page = await other.openFixture('english.html');
    await page.evaluate(() => fetch('http://tanci-leak.example/').catch(() => undefined));
    await expect(other.close()).rejects.toThrow(/leave 127\.0\.0\.1[\s\S]*tanci-leak\.example/);
  }, 60_000);
});
