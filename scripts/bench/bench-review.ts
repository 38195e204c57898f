/**
 * Review benchmark in Chromium, through the built extension (npm run bench:review).
 * Measures the toolbar popup page (popup.html) with 10,000 saved terms against the same page with none,
 * in the same browser process:
 *  - first screen: time from navigation to the first page of saved terms on screen (performance mark
 *    `tanci:first-screen`), and to every term loaded for search (`tanci:all-loaded`);
 *  - search: from typing a query into the search box to the list repainted (next frame), for toneless,
 *    spaced and tone-marked pinyin, characters, English and a query with no match;
 *  - the baseline: a trivial extension page (written into the build for this run) opened just before each
 *    popup, timed to the same mark; the first screen is reported absolute and as the delta over it;
 *  - the JSON import of the 10,000 terms (how they get in).
 *  - the Review tab (issue 19): grade to the next card painted, with 10,000 cards in the queue.
 * Targets (issue 7): first screen ≤ 200 ms and search ≤ 50 ms with 10,000 terms; (issue 19) next card
 * ≤ 50 ms; the This page tab on a 100,000-character page ≤ 200 ms (this-page-bench.ts). The last line is a
 * JSON summary for comparing runs. Set TANCI_BENCH_NO_BUILD=1 to reuse the build in $TANCI_OUT_DIR (default
 * .output)/chrome-mv3. Needs no data from ../shared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Page } from 'playwright-core';
import { toJsonBackup } from '../../core/export/json';
import type { SavedTerm } from '../../core/export/types';
import { type Harness, launchHarness } from '../../test/e2e/harness';
import { extensionDir, root } from '../../test/e2e/paths';
import { measureCardReview } from './card-review-bench';
import { benchThisPage, thisPageRows } from './this-page-bench';

const TERMS = 10_000;
const RUNS = 7;
const TYPED = 'typing t-a-n-z-h-o-n-g-h-e (per key)';
const QUERIES = ['tanzhonghe', 'tan zhong he', 'tàn zhōng hé', '碳', 'carbon', 'shuang', 'qqqqxx'];

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
const max = (v: number[]) => Math.max(...v);
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** A deterministic pseudo-random source, so every run measures the same list. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CHARS =
  '碳中和达峰双控能耗排放绿色低发展生态环境保护污染治理气候变化新能源电力煤炭节约资源循环经济市场交易标准体系政策监管';
const REAL = [
  ['碳中和', 'carbon neutrality'],
  ['碳达峰', 'carbon peaking'],
  ['双控', 'dual control'],
  ['两高', 'energy-intensive and high-emission'],
];

function makeTerms(n: number): SavedTerm[] {
  const rand = prng(7);
  const pick = () => CHARS.charAt(Math.floor(rand() * CHARS.length));
  const seen = new Set<string>();
  const out: SavedTerm[] = [];
  const t0 = Date.UTC(2026, 0, 1);
  while (out.length < n) {
    const real = out.length < REAL.length ? REAL[out.length] : undefined;
    const term = real?.[0] ?? Array.from({ length: 2 + Math.floor(rand() * 3) }, pick).join('');
    if (seen.has(term)) continue;
    seen.add(term);
    const i = out.length;
    const savedAt = t0 + i * 60_000;
    const contexts = Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      sentence: `坚持${term}与${pick()}${pick()}协同推进，${pick()}${pick()}${pick()}工作取得积极进展。`,
      pageTitle: `关于推进${term}工作的通知（第${k + 1}号）`,
      url: `https://site${i % 40}.example.cn/news/${i}-${k}.html`,
      savedAt: savedAt + k,
    }));
    out.push({
      term,
      pinyin: pinyin(term),
      english: real?.[1] ?? `policy term ${i}, carbon-related`,
      category: ['', 'target', 'mechanism', 'abbreviation'][i % 4] ?? '',
      glossaryId: '',
      tags: i % 10 === 0 ? ['week 1'] : [],
      note: i % 25 === 0 ? 'remember this one' : '',
      createdAt: savedAt,
      updatedAt: savedAt + 2,
      contexts,
    });
  }
  return out;
}

// The page functions are strings: tsx would wrap named functions in a helper the page does not have.
const FIRST_SCREEN = `(async () => {
  const at = (name) => new Promise((resolve) => {
    const poll = () => {
      const [e] = performance.getEntriesByName(name);
      if (e) resolve(e.startTime); else requestAnimationFrame(poll);
    };
    poll();
  });
  return { first: await at('tanci:first-screen'), all: await at('tanci:all-loaded') };
})()`;

/** Opens the popup page in a new tab, as clicking the toolbar button opens a new popup each time. */
async function firstScreen(h: Harness): Promise<{ first: number; all: number }> {
  const page = await h.openExtensionPage('popup.html');
  try {
    return await page.evaluate(FIRST_SCREEN);
  } finally {
    await page.close();
  }
}

/** Types a query the way an input event delivers it and waits for the next painted frame. */
async function searchOnce(page: Page, query: string): Promise<number> {
  return page.evaluate(`(async () => {
    const box = document.querySelector('input[aria-label="Search saved terms"]');
    if (!box) throw new Error('no search box');
    const t0 = performance.now();
    box.value = ${JSON.stringify(query)};
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`);
}

async function searchTimes(page: Page): Promise<Map<string, number[]>> {
  await page.bringToFront();
  const times = new Map<string, number[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      const t = await searchOnce(page, q);
      times.set(q, [...(times.get(q) ?? []), t]);
      await searchOnce(page, '');
    }
    // Typing: one keystroke at a time, each measured to its repaint.
    const word = 'tanzhonghe';
    for (let i = 1; i <= word.length; i++) {
      const t = await searchOnce(page, word.slice(0, i));
      times.set(TYPED, [...(times.get(TYPED) ?? []), t]);
    }
    await searchOnce(page, '');
  }
  return times;
}

/**
 * A trivial extension page, written into the build for this run only: a heading and a 1-line module
 * script that sets the same mark as the popup, the same way (after the next painted frame, as Preact's
 * useEffect runs). What any extension page costs on this machine right now; the popup's first screen is
 * reported as its delta over this page, measured in the same round.
 */
function writeTrivialPage(): void {
  writeFileSync(
    join(extensionDir, 'bench-trivial.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Tanci</title>' +
      '<script type="module" src="/bench-trivial.js"></script></head><body><h1>Tanci 碳词</h1></body></html>',
  );
  writeFileSync(
    join(extensionDir, 'bench-trivial.js'),
    "requestAnimationFrame(() => setTimeout(() => performance.mark('tanci:first-screen'), 0));\n",
  );
}

async function pageBaseline(h: Harness): Promise<number> {
  const page = await h.openExtensionPage('bench-trivial.html');
  try {
    return await page.evaluate<number>(`new Promise((resolve) => {
    const poll = () => {
      const [e] = performance.getEntriesByName('tanci:first-screen');
      if (e) resolve(e.startTime); else requestAnimationFrame(poll);
    };
    poll();
  })`);
  } finally {
    await page.close();
  }
}

/** First screens with no other extension page open (extension pages share one renderer), then searches. */
async function measure(h: Harness) {
  const loads = [];
  const baseline = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await pageBaseline(h));
    loads.push(await firstScreen(h));
  }
  const page = await h.openExtensionPage('popup.html');
  await page.evaluate(FIRST_SCREEN);
  const search = await searchTimes(page);
  const rows = await page.locator('li.term-row').count();
  await page.close();
  return { baseline, first: loads.map((l) => l.first), all: loads.map((l) => l.all), search, rows };
}

if (process.env.TANCI_BENCH_NO_BUILD !== '1') {
  execFileSync('npm', ['run', 'build:chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const dir = mkdtempSync(join(tmpdir(), 'tanci-bench-review-'));
const file = join(dir, 'backup.json');
writeFileSync(file, toJsonBackup(makeTerms(TERMS), new Date()));

writeTrivialPage();
const h = await launchHarness();
try {
  await firstScreen(h); // warm the browser's caches for the page's own files
  const empty = await measure(h);

  const popup = await h.openExtensionPage('popup.html');
  const t0 = Date.now();
  await popup.getByLabel('Import a Tanci JSON backup or CSV export').setInputFiles(file);
  await popup.getByText(`${TERMS} new`, { exact: false }).waitFor({ timeout: 120_000 });
  const importMs = Date.now() - t0;
  await popup.close();
  const full = await measure(h);
  const rows = full.rows;
  const thisPage = await benchThisPage(h);
  const cards = await measureCardReview(h, 30);

  const cols = (a: string, b: string, c: string, d: string, e: string) =>
    `${a.padEnd(40)} ${b.padStart(10)} ${c.padStart(10)} ${d.padStart(10)} ${e.padStart(8)}`;
  const verdict = (v: number, target: number) => (v <= target ? `within ${target} ms` : `OVER ${target} ms`);
  console.log(`Review popup in Chromium, ${RUNS} runs each: medians (and the slowest 10k run).`);
  console.log(
    `Load average now: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores.\n`,
  );
  // Paired by round: each first screen minus the trivial page opened just before it.
  const deltas = (m: { baseline: number[]; first: number[] }) =>
    m.first.map((f, i) => f - (m.baseline[i] ?? 0));
  const base = median(full.baseline);
  console.log(cols('', 'trivial', 'popup', 'popup max', 'ratio'));
  console.log(
    cols('trivial extension page, first frame', ms(median(empty.baseline)), '', '', '(0 terms run)'),
  );
  console.log(cols('trivial extension page, first frame', ms(base), '', '', '(10k run)'));
  console.log(
    `${cols('first screen, no saved terms', ms(median(empty.baseline)), ms(median(empty.first)), ms(max(empty.first)), `${(median(empty.first) / median(empty.baseline)).toFixed(2)}×`)}   delta ${ms(median(deltas(empty)))}`,
  );
  console.log(
    `${cols('first screen, 10,000 terms', ms(base), ms(median(full.first)), ms(max(full.first)), `${(median(full.first) / base).toFixed(2)}×`)}   delta ${ms(median(deltas(full)))}   ${verdict(median(full.first), 200)}`,
  );
  console.log(
    `${cols('every term loaded (search-ready)', ms(base), ms(median(full.all)), ms(max(full.all)), `${(median(full.all) / base).toFixed(2)}×`)}`,
  );
  console.log(`\n${cols('search, input to repainted list', '0 terms', '10k terms', '10k max', 'ratio')}`);
  for (const q of [...QUERIES, TYPED]) {
    const b0 = median(empty.search.get(q) ?? []);
    const big = full.search.get(q) ?? [];
    console.log(
      `${cols(q === TYPED ? q : JSON.stringify(q), ms(b0), ms(median(big)), ms(max(big)), `${(median(big) / b0).toFixed(2)}×`)}   ${verdict(median(big), 50)}`,
    );
  }
  console.log(`\nRows in the DOM with ${TERMS} terms: ${rows} (paged).`);
  console.log(`Import of the ${TERMS}-term JSON backup through the popup: ${importMs} ms.`);
  console.log(`\n${thisPageRows(thisPage).join('\n')}`);
  console.log(
    `Review tab with ${TERMS} cards: first card ${ms(cards.open)} after navigation; grade (Good) to the next card painted: median ${ms(median(cards.next))}, max ${ms(max(cards.next))} over ${cards.next.length} grades   ${verdict(median(cards.next), 50)}`,
  );
  const searchMedians = [...QUERIES, TYPED].map((q) => median(full.search.get(q) ?? []));
  const summary = {
    firstScreen: median(full.first),
    trivialPage: base,
    delta: median(deltas(full)),
    emptyDelta: median(deltas(empty)),
    allLoaded: median(full.all),
    searchWorst: Math.max(...searchMedians),
    reviewNextCard: median(cards.next),
    load: loadavg()[0],
  };
  console.log(`summary ${JSON.stringify(summary)}`);
} finally {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
}
