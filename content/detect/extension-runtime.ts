import type { browser } from 'wxt/browser';
/** What the detector stub uses of the extension's runtime, once its frame holds Chinese text. */
export type StubRuntime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'onMessage' | 'getURL'>;

/** The part of storage.local the stub reads (the promise-returning `get` of MV3, in both browsers). */
export type StubStorageArea = { get(key: string): Promise<Record<string, unknown>> };

type Namespace = { runtime?: StubRuntime; storage?: { local?: StubStorageArea } };
type Namespaces = { browser?: Namespace; chrome?: Namespace };

/**
 * The extension's runtime, looked up when called rather than when the script starts (WXT's `browser` is
 * resolved as its module loads). In Chrome the first touch of `chrome.runtime` builds the API's bindings in
 * the content script's world, which alone cost a page without Chinese more script time than the whole
 * detector (bench:browser); such a page never calls this. Firefox's promise-based namespace first, as WXT.
 */
export function extensionRuntime(scope: Namespaces = globalThis as Namespaces): StubRuntime | undefined {
  return namespace(scope)?.runtime;
}

/** The extension's storage.local, looked up when called (see extensionRuntime). */
export function extensionStorage(scope: Namespaces = globalThis as Namespaces): StubStorageArea | undefined {
  return namespace(scope)?.storage?.local;
}

function namespace(scope: Namespaces): Namespace | undefined {
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}
