/**
 * `getTabState` answers extension pages about any tab, and a content script only about its own tab: the
 * refusal reaches the sender as an error, not as an empty answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerTabStateHandlers } from '@/background/handlers/tab-state';
import { isExtensionPage } from '@/background/sender';
import { createTabStateStore, type KeyValueArea } from '@/background/tab-state-store';
import { removeAllListeners } from '@/protocol/messages';

function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      return map.has(key) ? { [key]: structuredClone(map.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    async remove(key) {
      map.delete(key);
    },
  };
}

type Reply = { res?: unknown; err?: { name: string; message: string } };

/** Delivers a message to the registered listeners the way the browser would, with a chosen sender. */
async function deliver(type: string, data: unknown, sender: object): Promise<Reply> {
  const trigger = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  let reply: unknown;
  const results = await trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (r: unknown) => {
    reply = r;
  });
  await new Promise((r) => setTimeout(r, 0));
  return (reply ?? results.find((r) => r && typeof r === 'object')) as Reply;
}

const ID = () => fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path);
const contentScript = (tabId: number) => ({
  id: ID(),
  tab: { id: tabId },
  frameId: 0,
  url: 'https://news.example.cn/a.html',
});

beforeEach(async () => {
  const store = createTabStateStore(memoryArea());
  await store.recordFrame(3, 0, { hasChinese: true, timeOrigin: 1 });
  await store.recordFrame(9, 0, { hasChinese: false, timeOrigin: 1 });
  registerTabStateHandlers({ store });
});
afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

describe('getTabState', () => {
  it('answers the toolbar popup about any tab', async () => {
    const popup = { id: ID(), url: page('/popup.html') };
    expect(await deliver('getTabState', { tabId: 3 }, popup)).toEqual({
      res: { tabId: 3, hasChinese: true, frames: 1 },
    });
    expect((await deliver('getTabState', { tabId: 9 }, popup)).res).toMatchObject({ hasChinese: false });
  });

  it('answers the vocabulary page open in a tab about another tab', async () => {
    const vocab = { id: ID(), tab: { id: 5 }, frameId: 0, url: page('/vocabulary.html') };
    expect((await deliver('getTabState', { tabId: 3 }, vocab)).res).toMatchObject({ hasChinese: true });
  });

  it('answers a content script about its own tab', async () => {
    expect((await deliver('getTabState', { tabId: 3 }, contentScript(3))).res).toMatchObject({
      tabId: 3,
      hasChinese: true,
    });
  });

  it('refuses a content script asking about another tab, as an error', async () => {
    const reply = await deliver('getTabState', { tabId: 9 }, contentScript(3));
    expect(reply.res).toBeUndefined();
    expect(reply.err?.name).toBe('UntrustedSenderError');
    expect(reply.err?.message).toContain('only about its own tab');
  });

  it('refuses a frame with a web address and no tab', async () => {
    const reply = await deliver('getTabState', { tabId: 3 }, { id: ID(), url: 'https://news.example.cn/' });
    expect(reply.err?.name).toBe('UntrustedSenderError');
  });
});

describe('isExtensionPage', () => {
  const base = 'chrome-extension://abc/';
  it.each([
    ['the popup', { url: 'chrome-extension://abc/popup.html' }, true],
    ['an extension page in a tab', { url: 'chrome-extension://abc/vocabulary.html#x', tab: { id: 1 } }, true],
    ['a sender with neither URL nor tab', {}, true],
    ['a content script', { url: 'https://example.cn/', tab: { id: 1 } }, false],
    ['another extension', { url: 'chrome-extension://other/popup.html' }, false],
    ['a look-alike host', { url: 'https://abc/chrome-extension://abc/', tab: { id: 1 } }, false],
    ['a longer extension id', { url: 'chrome-extension://abcd/popup.html' }, false],
    ['another scheme', { url: 'moz-extension://abc/popup.html' }, false],
    ['a tab without a URL', { tab: { id: 1 } }, false],
    ['a URL that does not parse', { url: 'not a url' }, false],
  ])('%s', (_label, sender, expected) => {
    expect(isExtensionPage(sender as never, base)).toBe(expected);
  });
});
