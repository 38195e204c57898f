/**
 * The content script's message servers (the detector stub's, and the reader's "Look up in Tanci") check
 * what arrives the same way the background's checked handlers do.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReaderStub } from '@/content/detect/detector';
import { serveShowLookup } from '@/content/hover/serve-show-lookup';
import { removeAllListeners } from '@/protocol/messages';
import { deliver, envelope, errOf, installEvents } from '../protocol/safety-delivery';
import { ANY_VALUES, isKind, PROTOCOL, pastLimits } from '../protocol/safety-protocol';

describe('content script: its three message servers check the same way', () => {
  let stopStub: () => void = () => undefined;
  beforeAll(() => {
    installEvents();
    // The detector stub answers the toolbar popup and the context menu once its frame holds Chinese.
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '两高' }));
    const module = {
      startReading: () => undefined,
      pageSite: async () => ({ site: 'www.example.cn', enabled: true }),
      selectionContext: () => null,
    };
    stopStub = startReaderStub({
      win: window,
      runtime: () => fakeBrowser.runtime as never,
      loadModule: () => async () => module,
      report: async () => undefined,
      watch: () => ({ onInvalidated: () => undefined }),
    });
    serveShowLookup(window, async () => true);
  });
  afterAll(() => {
    stopStub();
    document.body.replaceChildren();
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
