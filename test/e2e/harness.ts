import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { ANKI_CONNECT_URL } from '../../core/anki/anki-connect-url';
import { chromiumArgs } from '../../scripts/lib/chromium-args';
import { startStaticServer } from '../../scripts/lib/static-server';
import { extensionDir, fixturePagesDir } from './paths';
import { startRecordingProxy } from './recording-proxy';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** Base URL of the fixture server on 127.0.0.1. */
  baseUrl: string;
  openFixture(name: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  /** Every request that tried to leave 127.0.0.1, from any page, worker or the browser itself. */
  externalRequests: () => string[];
  close(): Promise<void>;
}

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Private by construction, checked without anyone remembering to: after every end-to-end test, and when a
 * harness closes, any request that tried to leave 127.0.0.1 fails the test. (Benchmarks import this file
 * outside Vitest; they only get the check in close().)
 */
const open = new Set<{ checkPrivate: () => void }>();
if (process.env.VITEST) {
  const { afterEach } = await import('vitest');
  afterEach(() => {
    for (const h of open) h.checkPrivate();
  });
}

/** Whether the extension's worker or one of its pages made a request. */
function fromExtension(request: Request): boolean {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://');
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

function leakError(requests: string[]): Error {
  return new Error(
    `Requests tried to leave 127.0.0.1 (Tanci must make none):\n  ${requests.slice(0, 20).join('\n  ')}`,
  );
}

/**
 * `locale` sets the browser's interface language too (what chrome.i18n follows), not only the pages'.
 * `profileDir` reuses a profile (to test what survives a restart); the caller then removes it.
 */
export async function launchHarness(opts: { locale?: string; profileDir?: string } = {}): Promise<Harness> {
  const server = await startStaticServer(fixturePagesDir);
  const proxy = await startRecordingProxy();
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'tanci-e2e-'));
  const locale = opts.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale,
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      ...chromiumArgs(extensionDir, { proxy: proxy.url }),
      '--no-sandbox',
      '--disable-gpu',
      `--lang=${locale}`,
      // Lets clickToolbarButton press Tanci's button (CDP Extensions.triggerAction; pipe connections only).
      '--enable-unsafe-extension-debugging',
    ],
  });
  const pageRequests: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') pageRequests.push(`${request.method()} ${request.url()}`);
    // The extension itself may reach exactly one address: AnkiConnect's, for Send to Anki.
    else if (fromExtension(request) && url.origin !== ANKI_CONNECT_URL) {
      pageRequests.push(`extension: ${request.method()} ${request.url()}`);
    }
  });

  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;

  const externalRequests = () => [...proxy.requests, ...pageRequests];
  // Requests already reported, so one leak fails one test, not every test after it.
  let reported = 0;
  const tracker = {
    checkPrivate() {
      const all = externalRequests();
      const fresh = all.slice(reported);
      reported = all.length;
      if (fresh.length) throw leakError(fresh);
    },
  };
  open.add(tracker);

  return {
    context,
    extensionId,
    serviceWorker,
    baseUrl: server.url,
    async openFixture(name) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${name}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    externalRequests,
    async close() {
      open.delete(tracker);
      await context.close();
      await Promise.all([server.close(), proxy.close()]);
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
      tracker.checkPrivate();
    },
  };
}

/**
 * The id the extension gives a page's tab, read through the extension's own APIs. Without the "tabs"
 * permission the extension cannot see URLs, so the page is brought to the front and the active tab asked for.
 *
 * bringToFront returns before the switch is done everywhere: a CI run once found no active tab in the last
 * focused window right after it (detection.test.ts, just after another test closed its popup's tab). So the
 * page must first say it is the visible tab, and the extension is then asked until it names exactly one
 * active tab of a normal window (these tests open one window; focus, which `lastFocusedWindow` follows, is
 * not needed to know which tab is active in it).
 */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible');
  const worker = await harness.serviceWorker();
  return worker.evaluate(async () => {
    let seen = 0;
    for (let attempt = 0; attempt < 40; attempt++) {
      const tabs = await chrome.tabs.query({ active: true, windowType: 'normal' });
      seen = tabs.length;
      const id = tabs.length === 1 ? tabs[0]?.id : undefined;
      if (id !== undefined) return id;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`tabIdOf: ${seen} active tabs in normal windows, expected exactly one`);
  });
}
