/**
 * The background trusts nobody: messages go through the listeners the real background entrypoint
 * registers (and the content script's own servers), the way Chrome delivers them, and every hostile one
 * must come back as an error while nothing is written.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePageSite } from '@/components/word-popup/site-key';
import backgroundEntry from '@/entrypoints/background';
import { createVocabDb } from '@/utils/db/schema';
import { serveSelectionContext, serveShowLookup } from '@/utils/dom/selection-messages';
import { messageSchemas, removeAllListeners } from '@/utils/messaging';
import { ANY_VALUES, conforms, isKind, PROTOCOL, pastLimits } from './safety-protocol';

type Reply = { res?: unknown; err?: { name: string; message: string } } | 'no reply';
type Listener = (message: unknown, sender: object, respond: (r: unknown) => void) => unknown;

let listeners: Listener[] = [];
let connectListeners: ((port: unknown) => void)[] = [];

interface FakePort {
  replies: unknown[];
  disconnected: boolean;
  post(message: unknown): Promise<unknown>;
}

/** Opens a long-lived port to the background as a content script (or anyone) would. */
function connect(sender: object, name = 'tanci'): FakePort {
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
  for (const l of connectListeners) l(port);
  return fake;
}
const ID = () => browser.runtime.id;
const own = () => ({ id: ID(), tab: { id: 7 }, frameId: 0, url: 'https://www.example.cn/a.html' });
const envelope = (type: unknown, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

/** Chrome's rule: every listener sees the message; the first sendResponse wins; `true` means "later". */
async function deliver(message: unknown, sender: object = own()): Promise<Reply> {
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
  const results = listeners.map((l) => l(copy, sender, respond));
  if (replies.length === 0 && results.includes(true)) await first;
  return replies.length ? (replies[0] as Reply) : 'no reply';
}

function errOf(reply: Reply): { name: string; message: string } {
  if (reply === 'no reply' || !reply.err) throw new Error(`expected an error, got ${JSON.stringify(reply)}`);
  return reply.err;
}

const vocab = createVocabDb();
let hostileTried = 0;

/** Records listeners as the browser would; any API the background must never listen to throws. */
function installEvents(): void {
  listeners = [];
  const onMessage = fakeBrowser.runtime.onMessage as unknown as { addListener: (l: Listener) => void };
  vi.spyOn(onMessage, 'addListener').mockImplementation((l) => void listeners.push(l));
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(((l: Listener) => {
    listeners = listeners.filter((x) => x !== l);
  }) as never);
  const forbidden = (name: string) => () => {
    throw new Error(`${name} must not be listened to: web pages and other extensions would reach Tanci`);
  };
  // Events the fake browser leaves unimplemented and the background merely subscribes to.
  const quiet = { addListener: () => undefined, removeListener: () => undefined };
  Object.assign(fakeBrowser.commands, { onCommand: quiet });
  // Ports from the extension's own content scripts (runtime.onConnect) go through the same checked handlers.
  connectListeners = [];
  Object.assign(fakeBrowser.runtime, {
    onConnect: {
      addListener: (l: (port: unknown) => void) => void connectListeners.push(l),
      removeListener: () => undefined,
    },
  });
  Object.assign(fakeBrowser.contextMenus, { onClicked: quiet });
  Object.assign(fakeBrowser.runtime, {
    onMessageExternal: { addListener: forbidden('runtime.onMessageExternal') },
    onConnectExternal: { addListener: forbidden('runtime.onConnectExternal') },
  });
}

describe('background: every message is checked before anything runs', () => {
  beforeAll(async () => {
    // The dictionary and core files are not built in unit tests: loading fails as an ordinary error.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('', { status: 404 }));
    installEvents();
    await backgroundEntry.main();
  });
  afterAll(() => {
    removeAllListeners();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('lists every message type of the protocol in the hostile-input spec', () => {
    expect(Object.keys(PROTOCOL).sort()).toEqual(Object.keys(messageSchemas).sort());
    for (const spec of Object.values(PROTOCOL)) expect(conforms(spec, spec.sample)).toBe(true);
  });

  it('answers a valid save and a valid query (the checks below can fail)', async () => {
    const saved = await deliver(envelope('saveTerm', PROTOCOL.saveTerm?.sample));
    expect(saved).toMatchObject({ res: { term: '双控', created: true, contexts: 1 } });
    expect(await deliver(envelope('getSaved', { words: ['双控', '两高'] }))).toEqual({
      res: { saved: ['双控'] },
    });
    expect(await deliver(envelope('getTabState', { tabId: 7 }))).toMatchObject({ res: { hasChinese: null } });
    await vocab.terms.clear();
  });

  const background = Object.entries(PROTOCOL).filter(([, s]) => s.side === 'background');

  describe.each(background)('%s', (type, spec) => {
    const bad: [string, unknown][] = [];
    for (const shape of [undefined, null, 'text', 42, true, [], [spec.sample]]) {
      bad.push([`data ${JSON.stringify(shape) ?? 'undefined'}`, shape]);
    }
    for (const [field, f] of Object.entries(spec.fields)) {
      if (!f.optional) {
        const { [field]: _dropped, ...rest } = spec.sample;
        bad.push([`without ${field}`, rest]);
      }
      for (const v of ANY_VALUES.filter((v) => !isKind(f.kind, v))) {
        bad.push([`${field} = ${JSON.stringify(v)}`, { ...spec.sample, [field]: v }]);
      }
      for (const v of pastLimits(f)) bad.push([`${field} past its limit`, { ...spec.sample, [field]: v }]);
    }
    bad.push(['an extra field', { ...spec.sample, extra: 1 }]);
    bad.push([
      'a __proto__ key',
      JSON.parse(`{"__proto__":{"polluted":true},"x":${JSON.stringify(spec.sample)}}`),
    ]);
    bad.push([
      'a __proto__ key beside valid fields',
      { ...spec.sample, ...JSON.parse('{"__proto__":{"polluted":true,"term":"x"}}') },
    ]);
    bad.push(['a constructor key', { ...spec.sample, constructor: { prototype: { polluted: true } } }]);
    bad.push(['a prototype key', { ...spec.sample, prototype: { polluted: true } }]);

    it(`rejects ${bad.length} malformed payloads with a validation error, writing nothing`, async () => {
      for (const [label, data] of bad) {
        // The label travels with the check so a failure names the payload.
        const err = errOf(await deliver(envelope(type, data)));
        expect({ label, name: err.name }).toEqual({ label, name: 'ValidationError' });
        expect(conforms(spec, data)).toBe(false);
        hostileTried++;
      }
      expect(await vocab.terms.count()).toBe(0);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('refuses valid data from another extension or a web page', async () => {
      const senders = [
        {
          id: 'abcdefghijklmnopabcdefghijklmnop',
          url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
        },
        { url: 'https://evil.example/', tab: { id: 7 }, frameId: 0, origin: 'https://evil.example' },
        {},
        { id: '' },
        { id: `${ID()} ` },
        { id: ID().toUpperCase() === ID() ? `${ID()}x` : ID().toUpperCase() },
      ];
      for (const sender of senders) {
        const err = errOf(await deliver(envelope(type, spec.sample), sender));
        expect(err.name).toBe('UntrustedSenderError');
        hostileTried++;
      }
      expect(await vocab.terms.count()).toBe(0);
    });
  });

  it('answers unknown types and foreign envelopes with an error instead of silence', async () => {
    const types = ['', 'nope', 'SAVETERM', 'saveTerm ', 'constructor', '__proto__', 'toString', 'valueOf'];
    types.push(
      'hasOwnProperty',
      'isPrototypeOf',
      '__defineGetter__',
      'propertyIsEnumerable',
      'toLocaleString',
    );
    // Message types the content script answers do not reach a handler in the background.
    types.push(...Object.keys(PROTOCOL).filter((t) => PROTOCOL[t]?.side === 'content'));
    for (const type of types) {
      const err = errOf(await deliver(envelope(type, PROTOCOL.saveTerm?.sample)));
      expect({ type, name: err.name }).toEqual({ type, name: 'UnknownMessageError' });
      hostileTried++;
    }
    const envelopes: unknown[] = [
      null,
      'saveTerm',
      42,
      [],
      { type: 'saveTerm', data: PROTOCOL.saveTerm?.sample },
      { type: 5, timestamp: 1 },
      { type: { toString: 'saveTerm' }, timestamp: 1 },
      JSON.parse('{"__proto__":{"type":"saveTerm","timestamp":1},"data":{}}'),
    ];
    for (const message of envelopes) {
      expect(errOf(await deliver(message)).name).toBe('UnknownMessageError');
      expect(errOf(await deliver(message, {})).name).toBe('UntrustedSenderError');
      hostileTried += 2;
    }
    expect(await vocab.terms.count()).toBe(0);
  });

  it('has no listener that web pages or other extensions could reach', () => {
    // installEvents made these throw; reaching here means main() registered none of them.
    expect(listeners.length).toBeGreaterThan(0);
  });

  it('the long-lived port checks senders and data exactly as one-shot messages do', async () => {
    expect(connectListeners.length).toBeGreaterThan(0);
    for (const sender of [{ id: 'other-extension' }, { url: 'https://evil.example/', tab: { id: 7 } }, {}]) {
      const port = connect(sender);
      expect(port.disconnected).toBe(true);
      expect(await port.post({ id: 1, type: 'saveTerm', data: PROTOCOL.saveTerm?.sample })).toBe('no reply');
      hostileTried++;
    }
    const port = connect(own());
    expect(port.disconnected).toBe(false);
    for (const [type, spec] of background) {
      for (const data of [
        null,
        { ...spec.sample, extra: 1 },
        JSON.parse('{"__proto__":{"polluted":true}}'),
      ]) {
        const reply = (await port.post({ id: 5, type, data })) as { id: number; err?: { name: string } };
        expect({ type, id: reply.id, name: reply.err?.name }).toEqual({
          type,
          id: 5,
          name: 'ValidationError',
        });
        hostileTried++;
      }
    }
    for (const type of ['constructor', '__proto__', 'toString', 'nope', 'getPageSite']) {
      const reply = (await port.post({ id: 6, type, data: {} })) as { err?: { name: string } };
      expect({ type, name: reply.err?.name }).toEqual({ type, name: 'UnknownMessageError' });
      hostileTried++;
    }
    for (const message of [null, 'x', { type: 'saveTerm', data: {} }, { id: 'x', type: 'saveTerm' }]) {
      expect(await port.post(message)).toBe('no reply');
    }
    // A valid save through the port works (the checks above can fail) and is then removed.
    expect(await port.post({ id: 9, type: 'saveTerm', data: PROTOCOL.saveTerm?.sample })).toMatchObject({
      id: 9,
      res: { created: true },
    });
    await vocab.terms.clear();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('property: mutated payloads are rejected exactly when they break the protocol', async () => {
    const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
    const anyValue = fc.oneof(fc.constantFrom(...ANY_VALUES), fc.jsonValue({ maxDepth: 2 }), fc.string());
    const mutant = fc.constantFrom(...background).chain(([type, spec]) => {
      const fields = Object.keys(spec.fields);
      const field = fields.length ? fc.constantFrom(...fields) : fc.constant('x');
      return fc.tuple(
        fc.constant(type),
        fc.constant(spec),
        fc.oneof(
          fc
            .record({ field, value: anyValue })
            .map(({ field, value }) => ({ ...spec.sample, [field]: value })),
          fc
            .record({ key: fc.oneof(protoKey, fc.string({ maxLength: 8 })), value: anyValue })
            .map(({ key, value }) =>
              JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)},"pad":0}`),
            ),
          fc
            .record({ key: fc.oneof(protoKey, fc.string({ maxLength: 8 })), value: anyValue })
            .map(({ key, value }) => ({
              ...spec.sample,
              ...JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)}}`),
            })),
          field.map((f) => {
            const { [f]: _gone, ...rest } = spec.sample;
            return rest;
          }),
        ),
      );
    });
    await fc.assert(
      fc.asyncProperty(mutant, async ([type, spec, data]) => {
        const reply = await deliver(envelope(type, data));
        hostileTried++;
        expect(reply).not.toBe('no reply');
        if (conforms(spec, data)) {
          // Accepted by the checks; it may still fail in the handler (no dictionary here), as an error.
          if (reply !== 'no reply' && reply.err) expect(reply.err.name).not.toBe('ValidationError');
        } else {
          expect(errOf(reply).name).toBe('ValidationError');
        }
      }),
      { numRuns: 400 },
    );
    await vocab.terms.clear();
  });

  it('property: nothing from outside the extension gets an answer other than a refusal', async () => {
    await vocab.terms.clear();
    const types = fc.oneof(
      fc.constantFrom(...Object.keys(PROTOCOL), 'constructor', '__proto__'),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(
        types,
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.webUrl() }),
        async (type, data, sender) => {
          fc.pre(sender.id !== ID());
          const sample = PROTOCOL[type]?.sample;
          for (const payload of [data, sample]) {
            expect(errOf(await deliver(envelope(type, payload), sender)).name).toBe('UntrustedSenderError');
            hostileTried++;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(await vocab.terms.count()).toBe(0);
    console.log(`safety: ${hostileTried} hostile messages tried against the background, all refused`);
  });
});

describe('content script: its three message servers check the same way', () => {
  beforeAll(() => {
    installEvents();
    servePageSite(window);
    serveSelectionContext(window);
    serveShowLookup(window, async () => true);
  });
  afterAll(() => {
    removeAllListeners();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  const content = Object.entries(PROTOCOL).filter(([, s]) => s.side === 'content');
  it.each(content)('%s: rejects malformed data and foreign senders', async (type, spec) => {
    expect(await deliver(envelope(type, spec.sample))).toHaveProperty('res');
    const bad: unknown[] = [null, 'x', [], { ...spec.sample, extra: 1 }, { ...spec.sample, constructor: {} }];
    bad.push(JSON.parse(`{"__proto__":{"x":1}${type === 'showLookup' ? ',"text":"两高"' : ''}}`));
    for (const [field, f] of Object.entries(spec.fields)) {
      for (const v of [...ANY_VALUES.filter((v) => !isKind(f.kind, v)), ...pastLimits(f)])
        bad.push({ ...spec.sample, [field]: v });
    }
    for (const data of bad) expect(errOf(await deliver(envelope(type, data))).name).toBe('ValidationError');
    for (const sender of [{ id: 'other-extension' }, { url: 'https://evil.example/' }]) {
      expect(errOf(await deliver(envelope(type, spec.sample), sender)).name).toBe('UntrustedSenderError');
    }
  });
});
