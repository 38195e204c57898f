/**
 * The This page tab on a 100,000-character page (issue 19: opens in ≤ 200 ms), against the same tab on a
 * short page in the same browser: from the tab's click to its table painted. The page is built from the
 * seed corpus's laws (seeds/corpus/laws, shipped in the repository), each paragraph numbered so none repeats.
 * Run alone with `tsx scripts/bench/this-page-bench.ts` (after `npm run build:chrome`), or within bench:review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Harness, launchHarness, tabIdOf } from '../../test/e2e/harness';
import { root } from '../../test/e2e/paths';

export const THIS_PAGE_CHARS = 100_000;
const RUNS = 7;

/** A page of `chars` characters of Chinese law text, in numbered paragraphs. */
export function bigPolicyPage(chars: number = THIS_PAGE_CHARS): string {
  const dir = join(root, 'seeds/corpus/laws');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCE.md')
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .map((l) => l.replace(/[#*<>&]/g, '').trim())
    .filter((l) => l.length > 20);
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const text = `第${i + 1}段 ${lines[i % lines.length] ?? ''}`.slice(0, chars - total);
    paragraphs.push(`<p>${text}</p>`);
    total += text.length;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>十万字</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

/** Scrolls the page to its end and back, and waits until the background's count of its words stops growing. */
async function readWholePage(page: Page, ext: Page, tabId: number): Promise<number> {
  await page.evaluate(`(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 250));
    }
    scrollTo(0, 0);
  })()`);
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const total = await ext.evaluate<number, number>(
      async (tab) =>
        (
          await chrome.runtime.sendMessage({
            id: 1,
            type: 'getPageVocabulary',
            data: { tabId: tab },
            timestamp: Date.now(),
          })
        ).res.total,
      tabId,
    );
    if (total > 0 && total === last) return total;
    last = total;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return last;
}

/** Clicks This page in a fresh toolbar popup page and times it to the table painted. */
async function openTabOnce(h: Harness, tabId: number): Promise<number> {
  const ext = await h.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    await ext.getByRole('tab', { name: 'This page' }).waitFor();
    return await ext.evaluate(`(async () => {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === 'This page');
      const t0 = performance.now();
      tab.click();
      await new Promise((resolve) => {
        const poll = () => (document.querySelector('[data-testid="page-vocabulary"] tbody tr') ? resolve() : requestAnimationFrame(poll));
        poll();
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    })()`);
  } finally {
    await ext.close();
  }
}

export async function benchThisPage(h: Harness) {
  await h.context.route(`${h.baseUrl}/bench-this-page.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bigPolicyPage() }),
  );
  const result: Record<'small' | 'big', { times: number[]; words: number }> = {
    small: { times: [], words: 0 },
    big: { times: [], words: 0 },
  };
  for (const [kind, url] of [
    ['small', `${h.baseUrl}/chinese.html`],
    ['big', `${h.baseUrl}/bench-this-page.html`],
  ] as const) {
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, page);
    const ext = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    result[kind].words = await readWholePage(page, ext, tabId);
    await ext.close();
    await openTabOnce(h, tabId); // warm the page's own files
    for (let i = 0; i < RUNS; i++) result[kind].times.push(await openTabOnce(h, tabId));
    await page.close();
  }
  return result;
}

export function thisPageRows(r: Awaited<ReturnType<typeof benchThisPage>>): string[] {
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  const small = median(r.small.times);
  const big = median(r.big.times);
  return [
    `This page tab, click to table painted (${RUNS} runs, medians):`,
    `  short page (${r.small.words} words read)            ${small.toFixed(1)} ms`,
    `  ${THIS_PAGE_CHARS.toLocaleString('en')}-character page (${r.big.words} words read)   ${big.toFixed(1)} ms (max ${Math.max(...r.big.times).toFixed(1)} ms)   ${(big / small).toFixed(2)}× the short page   ${big <= 200 ? 'within 200 ms' : 'OVER 200 ms'}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const h = await launchHarness();
  try {
    for (const line of thisPageRows(await benchThisPage(h))) console.log(line);
  } finally {
    await h.close();
  }
}
