/**
 * The background trusts nobody: messages go through the listeners the real background entrypoint
 * registers, the way Chrome delivers them (safety-delivery.ts), and every hostile one
 * must come back as an error while nothing is written.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createVocabDb } from '@/background/db/schema';
import backgroundEntry from '@/entrypoints/background';
import { messageSchemas, removeAllListeners } from '@/protocol/messages';
import { connect, deliver, envelope, errOf, ID, installEvents, own, registered } from './safety-delivery';
import { ANY_VALUES, conforms, isKind, type MessageSpec, PROTOCOL, pastLimits } from './safety-protocol';

const vocab = createVocabDb();
let hostileTried = 0;

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
    expect(registered.listeners.length).toBeGreaterThan(0);
  });

  it('the long-lived port checks senders and data exactly as one-shot messages do', async () => {
    expect(registered.connectListeners.length).toBeGreaterThan(0);
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

  /** Payloads with one field of an object-valued field (an item of an object list) set to `anyValue`. */
  function nestedMutants(spec: MessageSpec, anyValue: fc.Arbitrary<unknown>) {
    return Object.entries(spec.fields).flatMap(([name, f]) => {
      const inner = f.fields && f.sample ? f.sample : undefined;
      if (!inner || !f.fields) return [];
      return [
        fc
          .record({ key: fc.constantFrom(...Object.keys(f.fields)), value: anyValue })
          .map(({ key, value }) => {
            const item = { ...inner, [key]: value };
            return { ...spec.sample, [name]: f.kind === 'object[]' ? [inner, item] : item };
          }),
      ];
    });
  }

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
          // Inside a field that is an object (or a list of them): one of its own fields changed.
          ...nestedMutants(spec, anyValue),
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
