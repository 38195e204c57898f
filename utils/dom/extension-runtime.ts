/** What the detector stub uses of the extension's runtime, once its frame holds Chinese text. */
export type StubRuntime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'onMessage' | 'getURL'>;

type Namespaces = { browser?: { runtime?: StubRuntime }; chrome?: { runtime?: StubRuntime } };

/**
 * The extension's runtime, looked up when called rather than when the script starts (WXT's `browser` is
 * resolved as its module loads). In Chrome the first touch of `chrome.runtime` builds the API's bindings in
 * the content script's world, which alone cost a page without Chinese more script time than the whole
 * detector (bench:browser); such a page never calls this. Firefox's promise-based namespace first, as WXT.
 */
export function extensionRuntime(scope: Namespaces = globalThis as Namespaces): StubRuntime | undefined {
  return scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
}
