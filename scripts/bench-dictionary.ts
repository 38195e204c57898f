/**
 * Dictionary benchmark in Chromium, through the built extension (npm run bench:dictionary).
 * Measures, from an extension page sending the real `lookup` message:
 *  - the service worker's restart alone (a `getTabState` ping after stopping it): the baseline;
 *  - the first lookup after a stop, with the dictionary in IndexedDB chunks (the chosen design) and with the
 *    whole packed file loaded into memory (the other design; forced by deleting the IndexedDB copy);
 *  - warm batches of 200 words (p50/p95);
 *  - the size of the Chrome build, deflated as a zip stores it.
 * Words come from the seed article (seeds/), cut by longest dictionary match, so batches look like paragraphs.
 * Set TANCI_BENCH_NO_BUILD=1 to reuse .output/chrome-mv3.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchHarness } from '../test/e2e/harness';
import { extensionDir, root } from '../test/e2e/paths';
import { createDictionary } from '../utils/zh/dictionary';
import { inMemory } from '../utils/zh/dictionary-chunked';

const RUNS = 7;
const WARM_SAMPLES = 100;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Paragraph-like batches: the seed article cut into dictionary words by longest match. */
function wordBatches(): string[][] {
  const dict = createDictionary(readFileSync(join(root, 'public/data/cedict.txt'), 'utf8'));
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
  const text = seeds.map((f) => readFileSync(join(root, 'seeds', f), 'utf8')).join('\n');
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i < run.length; ) {
      const word = dict.lookupAt(run, i)[0]?.word ?? run.charAt(i);
      words.push(word);
      i += word.length;
    }
  }
  words.push('两高', '碳达峰', '双控', '先立后破');
  // A client sends each word of a paragraph group once; batches hold 200 distinct words.
  const batches: string[][] = [];
  let batch = new Set<string>();
  for (const word of words) {
    batch.add(word);
    if (batch.size === 200) {
      batches.push([...batch]);
      batch = new Set();
    }
  }
  if (batches.length === 0) throw new Error('seeds/ holds too little text for a 200-word batch');
  return batches;
}

async function send(page: Page, type: string, data: unknown): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    async ([type, data]) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
      if (reply?.err) throw new Error(reply.err.message);
      return { ms: performance.now() - started, count: reply?.res?.results?.length ?? 0 };
    },
    [type, data] as const,
  );
}

/** True once the background has stored this release in IndexedDB. */
async function storedInIndexedDb(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        // Opening with no version never creates or upgrades; a missing database is created empty, at 1.
        const req = indexedDB.open('tanci-dictionary');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('chunks')) {
            db.close(); // an open connection would block the worker's upgrade
            return resolve(false);
          }
          const get = db.transaction('chunks').objectStore('chunks').get('#header');
          get.onsuccess = () => {
            db.close();
            resolve(typeof get.result?.line === 'string');
          };
          get.onerror = () => resolve(false);
        };
        req.onerror = () => resolve(false);
      }),
  );
}

async function waitForStore(page: Page): Promise<number> {
  const started = performance.now();
  while (!(await storedInIndexedDb(page))) {
    if (performance.now() - started > 120_000) throw new Error('IndexedDB was not filled within 120 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - started;
}

/** The lookup work alone, without the browser's messaging: the pure core in this process. */
function computeInNode(batches: string[][]): { first: number[]; cached: number[] } {
  const dict = inMemory(createDictionary(readFileSync(join(root, 'public/data/cedict.txt'), 'utf8')));
  const first: number[] = [];
  const cached: number[] = [];
  const time = (batch: string[], into: number[]) => {
    const started = performance.now();
    void dict.lookupMany(batch);
    into.push(performance.now() - started);
  };
  for (const batch of batches) time(batch, first);
  for (let i = 0; cached.length < WARM_SAMPLES; i++) time(batches[i % batches.length] ?? [], cached);
  return { first, cached };
}

function zipEstimate(dir: string): { raw: number; deflated: number } {
  let raw = 0;
  let deflated = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        raw += bytes.length;
        deflated += Math.min(bytes.length, deflateRawSync(bytes, { level: 9 }).length) + 100; // + zip headers
      }
    }
  };
  walk(dir);
  return { raw, deflated };
}

if (process.env.TANCI_BENCH_NO_BUILD !== '1') {
  execFileSync('npm', ['run', 'build:chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const batches = wordBatches();
const launched = performance.now();
const h = await launchHarness();
try {
  const page = await h.openExtensionPage('popup.html');
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopWorker = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 200));
  };
  await waitForStore(page);
  console.log(`IndexedDB filled at install: ready ${ms(performance.now() - launched)} after launch`);

  const ping: number[] = [];
  const coldChunks: number[] = [];
  const coldChunksOne: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await stopWorker();
    ping.push((await send(page, 'getTabState', { tabId: 1 })).ms);
    await stopWorker();
    coldChunks.push((await send(page, 'lookup', { words: batches[i % batches.length] })).ms);
    await stopWorker();
    coldChunksOne.push((await send(page, 'lookup', { words: ['环境'] })).ms);
  }

  const warmPing: number[] = [];
  for (let i = 0; i < WARM_SAMPLES; i++) warmPing.push((await send(page, 'getTabState', { tabId: 1 })).ms);
  const warm: number[] = [];
  for (const batch of batches) await send(page, 'lookup', { words: batch });
  for (let i = 0; warm.length < WARM_SAMPLES; i++) {
    const batch = batches[i % batches.length] ?? [];
    const reply = await send(page, 'lookup', { words: batch });
    if (reply.count !== batch.length) throw new Error(`asked ${batch.length} words, got ${reply.count}`);
    warm.push(reply.ms);
  }

  const coldMemory: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await stopWorker();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('tanci-dictionary');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
        }),
    );
    coldMemory.push((await send(page, 'lookup', { words: batches[i % batches.length] })).ms);
    await waitForStore(page); // the worker refills it for the next round
  }
  const memoryWarm: number[] = [];
  for (let i = 0; memoryWarm.length < WARM_SAMPLES; i++) {
    memoryWarm.push((await send(page, 'lookup', { words: batches[i % batches.length] })).ms);
  }

  const base = percentile(ping, 50);
  const row = (label: string, values: number[]) =>
    console.log(
      `${label.padEnd(58)} p50 ${ms(percentile(values, 50)).padStart(9)}  p95 ${ms(percentile(values, 95)).padStart(9)}  max ${ms(Math.max(...values)).padStart(9)}  (${(percentile(values, 50) / base).toFixed(1)}× restart)`,
    );
  console.log(
    `\n${batches.length} batches of 200 words from seeds/; ${RUNS} cold runs; ${WARM_SAMPLES} warm samples`,
  );
  row('baseline: worker restart + ping', ping);
  row('cold, IndexedDB chunks (chosen): 200-word batch', coldChunks);
  row('cold, IndexedDB chunks (chosen): 1 word', coldChunksOne);
  row('cold, whole file into memory: 200-word batch', coldMemory);
  row('warm: ping round trip (messaging floor)', warmPing);
  row('warm, chunks cached: 200-word batch (round trip)', warm);
  row('warm, whole file in memory: 200-word batch (round trip)', memoryWarm);
  const compute = computeInNode(batches);
  row('same batches in Node, first time (lookup work alone)', compute.first);
  row('same batches in Node, answers cached (lookup work alone)', compute.cached);
  const zip = zipEstimate(extensionDir);
  console.log(
    `\nChrome build ${(zip.raw / 1e6).toFixed(2)} MB raw, ~${(zip.deflated / 1e6).toFixed(2)} MB as a zip (limit 8 MB)`,
  );
  const fails = [
    percentile(warm, 95) > 5 && 'warm p95 > 5 ms',
    Math.max(...coldChunks) > 300 && 'a cold lookup took > 300 ms',
    zip.deflated > 8e6 && 'zip > 8 MB',
  ].filter(Boolean);
  console.log(fails.length ? `\nOVER BUDGET: ${fails.join('; ')}` : '\nAll within budget.');
} finally {
  await h.close();
}
