/**
 * Delivers messages to what the code under test registered, the way Chrome does (structured clones, the
 * first sendResponse wins), for the safety tests of the background and of the content script.
 */

import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Reply = { res?: unknown; err?: { name: string; message: string } } | 'no reply';
export type Listener = (message: unknown, sender: object, respond: (r: unknown) => void) => unknown;

/** What the code under test registered, as the browser would record it. */
export const registered = {
  listeners: [] as Listener[],
  connectListeners: [] as ((port: unknown) => void)[],
};

export interface FakePort {
  replies: unknown[];
  disconnected: boolean;
  post(message: unknown): Promise<unknown>;
}

/** Opens a long-lived port to the background as a content script (or anyone) would. */
export function connect(sender: object, name = 'tanci'): FakePort {
  const onMessage: ((m: unknown) => unknown)[] = [];
  const fake: FakePort = {
    replies: [],
    disconnected: false,
    async post(message) {
      const before = fake.replies.length;
      await Promise.all(onMessage.map((l) => l(JSON.parse(JSON.stringify(message)))));
      return fake.replies.length > before ? fake.replies[fake.replies.length - 1] : 'no reply';
    },
  };
  const port = {
    name,
    sender,
    onMessage: {
      addListener: (l: (m: unknown) => unknown) => void onMessage.push(l),
      removeListener: () => undefined,
    },
    onDisconnect: { addListener: () => undefined, removeListener: () => undefined },
    postMessage: (m: unknown) => void fake.replies.push(m),
    disconnect: () => {
      fake.disconnected = true;
    },
  };
  for (const l of registered.connectListeners) l(port);
  return fake;
}
export const ID = () => browser.runtime.id;
export const own = () => ({ id: ID(), tab: { id: 7 }, frameId: 0, url: 'https://www.example.cn/a.html' });
export const envelope = (type: unknown, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

/** Chrome's rule: every listener sees the message; the first sendResponse wins; `true` means "later". */
export async function deliver(message: unknown, sender: object = own()): Promise<Reply> {
  const replies: unknown[] = [];
  let answered: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const respond = (r: unknown) => {
    replies.push(r);
    answered();
  };
  // A structured clone, as the browser delivers it: no shared objects with the sender.
  const copy = message === undefined ? undefined : JSON.parse(JSON.stringify(message));
  const results = registered.listeners.map((l) => l(copy, sender, respond));
  if (replies.length === 0 && results.includes(true)) await first;
  return replies.length ? (replies[0] as Reply) : 'no reply';
}

export function errOf(reply: Reply): { name: string; message: string } {
  if (reply === 'no reply' || !reply.err) throw new Error(`expected an error, got ${JSON.stringify(reply)}`);
  return reply.err;
}

/** Records registered.listeners as the browser would; any API the background must never listen to throws. */
export function installEvents(): void {
  registered.listeners = [];
  const onMessage = fakeBrowser.runtime.onMessage as unknown as { addListener: (l: Listener) => void };
  vi.spyOn(onMessage, 'addListener').mockImplementation((l) => void registered.listeners.push(l));
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(((l: Listener) => {
    registered.listeners = registered.listeners.filter((x) => x !== l);
  }) as never);
  const forbidden = (name: string) => () => {
    throw new Error(`${name} must not be listened to: web pages and other extensions would reach Tanci`);
  };
  // Events the fake browser leaves unimplemented and the background merely subscribes to.
  const quiet = { addListener: () => undefined, removeListener: () => undefined };
  Object.assign(fakeBrowser.commands, { onCommand: quiet });
  // Ports from the extension's own content scripts (runtime.onConnect) go through the same checked handlers.
  registered.connectListeners = [];
  Object.assign(fakeBrowser.runtime, {
    onConnect: {
      addListener: (l: (port: unknown) => void) => void registered.connectListeners.push(l),
      removeListener: () => undefined,
    },
  });
  Object.assign(fakeBrowser.contextMenus, { onClicked: quiet });
  Object.assign(fakeBrowser.runtime, {
    onMessageExternal: { addListener: forbidden('runtime.onMessageExternal') },
    onConnectExternal: { addListener: forbidden('runtime.onConnectExternal') },
  });
}
