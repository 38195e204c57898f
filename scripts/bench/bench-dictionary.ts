/**
 * Dictionary benchmark in Chromium, through the built extension (npm run bench:dictionary).
 * Measures, from an extension page, with the extension's own page-side port client (bundled from
 * protocol/message-port.ts) and with plain one-shot `runtime.sendMessage` for comparison:
 *  - the service worker's restart alone (a one-shot ping after stopping it), the cold baseline;
 *  - the first lookup after a stop, with the dictionary in IndexedDB chunks (the chosen design) and with the
 *    whole packed file loaded into memory (the other design; forced by deleting the IndexedDB copy);
 *  - warm batches of 200 distinct words at a glance (`lookup`, p50/p95), in rounds that also time a bare
 *    one-shot message (the warm baseline: what any message costs on this machine right now) and the full
 *    answer for 1 word on the port (`define`, what the word popup asks when it opens);
 *  - the batch reply's size as plain objects and in the port's compact form, and what the full answers for
 *    the same words would weigh (the one-step reply this design replaced);
 *  - the size of the Chrome build, deflated as a zip stores it.
 * Words come from the seed article (seeds/), cut by longest dictionary match, so batches look like paragraphs.
 * The last line but one is a JSON summary, for comparing runs. Set TANCI_BENCH_NO_BUILD=1 to reuse the build
 * in $TANCI_OUT_DIR (default .output)/chrome-mv3.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { createDictionary } from '../../core/dictionary/dictionary';
import { briefOf } from '../../core/dictionary/dictionary-brief';
import { lookupManyWith, WordCache } from '../../core/dictionary/dictionary-chunked';
import type { WordBrief, WordInfo } from '../../core/types';
import { packWordBriefs, packWordInfos } from '../../protocol/dictionary-wire';
import { LIMITS } from '../../protocol/messages';
import { launchHarness } from '../../test/e2e/harness';
import { extensionDir, root } from '../../test/e2e/paths';

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

/** One-shot `runtime.sendMessage` with the protocol's envelope (the path every message took before). */
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

/**
 * The extension's own page-side port client (protocol/message-port.ts, bundled from source into the page),
 * so the bench times the code a content script runs: port, compact reply, decoding into WordInfo objects.
 */
async function installPortClient(page: Page): Promise<void> {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { createPortClient } from './protocol/message-port';
        globalThis.__tanciPort = createPortClient(
          (type, data) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() })
            .then((r) => { if (r?.err) throw new Error(r.err.message); return r?.res; }),
          chrome.runtime,
        );`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    banner: { js: 'var browser = chrome;' },
  });
  await page.evaluate(outputFiles[0]?.text ?? '');
}

async function sendViaPort(page: Page, type: string, data: unknown): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    async ([type, data]) => {
      const request = (globalThis as unknown as { __tanciPort: (t: string, d: unknown) => Promise<unknown> })
        .__tanciPort;
      const started = performance.now();
      const reply = (await request(type, data)) as { results?: unknown[] } | undefined;
      return { ms: performance.now() - started, count: reply?.results?.length ?? 0 };
    },
    [type, data] as const,
  );
}

/**
 * Bytes (UTF-8) of a batch's reply as JSON: plain objects (one-shot) and the port's compact form, and the full
 * answers for the same words in compact form (asked `define` by `define`'s limit, glossary entries included).
 */
async function replySizes(
  page: Page,
  words: string[],
): Promise<{ plain: number; packed: number; full: number }> {
  const requests: [string, string[]][] = [['lookup', words]];
  for (let i = 0; i < words.length; i += LIMITS.defineWords) {
    requests.push(['define', words.slice(i, i + LIMITS.defineWords)]);
  }
  const [brief, ...full] = await page.evaluate(
    (requests) =>
      Promise.all(
        requests.map(([type, words]) =>
          chrome.runtime.sendMessage({ id: 1, type, data: { words }, timestamp: Date.now() }),
        ),
      ),
    requests,
  );
  const results = (brief as { res: { results: WordBrief[] } }).res.results;
  const infos = full.flatMap((r) => (r as { res: { results: WordInfo[] } }).res.results);
  return {
    plain: Buffer.byteLength(JSON.stringify(brief)),
    packed: Buffer.byteLength(JSON.stringify({ id: 1, res: packWordBriefs(results) })),
    full: Buffer.byteLength(JSON.stringify({ id: 1, res: packWordInfos(infos) })),
  };
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
  const dict = createDictionary(readFileSync(join(root, 'public/data/cedict.txt'), 'utf8'));
  const cache = new WordCache(); // as the worker's in-memory dictionary holds its answers
  const first: number[] = [];
  const cached: number[] = [];
  const time = (batch: string[], into: number[]) => {
    const started = performance.now();
    const fresh = new Map<string, WordInfo>();
    void lookupManyWith(dict, batch, cache, fresh).map(briefOf);
    into.push(performance.now() - started);
    for (const [word, info] of fresh) cache.set(word, info);
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

  await installPortClient(page);
  const ping: number[] = [];
  const coldPort: number[] = [];
  const coldPortOne: number[] = [];
  const coldOneShot: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const words = batches[i % batches.length];
    await stopWorker();
    ping.push((await send(page, 'getTabState', { tabId: 1 })).ms);
    await stopWorker();
    coldPort.push((await sendViaPort(page, 'lookup', { words })).ms);
    await stopWorker();
    coldPortOne.push((await sendViaPort(page, 'define', { words: ['环境'] })).ms);
    await stopWorker();
    coldOneShot.push((await send(page, 'lookup', { words })).ms);
  }

  // Warm: every round measures each path once, so a burst of load from elsewhere hits all of them alike.
  for (const batch of batches) await sendViaPort(page, 'lookup', { words: batch });
  const bare: number[] = [];
  const portFloor: number[] = [];
  const oneShot: number[] = [];
  const warm: number[] = [];
  for (let i = 0; warm.length < WARM_SAMPLES; i++) {
    const batch = batches[i % batches.length] ?? [];
    bare.push((await send(page, 'getTabState', { tabId: 1 })).ms);
    portFloor.push((await sendViaPort(page, 'define', { words: ['的'] })).ms);
    oneShot.push((await send(page, 'lookup', { words: batch })).ms);
    const reply = await sendViaPort(page, 'lookup', { words: batch });
    if (reply.count !== batch.length) throw new Error(`asked ${batch.length} words, got ${reply.count}`);
    warm.push(reply.ms);
  }
  const sizes = await Promise.all(batches.map((batch) => replySizes(page, batch)));

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
    coldMemory.push((await sendViaPort(page, 'lookup', { words: batches[i % batches.length] })).ms);
    await waitForStore(page); // the worker refills it for the next round
  }
  const memoryWarm: number[] = [];
  for (let i = 0; memoryWarm.length < WARM_SAMPLES; i++) {
    memoryWarm.push((await sendViaPort(page, 'lookup', { words: batches[i % batches.length] })).ms);
  }

  const restart = percentile(ping, 50);
  const row = (label: string, values: number[], base = restart, baseName = 'restart') =>
    console.log(
      `${label.padEnd(60)} p50 ${ms(percentile(values, 50)).padStart(8)}  p95 ${ms(percentile(values, 95)).padStart(8)}  max ${ms(Math.max(...values)).padStart(8)}  (p50 ${(percentile(values, 50) / base).toFixed(2)}× ${baseName})`,
    );
  const bareP50 = percentile(bare, 50);
  const warmRow = (label: string, values: number[]) => row(label, values, bareP50, 'bare message');
  console.log(
    `\n${batches.length} batches of 200 words from seeds/; ${RUNS} cold runs; ${WARM_SAMPLES} warm rounds; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} cores`,
  );
  row('baseline: worker restart + one-shot ping', ping);
  row('cold, IndexedDB chunks (chosen), port: 200-word batch', coldPort);
  row('cold, IndexedDB chunks (chosen), port: full answer, 1 word', coldPortOne);
  row('cold, IndexedDB chunks, one-shot message: 200-word batch', coldOneShot);
  row('cold, whole file into memory, port: 200-word batch', coldMemory);
  console.log('');
  warmRow('warm baseline: bare one-shot message (getTabState)', bare);
  warmRow('warm: port, full answer of 1 word (popup; port floor)', portFloor);
  warmRow('warm: one-shot message, plain objects: 200-word batch', oneShot);
  warmRow('warm: port, compact reply (chosen): 200-word batch', warm);
  warmRow('warm, whole file in memory, port: 200-word batch', memoryWarm);
  const compute = computeInNode(batches);
  warmRow('same batches in Node, first time (lookup work alone)', compute.first);
  warmRow('same batches in Node, answers cached (lookup work alone)', compute.cached);
  const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
  const plain = sizes.map((s) => s.plain);
  const packed = sizes.map((s) => s.packed);
  console.log(
    `\nreply of a 200-word batch (medians over ${sizes.length} batches): ${kb(percentile(plain, 50))} as plain objects (one-shot), ${kb(percentile(packed, 50))} compact on the port; the full answers for the same words ${kb(
      percentile(
        sizes.map((s) => s.full),
        50,
      ),
    )} compact`,
  );
  const zip = zipEstimate(extensionDir);
  console.log(
    `Chrome build ${(zip.raw / 1e6).toFixed(2)} MB raw, ~${(zip.deflated / 1e6).toFixed(2)} MB as a zip (limit 8 MB)`,
  );
  const summary = {
    warmP50: percentile(warm, 50),
    warmP95: percentile(warm, 95),
    bareP50,
    bareP95: percentile(bare, 95),
    oneShotP95: percentile(oneShot, 95),
    ratioP50: percentile(warm, 50) / bareP50,
    ratioP95: percentile(warm, 95) / percentile(bare, 95),
    coldMax: Math.max(...coldPort),
    zipMB: zip.deflated / 1e6,
    load: loadavg()[0],
  };
  console.log(`summary ${JSON.stringify(summary)}`);
  const fails = [
    summary.warmP95 > 5 && 'warm p95 > 5 ms',
    summary.coldMax > 300 && 'a cold lookup took > 300 ms',
    zip.deflated > 8e6 && 'zip > 8 MB',
  ].filter(Boolean);
  console.log(fails.length ? `\nOVER BUDGET: ${fails.join('; ')}` : '\nAll within budget.');
} finally {
  await h.close();
}
