// Where the extension's script time goes on one page: a CPU profile of the renderer (page and content-script
// worlds), self time summed by script URL and by function. Usage: npx tsx scripts/bench/profile-page.ts [english|chinese-100k]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../lib/chromium-args';
import { startStaticServer } from '../lib/static-server';
import { writeBenchPages } from './bench-pages';

const root = join(import.meta.dirname, '../..');
const extensionDir =
  process.env.TANCI_EXTENSION_DIR ?? resolve(root, process.env.TANCI_OUT_DIR ?? '.output', 'chrome-mv3');
const pageName = process.argv[2] ?? 'english';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const pagesDir = mkdtempSync(join(tmpdir(), 'tanci-prof-pages-'));
  writeBenchPages(pagesDir, join(root, 'seeds'));
  const server = await startStaticServer(pagesDir);
  const dir = mkdtempSync(join(tmpdir(), 'tanci-prof-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs(extensionDir), '--no-sandbox', '--disable-gpu'],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  // A first load warms the caches; the second is profiled.
  for (const round of [0, 1, 2]) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/${pageName}.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    await page.close();
    if (round === 0) continue;
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    const byUrl = new Map<string, number>();
    const byFn = new Map<string, number>();
    for (const n of profile.nodes) {
      const t = (self.get(n.id) ?? 0) / 1000;
      const url = n.callFrame.url.replace(/^.*\//, '') || `(${n.callFrame.functionName || 'native'})`;
      if (url === '(idle)' || url === '(program)') continue;
      byUrl.set(url, (byUrl.get(url) ?? 0) + t);
      const fn = `${url}:${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + t);
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([n, t]) => `  ${t.toFixed(2).padStart(8)} ms  ${n}`);
    console.log(`\n${pageName} round ${round}: self time by script`);
    console.log(top(byUrl, 12).join('\n'));
    console.log('by function');
    console.log(top(byFn, 25).join('\n'));
  }
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  await server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}

await main();
