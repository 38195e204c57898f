import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReaderStub } from '@/content/detect/detector';
import { createReaderModuleLoader, publishReaderModule, type ReaderModule } from '@/content/reader-module';
import { removeAllListeners } from '@/protocol/messages';

function page(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

/** A reader module that records what the stub asked of it. */
function fakeModule() {
  const started: unknown[] = [];
  const settingsSeen: (Promise<unknown> | undefined)[] = [];
  const module: ReaderModule = {
    startReading: (env) => {
      started.push(env.win);
      settingsSeen.push(env.siteSettings);
    },
    pageSite: async () => ({ site: 'www.people.cn', enabled: true }),
    selectionContext: () => null,
  };
  return { module, started, settingsSeen };
}

/** The extension's side of the frame's messages: asks what the toolbar popup asks, as it arrives. */
function fakeRuntime({ gone = false } = {}) {
  let listener: ((message: unknown, sender: { id: string }) => Promise<unknown>) | undefined;
  const sent: unknown[] = [];
  const runtime = {
    // A removed or reloaded extension's runtime has no id left.
    id: gone ? undefined : 'tanci',
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return { res: null };
    },
    getURL: (path: string) => `chrome-extension://tanci${path}`,
    onMessage: {
      addListener: (l: typeof listener) => {
        listener = l;
      },
      removeListener: () => undefined,
    },
  };
  const ask = (type: string) =>
    listener?.({ id: 1, type, data: {}, timestamp: Date.now() }, { id: 'tanci' }) as
      | Promise<{ res?: unknown }>
      | undefined;
  return { runtime: runtime as never, ask, sent, listening: () => listener !== undefined };
}

/** A stub whose module "loads" through a counted fake of the dynamic import. */
function startStub(fake = fakeRuntime(), stored: Record<string, unknown> = {}) {
  const { module, started, settingsSeen } = fakeModule();
  const reads: string[] = [];
  const storage = () => ({
    get: async (key: string) => {
      reads.push(key);
      return stored;
    },
  });
  const scope: Record<string, unknown> = {};
  const load = vi.fn(async () => publishReaderModule(module, scope));
  const runtime = vi.fn(() => fake.runtime);
  const stops: (() => void)[] = [];
  const urls: string[] = [];
  stops.push(
    startReaderStub({
      win: window,
      runtime,
      loadModule: (r) =>
        createReaderModuleLoader({
          url: () => {
            const url = (r as unknown as { getURL: (p: string) => string }).getURL('/reader.js');
            urls.push(url);
            return url;
          },
          load,
          scope,
        }),
      watch: () => ({ onInvalidated: (cb) => void stops.push(cb) }),
      storage,
    }),
  );
  return {
    load,
    started,
    settingsSeen,
    reads,
    runtime,
    urls,
    stop: () => {
      for (const cb of stops) cb();
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

let stopStub: (() => void) | undefined;
let restore: (() => void) | undefined;
afterEach(() => {
  stopStub?.();
  restore?.();
  restore = undefined;
  removeAllListeners();
  fakeBrowser.reset();
  document.body.replaceChildren();
});

/** Counts reads of the extension namespaces on the global object (where a content script finds them). */
function countNamespaceReads(): { reads: () => number } {
  let reads = 0;
  const saved = ['chrome', 'browser'].map((name) => [
    name,
    Object.getOwnPropertyDescriptor(globalThis, name),
  ]);
  for (const name of ['chrome', 'browser']) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        reads++;
        return undefined;
      },
    });
  }
  restore = () => {
    for (const [name, descriptor] of saved as [string, PropertyDescriptor | undefined][]) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
  return { reads: () => reads };
}

describe('the detector stub', () => {
  it('touches no extension API on a page without Chinese: no message, no listener, nothing loaded', async () => {
    page('<p>Carbon markets in English only.</p><script>var s = "碳达峰";</script>');
    const fake = fakeRuntime();
    const stub = startStub(fake);
    stopStub = stub.stop;
    await tick();
    expect(stub.runtime).not.toHaveBeenCalled();
    expect(stub.load).not.toHaveBeenCalled();
    expect(stub.reads).toEqual([]);
    expect(fake.sent).toEqual([]);
    expect(fake.listening()).toBe(false);
  });

  it('as wired in the content script, reads neither `chrome` nor `browser` until Chinese shows up', async () => {
    page('<p>Carbon markets in English only.</p>');
    const namespaces = countNamespaceReads();
    stopStub = startReaderStub({ win: window });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More English.' }));
    await tick();
    expect(namespaces.reads()).toBe(0);
    // Chinese arrives: now it looks for the runtime (none here, as after the extension was removed).
    document.body.append(Object.assign(document.createElement('p'), { textContent: '双控' }));
    await vi.waitFor(() => expect(namespaces.reads()).toBeGreaterThan(0));
  });

  it('once the top frame holds Chinese, reports it and answers the toolbar popup', async () => {
    page('<p>Carbon markets in English only.</p>');
    const fake = fakeRuntime();
    const stub = startStub(fake);
    stopStub = stub.stop;
    await tick();
    expect(fake.ask('getPageSite')).toBeUndefined();
    document.body.append(Object.assign(document.createElement('p'), { textContent: '双控' }));
    await vi.waitFor(() => expect(stub.started).toHaveLength(1));
    expect(await fake.ask('getPageSite')).toEqual({
      res: { site: 'www.people.cn', enabled: true, hasChinese: true },
    });
    expect(fake.sent).toEqual([
      expect.objectContaining({ type: 'reportPage', data: expect.objectContaining({ hasChinese: true }) }),
    ]);
    expect(stub.urls).toEqual(['chrome-extension://tanci/reader.js']);
  });

  it('loads the reader once and starts it on a page with Chinese, with the site settings read meanwhile', async () => {
    page('<p>坚决遏制“两高”项目盲目发展</p>');
    const fake = fakeRuntime();
    const settings = { mode: 'all-except', sites: ['people.cn'] };
    const stub = startStub(fake, { siteSettings: settings });
    stopStub = stub.stop;
    await tick();
    expect(stub.load).toHaveBeenCalledTimes(1);
    expect(stub.started).toEqual([window]);
    expect(fake.sent).toHaveLength(1);
    expect(stub.reads).toEqual(['siteSettings']);
    expect(await stub.settingsSeen[0]).toEqual(settings);
  });

  it('loads the reader when Chinese text arrives later, and only then', async () => {
    page('<main><p>Loading…</p></main>');
    const stub = startStub();
    stopStub = stub.stop;
    await tick();
    expect(stub.load).not.toHaveBeenCalled();
    document
      .querySelector('main')
      ?.append(Object.assign(document.createElement('p'), { textContent: '双控' }));
    await vi.waitFor(() => expect(stub.started).toHaveLength(1));
    expect(stub.load).toHaveBeenCalledTimes(1);
  });

  it('starts nothing once the extension is gone (reloaded or removed since the page loaded)', async () => {
    page('<p>坚决遏制“两高”项目盲目发展</p>');
    const fake = fakeRuntime({ gone: true });
    const stub = startStub(fake);
    stopStub = stub.stop;
    await tick();
    expect(stub.runtime).toHaveBeenCalledTimes(1);
    expect(stub.load).not.toHaveBeenCalled();
    expect(fake.sent).toEqual([]);
    expect(fake.listening()).toBe(false);
  });
});

describe('createReaderModuleLoader', () => {
  it('shares one load between callers', async () => {
    const { module } = fakeModule();
    const scope: Record<string, unknown> = {};
    const load = vi.fn(async () => publishReaderModule(module, scope));
    const get = createReaderModuleLoader({ url: () => 'u', load, scope });
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('u');
  });

  it('says so when the script ran without publishing, and tries again next time', async () => {
    const { module } = fakeModule();
    const scope: Record<string, unknown> = {};
    let fail = true;
    const load = vi.fn(async () => {
      if (!fail) publishReaderModule(module, scope);
    });
    const get = createReaderModuleLoader({ url: () => 'u', load, scope });
    await expect(get()).rejects.toThrow(/did not start/);
    fail = false;
    await expect(get()).resolves.toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('rejects when the import fails, without remembering the failure', async () => {
    const scope: Record<string, unknown> = {};
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const get = createReaderModuleLoader({ url: () => 'u', load, scope });
    await expect(get()).rejects.toThrow(/dynamically imported/);
    await expect(get()).rejects.toThrow(/did not start/);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
