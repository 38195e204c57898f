import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReaderModuleLoader, publishReaderModule, type ReaderModule } from '@/utils/dom/reader-module';
import { startReaderStub } from '@/utils/dom/reader-stub';
import { removeAllListeners } from '@/utils/messaging';

function page(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

/** A reader module that records what the stub asked of it. */
function fakeModule() {
  const started: unknown[] = [];
  const module: ReaderModule = {
    startReading: (env) => void started.push(env.win),
    pageSite: async () => ({ site: 'www.people.cn', enabled: true }),
    selectionContext: () => null,
  };
  return { module, started };
}

/** A stub whose module "loads" through a counted fake of the dynamic import. */
/** The extension's side of the frame's messages: asks what the toolbar popup asks, as it arrives. */
function fakeRuntime() {
  let listener: ((message: unknown, sender: { id: string }) => Promise<unknown>) | undefined;
  const runtime = {
    id: 'tanci',
    sendMessage: async () => ({ res: null }),
    onMessage: {
      addListener: (l: typeof listener) => {
        listener = l;
      },
      removeListener: () => undefined,
    },
  };
  const ask = (type: string) =>
    listener?.({ id: 1, type, data: {}, timestamp: Date.now() }, { id: 'tanci' }) as Promise<{
      res?: unknown;
    }>;
  return { runtime: runtime as never, ask };
}

function startStub(runtime?: never) {
  const { module, started } = fakeModule();
  const scope: Record<string, unknown> = {};
  const load = vi.fn(async () => publishReaderModule(module, scope));
  const reports: boolean[] = [];
  const stops: (() => void)[] = [];
  startReaderStub({
    win: window,
    onInvalidated: (cb) => void stops.push(cb),
    loadModule: createReaderModuleLoader({ url: () => 'chrome-extension://x/reader-main.js', load, scope }),
    report: async (hasChinese) => void reports.push(hasChinese),
    ...(runtime ? { runtime } : {}),
  });
  return {
    load,
    started,
    reports,
    stop: () => {
      for (const cb of stops) cb();
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

let stopStub: (() => void) | undefined;
afterEach(() => {
  stopStub?.();
  removeAllListeners();
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('the detector stub', () => {
  it('loads nothing and sends nothing on a page without Chinese', async () => {
    page('<p>Carbon markets in English only.</p><script>var s = "碳达峰";</script>');
    const stub = startStub();
    stopStub = stub.stop;
    await tick();
    expect(stub.load).not.toHaveBeenCalled();
    expect(stub.reports).toEqual([]);
  });

  it('tells the toolbar popup, when asked, whether the top frame holds Chinese', async () => {
    page('<p>Carbon markets in English only.</p>');
    const { runtime, ask } = fakeRuntime();
    const stub = startStub(runtime);
    stopStub = stub.stop;
    await tick();
    expect(await ask('getPageSite')).toEqual({
      res: { site: 'www.people.cn', enabled: true, hasChinese: false },
    });
    document.body.append(Object.assign(document.createElement('p'), { textContent: '双控' }));
    await vi.waitFor(() => expect(stub.started).toHaveLength(1));
    expect((await ask('getPageSite')).res).toMatchObject({ hasChinese: true });
  });

  it('loads the reader once and starts it on a page with Chinese', async () => {
    page('<p>坚决遏制“两高”项目盲目发展</p>');
    const stub = startStub();
    stopStub = stub.stop;
    await tick();
    expect(stub.load).toHaveBeenCalledTimes(1);
    expect(stub.started).toEqual([window]);
    expect(stub.reports).toEqual([true]);
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
