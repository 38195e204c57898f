/**
 * Issue 9, "hostile text is only text": a page whose Chinese sentences carry markup, script-breaking
 * strings, javascript: URLs, direction overrides, zero-width characters, lone surrogates and formula
 * prefixes (test/fixtures/pages/hostile-text.html). Each sentence is hovered and saved; the popup, the
 * review list and every export must show it as text, and nothing may run: the page's flag
 * (window.__pwned, its title) stays untouched, extension pages get no such global, and no dialog opens.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { popupOf } from './popup-driver';
import { hoverWord } from './reading-helpers';

const POLL = { timeout: 20_000 };

/** The paragraph of each hostile sentence, and the word hovered in it. */
const TARGETS: [string, string][] = [
  ['#p1', '两高'],
  ['#p2', '碳达峰'],
  ['#p3', '双控'],
  ['#p4', '碳中和'],
  ['#p5', '先立后破'],
  ['#p6', '网格化'],
  ['#p7', '污染'],
];

/** The hostile pieces the fixture carries: each must come through every surface as text. */
const HOSTILE = [
  '<img src=x onerror="alert(window.__pwned=1)">',
  '=HYPERLINK("javascript:pwn()","点")',
  '</script><script>pwn()</script>',
  '<a href="javascript:pwn()">',
  '<svg onload="pwn()">',
  '\u202E',
  '\u202C',
  '\u200B\u200D',
  // U+FEFF too (JavaScript counts it as white space, so the saved sentence has a plain space there).
  "{{constructor.constructor('pwn()')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, a plain string on purpose
  '${pwn()}',
  '\uD800',
  '\uDFFF',
  '<b onmouseover="pwn()">',
  '<iframe src="javascript:pwn()"></iframe>',
  "=cmd|' /C calc'+A0",
  '+推进',
  '-落实',
  '@实现',
  '@SUM(1+1)',
  '<img src=x onerror=alert(window.__pwned=1)>',
];

const wellFormed = (s: string) => s.toWellFormed();

async function exportFile(page: Page, label: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** Nothing from the payloads became an element or ran, in this document. */
function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    elements: document.querySelectorAll(
      '[onerror], [onload], [onmouseover], a[href^="javascript:"], iframe[src^="javascript:"]',
    ).length,
  }));
}

describe('hostile page text is only text', () => {
  let h: Harness;
  const dialogs: string[] = [];
  beforeAll(async () => {
    h = await launchHarness();
    const watch = (p: Page) => p.on('dialog', (d) => void dialogs.push(`${p.url()}: ${d.message()}`));
    h.context.on('page', watch);
    for (const p of h.context.pages()) watch(p);
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('shows, saves, lists and exports hostile sentences as text, and nothing runs', async () => {
    const page = await h.openFixture(
      'hostile-text.html?q=%3Cscript%3Epwn()%3C/script%3E&u=javascript:pwn()#%3Cimg%20src=x%20onerror=pwn()%3E',
    );
    const title = await page.title();
    expect(title.startsWith('@SUM(1+1)')).toBe(true);
    // Each sentence as the page holds it (one sentence per paragraph), as the popup saves it.
    // Strings cross from the page as JSON text: its \u escapes keep lone surrogates intact.
    const sentences = JSON.parse(
      await page.evaluate(
        (ids) => {
          const out: Record<string, string> = {};
          for (const id of ids) {
            out[id] = (document.querySelector(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
          }
          return JSON.stringify(out);
        },
        TARGETS.map(([id]) => id),
      ),
    ) as Record<string, string>;
    const pageText = Object.values(sentences).join('\n');
    for (const piece of HOSTILE.filter(
      (p) => !p.startsWith('@SUM') && !p.includes('alert(window.__pwned=1)>'),
    )) {
      expect(pageText, piece).toContain(piece);
    }
    const saved = new Map<string, string>();
    for (const [id, word] of TARGETS) {
      await hoverWord(page, id, word);
      // The popup of this word (named after the word read there, which may be longer than `word`), not
      // one opened on the way to it.
      const dialog = popupOf(page).getByRole('dialog', { name: word });
      await dialog.waitFor(POLL);
      const term = (await dialog.getAttribute('aria-label')) ?? '';
      expect(sentences[id]).toContain(term);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByRole('button', { name: 'Saved' }).waitFor();
      // The popup is Tanci's own DOM: only its own elements, never anything made from page text.
      const popupDom = await dialog.evaluate((el) => {
        const root = el.getRootNode() as ShadowRoot;
        return {
          tags: [...new Set([...root.querySelectorAll('*')].map((e) => e.tagName))].sort(),
          handlers: root.querySelectorAll('[onerror], [onload], [onmouseover], [href]').length,
        };
      });
      expect(popupDom.handlers).toBe(0);
      for (const tag of ['IMG', 'SCRIPT', 'IFRAME', 'A', 'OBJECT']) expect(popupDom.tags).not.toContain(tag);
      saved.set(term, sentences[id] as string);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', ...POLL });
    }
    expect(saved.size).toBe(TARGETS.length);
    expect(await injected(page)).toEqual({ pwned: 0, elements: 0 });
    expect(await page.title()).toBe(title);

    // The review list shows each sentence as plain text.
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('li.term-row').count(), POLL).toBe(saved.size);
    const rows = JSON.parse(
      await popup.locator('li.term-row').evaluateAll((lis) =>
        JSON.stringify(
          lis.map((li) => {
            const sentence = li.querySelector('.sentence');
            return {
              term: li.querySelector('.term')?.textContent ?? '',
              sentence: sentence?.textContent ?? '',
              children: sentence?.children.length ?? -1,
              source: li.querySelector('.source a')?.textContent ?? '',
            };
          }),
        ),
      ),
    ) as { term: string; sentence: string; children: number; source: string }[];
    for (const row of rows) {
      expect(row.sentence, row.term).toBe(saved.get(row.term));
      expect(row.children).toBe(0);
      expect(row.source).toBe(title);
    }
    expect(await injected(popup)).toEqual({ pwned: undefined, elements: 0 });

    // Every export: the JSON backup keeps the text exactly (lone surrogates as \u escapes).
    const json = JSON.parse(await exportFile(popup, 'Export JSON')) as {
      terms: { term: string; contexts: { sentence: string; pageTitle: string; url: string }[] }[];
    };
    const exported = json.terms
      .flatMap((t) => t.contexts.flatMap((c) => [c.sentence, c.pageTitle]))
      .join('\n');
    for (const piece of HOSTILE) expect(exported, JSON.stringify(piece)).toContain(piece);
    for (const t of json.terms) {
      expect(t.contexts[0]?.sentence, t.term).toBe(saved.get(t.term));
      expect(t.contexts[0]?.pageTitle).toBe(title);
      expect(t.contexts[0]?.url).toContain('hostile-text.html?q=%3Cscript%3E');
    }

    // CSV: every cell that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
    const csvText = await exportFile(popup, 'Export CSV');
    const csv = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = csv[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const body = csv.slice(1);
    expect(body).toHaveLength(saved.size);
    for (const row of body) {
      for (const cell of row) expect(cell, row.join(' | ')).not.toMatch(/^[=+\-@\t\r]/);
      const expected = wellFormed(saved.get(row[col('Term')] as string) ?? '?');
      const cell = row[col('Sentence')] as string;
      expect(/^[=+\-@\t\r]/.test(expected) ? `'${expected}` : expected).toBe(cell);
      expect(row[col('Page title')]).toBe(`'${title}`);
    }

    // Anki fields are HTML: the payloads arrive escaped; the only tags are Tanci's own <b>, <br> and links.
    const anki = await exportFile(popup, 'Export Anki');
    const tags = [...anki.matchAll(/<\/?([a-z]+)[^>]*>/gi)].map((m) => m[0]);
    for (const tag of tags)
      expect(tag).toMatch(/^(<b>|<\/b>|<br>|<a href="http:\/\/127\.0\.0\.1:\d+\/[^"<>]*">|<\/a>)$/);
    for (const piece of [
      '&lt;img src=x onerror=&quot;alert(window.__pwned=1)&quot;&gt;',
      '&lt;/script&gt;',
    ]) {
      expect(anki).toContain(piece);
    }

    // Pleco: plain text, one card per line; each sentence verbatim.
    const pleco = await exportFile(popup, 'Export Pleco');
    for (const [term, sentence] of saved) {
      const line = pleco.split('\n').find((l) => l.startsWith(`${term}\t`));
      expect(line, term).toContain(wellFormed(sentence));
    }
    for (const line of pleco.split('\n').filter(Boolean)) {
      expect(line.startsWith('//') ? /^\/\/Tanci\/[^/]+$/.test(line) : line.split('\t').length === 3).toBe(
        true,
      );
    }

    const glossaryPage = await h.openExtensionPage('vocabulary.html');
    await expect.poll(() => glossaryPage.locator('table tbody tr').count(), POLL).toBe(saved.size);
    expect(await injected(glossaryPage)).toEqual({ pwned: undefined, elements: 0 });
    const worker = await h.serviceWorker();
    expect(await worker.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();

    expect(await injected(page)).toEqual({ pwned: 0, elements: 0 });
    expect(await page.title()).toBe(title);
    expect(dialogs).toEqual([]);
    console.info(
      `hardening-hostile: ${HOSTILE.length} hostile inputs (in ${saved.size} saved sentences and the page ` +
        'title): verbatim in the review list, JSON, CSV (formula cells guarded) and Pleco, escaped in Anki; ' +
        'no element made from them in the page, popup, review or glossary page; no flag set, no dialog',
    );
  }, 180_000);
});
