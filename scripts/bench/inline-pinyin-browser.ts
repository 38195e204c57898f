// The `npm run bench:browser` row for inline pinyin (issue 15): on a ~200,000-character page, the longest
// main-thread task while inline pinyin is turned on, the reader scrolls down and it is turned off; the time
// from turning it on to the first ruby on screen; the time from turning it off to the last ruby gone.
// Beside the scroll: the same scroll with inline pinyin off, in the same browser between the runs (the
// baseline: what the page, Tanci's reading and a busy machine give without any ruby).
// Alone: npx tsx scripts/bench/inline-pinyin-browser.ts, or BENCH_ONLY=inline npx tsx scripts/bench/bench-browser.ts
// (needs the Chrome build and /usr/bin/chromium); BENCH_TRACE_DIR=dir keeps each phase's raw trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../lib/chromium-args';
import { startStaticServer } from '../lib/static-server';
import { benchPageHtml, seedPage } from './bench-pages';
import { LONG_TASK_MS, type LongTask } from './trace-long-tasks';
import { startTrace, stopTrace } from './trace-script-time';

export const INLINE_PINYIN_PAGE = 'chinese-200k.html';
const CHARS = 200_000;
const RUNS = Number(process.env.BENCH_INLINE_RUNS ?? 3);
/**
 * Tasks longer than one frame at 60 Hz are listed, not only long ones (over 50 ms): the row then says how far
 * under the budget the longest task stays, where "none over 50 ms" would say only that it is under.
 */
const LISTED_TASK_MS = 16;
const isLong = (t: LongTask) => t.wall > LONG_TASK_MS;

/** The seed corpus's paragraphs repeated to ~200,000 characters (the size the freeze was seen on). */
export function writeInlinePinyinPage(dir: string, seedsDir: string): void {
  const { page } = seedPage(seedsDir, CHARS);
  writeFileSync(join(dir, INLINE_PINYIN_PAGE), benchPageHtml('zh-CN', '碳达峰碳中和 长页面', page));
}

/**
 * In the page's main world: counts Tanci's ruby elements as they come and go (wall-clock ms, comparable
 * with the service worker's Date.now()), and when the first one was on screen (the frame it showed in).
 */
const PROBE = `(() => {
  const t = { count: 0, max: 0, firstInView: 0, zeroAt: 0 };
  window.__inline = t;
  const wall = (ms) => performance.timeOrigin + ms;
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting && !t.firstInView) t.firstInView = wall(e.time);
  });
  const isRuby = (n) => n.nodeType === 1 && n.hasAttribute('data-tanci-ruby');
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (isRuby(n)) { t.count++; if (!t.firstInView) io.observe(n); }
      for (const n of r.removedNodes) if (isRuby(n)) { t.count--; if (t.count === 0) t.zeroAt = wall(performance.now()); }
    }
    t.max = Math.max(t.max, t.count);
  }).observe(document, { childList: true, subtree: true });
})()`;

interface Probe {
  count: number;
  max: number;
  firstInView: number;
  zeroAt: number;
}

/** Turns inline pinyin on or off the way the options page does (stored settings); returns when, wall ms. */
async function setInlinePinyin(context: BrowserContext, enabled: boolean): Promise<number> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(async (on) => {
    const stored: { inlinePinyin?: object } = (await chrome.storage.local.get('settings')).settings ?? {};
    const at = Date.now();
    await chrome.storage.local.set({
      settings: { ...stored, inlinePinyin: { ...(stored.inlinePinyin ?? {}), enabled: on } },
    });
    return at;
  }, enabled);
}

type Phase = 'on' | 'scroll' | 'off';

/** Read on: scroll down 12 screens, one every 400 ms. */
async function readOn(page: Page): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(400);
  }
}

/** A page loaded and read by Tanci, as the reader has it before turning inline pinyin on. */
async function readPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  // Let the reader read the page first: this measures turning it on while reading, not the page's load.
  await page.waitForFunction("(CSS.highlights.get('tanci-policy')?.size ?? 0) > 0", null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(2_000);
  return { page, cdp };
}

/**
 * The baseline, in the same browser and between the measured runs: the same page, read by Tanci, scrolled
 * the same way with inline pinyin off. Its long tasks are the page's and the machine's (a busy machine
 * stretches a task's wall time several times its thread CPU), not inline pinyin's.
 */
async function measureBaseline(context: BrowserContext, url: string): Promise<LongTask[]> {
  const { page, cdp } = await readPage(context, url);
  await startTrace(cdp);
  await readOn(page);
  await page.waitForTimeout(1_000);
  const { longTasks } = await stopTrace(
    cdp,
    TRACE_DIR && join(TRACE_DIR, `baseline-${traced}.json`),
    LISTED_TASK_MS,
  );
  await page.close();
  return longTasks;
}

const probe = (page: Page) => page.evaluate('window.__inline') as Promise<Probe>;

/** BENCH_TRACE_DIR: where each phase's raw trace is written (inline-<run>-<phase>.json), to look into. */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
let traced = 0;

async function measureOnce(context: BrowserContext, url: string) {
  const run = ++traced;
  const { page, cdp } = await readPage(context, url);
  // One trace per phase, so that each long task is told with what the reader was doing.
  const phase = async (name: Phase) =>
    (
      await stopTrace(cdp, TRACE_DIR && join(TRACE_DIR, `inline-${run}-${name}.json`), LISTED_TASK_MS)
    ).longTasks.map((t) => ({
      ...t,
      phase: name,
    }));
  await startTrace(cdp);
  const on = await setInlinePinyin(context, true);
  await page.waitForFunction('window.__inline.firstInView > 0', null, { timeout: 30_000 });
  await page.waitForTimeout(1_500);
  const shown = await probe(page);
  const longTasks = await phase('on');
  await startTrace(cdp);
  await readOn(page);
  // Where the scroll stopped gets its ruby (late when the machine is busy: each paragraph's tokens come
  // from the service worker); turning off is measured with ruby on the page.
  await page.waitForFunction('window.__inline.count > 0', null, { timeout: 30_000 });
  await page.waitForTimeout(1_000);
  const before = await page.evaluate('(window.__inline.zeroAt = 0, window.__inline.count)');
  if (before === 0) throw new Error('no ruby on the page after scrolling: nothing to turn off');
  longTasks.push(...(await phase('scroll')));
  await startTrace(cdp);
  const off = await setInlinePinyin(context, false);
  await page.waitForFunction('window.__inline.count === 0 && window.__inline.zeroAt > 0', null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(500);
  const done = await probe(page);
  longTasks.push(...(await phase('off')));
  const restored = (await page.evaluate("document.querySelectorAll('[data-tanci-ruby]').length")) as number;
  await page.close();
  return {
    firstInView: shown.firstInView - on,
    off: done.zeroAt - off,
    maxRubies: done.max,
    longTasks,
    leftOver: restored,
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Measures RUNS times in one browser and returns the lines of the bench:browser row. */
export async function inlinePinyinRows(context: BrowserContext, url: string): Promise<string[]> {
  const runs: Awaited<ReturnType<typeof measureOnce>>[] = [];
  const baselines: LongTask[][] = [];
  for (let i = 0; i < RUNS; i++) {
    baselines.push(await measureBaseline(context, url));
    runs.push(await measureOnce(context, url));
  }
  const longest = (tasks: readonly LongTask[]) => tasks.reduce((a, t) => Math.max(a, t.wall), 0);
  const longestCpu = (tasks: readonly LongTask[]) => tasks.reduce((a, t) => Math.max(a, t.cpu), 0);
  const scrollTasks = runs.map((r) => r.longTasks.filter((t) => t.phase === 'scroll'));
  const tanciLongest = runs.map((r) => longest(r.longTasks.filter((t) => t.present)));
  const each = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const label = (s: string) => s.padEnd(44);
  return [
    `Inline pinyin on the 200,000-character page (${RUNS} runs: turn on, scroll 12 screens, turn off):`,
    `  ${label('longest task Tanci took part in (trace)')}median ${ms(median(tanciLongest))}` +
      `   (each run: ${each(tanciLongest)}; 0 = none over ${LISTED_TASK_MS} ms)   budget ≤ 50 ms`,
    `  ${label('longest task of any kind (trace)')}median ${ms(median(runs.map((r) => longest(r.longTasks))))}` +
      `   (each run: ${each(runs.map((r) => longest(r.longTasks)))})`,
    // Thread CPU beside wall time: on a loaded machine a task's wall time is mostly other processes' turns.
    `  ${label('longest task, thread CPU (trace)')}median ${ms(median(runs.map((r) => longestCpu(r.longTasks))))}` +
      `   (each run: ${each(runs.map((r) => longestCpu(r.longTasks)))}; turning on: ${each(runs.map((r) => longestCpu(r.longTasks.filter((t) => t.phase === 'on'))))})`,
    // The scroll phase beside the same scroll with inline pinyin off: what inline pinyin adds to it.
    `  ${label('scrolling, inline pinyin on: longest task')}median ${ms(median(scrollTasks.map(longest)))}` +
      `, thread CPU ${ms(median(scrollTasks.map(longestCpu)))}` +
      `   (each run: ${each(scrollTasks.map(longest))}; CPU ${each(scrollTasks.map(longestCpu))}; ` +
      `tasks over 50 ms: ${each(scrollTasks.map((t) => t.filter(isLong).length))})`,
    `  ${label('same scroll, inline pinyin off (baseline)')}median ${ms(median(baselines.map(longest)))}` +
      `, thread CPU ${ms(median(baselines.map(longestCpu)))}` +
      `   (each run: ${each(baselines.map(longest))}; CPU ${each(baselines.map(longestCpu))}; ` +
      `tasks over 50 ms: ${each(baselines.map((t) => t.filter(isLong).length))})`,
    `  ${label('turned on → first ruby on screen')}median ${ms(median(runs.map((r) => r.firstInView)))}` +
      `   (each run: ${each(runs.map((r) => r.firstInView))})   budget ≤ 300 ms`,
    `  ${label('turned off → last ruby gone')}median ${ms(median(runs.map((r) => r.off)))}` +
      `   (each run: ${each(runs.map((r) => r.off))})   budget ≤ 100 ms`,
    ...runs.map(
      (r, i) =>
        `  run ${i + 1} longest tasks (over ${LISTED_TASK_MS} ms; ${r.longTasks.filter(isLong).length} over 50 ms): ${
          r.longTasks
            .sort((a, b) => b.wall - a.wall)
            .slice(0, 4)
            .map(
              (t) =>
                `${t.phase} ${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)}, Tanci script ${t.tanciScript.toFixed(0)} + style/layout ${t.tanciRender.toFixed(0)}; ${t.label})`,
            )
            .join(', ') || 'none'
        }`,
    ),
    `  ${label('most ruby elements on the page at once')}${each(runs.map((r) => r.maxRubies))}` +
      `   (left after turning off: ${each(runs.map((r) => r.leftOver))})`,
  ];
}

/** The row, measured in a browser of its own: a fresh profile with the extension built at `extensionDir`. */
export async function inlinePinyinRow(extensionDir: string, serverUrl: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'tanci-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...chromiumArgs(extensionDir), '--no-sandbox', '--disable-gpu'],
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    return await inlinePinyinRows(context, `${serverUrl}/${INLINE_PINYIN_PAGE}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '../..');
  const extensionDir =
    process.env.TANCI_EXTENSION_DIR ?? resolve(root, process.env.TANCI_OUT_DIR ?? '.output', 'chrome-mv3');
  const pagesDir = mkdtempSync(join(tmpdir(), 'tanci-bench-inline-'));
  writeInlinePinyinPage(pagesDir, join(root, 'seeds'));
  const server = await startStaticServer(pagesDir);
  try {
    for (const line of await inlinePinyinRow(extensionDir, server.url)) console.log(line);
  } finally {
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
