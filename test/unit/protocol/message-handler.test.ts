import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/protocol/message-handler';
import { removeAllListeners } from '@/protocol/messages';

const EXTENSION_ID = 'tanci-test-id';

/** Delivers a raw message to the registered listeners the way the browser would, with a chosen sender. */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  const listeners = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  let reply: unknown;
  const results = await listeners(message, sender, (r: unknown) => {
    reply = r;
  });
  // A listener that answers asynchronously returns true and calls sendResponse later.
  await new Promise((r) => setTimeout(r, 0));
  return reply ?? results.find((r) => r && typeof r === 'object');
}

const envelope = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

describe('handleMessage', () => {
  it('runs the handler for a valid message from this extension', async () => {
    handleMessage('getTabState', ({ tabId }) => ({ tabId, hasChinese: true, frames: 1 }), EXTENSION_ID);
    const reply = await deliver(envelope('getTabState', { tabId: 4 }), { id: EXTENSION_ID });
    expect(reply).toEqual({ res: { tabId: 4, hasChinese: true, frames: 1 } });
  });

  it('refuses a message from another extension or a web page, as an error', async () => {
    let ran = false;
    handleMessage(
      'getTabState',
      ({ tabId }) => {
        ran = true;
        return { tabId, hasChinese: null, frames: 0 };
      },
      EXTENSION_ID,
    );
    const reply = (await deliver(envelope('getTabState', { tabId: 4 }), { id: 'someone-else' })) as {
      err: { name: string; message: string };
    };
    expect(ran).toBe(false);
    expect(reply.err.name).toBe('UntrustedSenderError');
  });

  it.each([
    ['a wrong shape', { tabId: '4' }, 'tabId: expected an integer'],
    ['an unknown field', { tabId: 4, evil: true }, 'evil: unexpected field'],
    ['no data', undefined, 'expected an object'],
  ])('rejects %s with a validation error, without running the handler', async (_label, data, message) => {
    let ran = false;
    handleMessage(
      'getTabState',
      ({ tabId }) => {
        ran = true;
        return { tabId, hasChinese: null, frames: 0 };
      },
      EXTENSION_ID,
    );
    const reply = (await deliver(envelope('getTabState', data), { id: EXTENSION_ID })) as {
      err: { name: string; message: string };
    };
    expect(ran).toBe(false);
    expect(reply.err.name).toBe('ValidationError');
    expect(reply.err.message).toContain(message);
  });

  it('rejects an oversized payload', async () => {
    handleMessage('annotate', () => ({ paragraphs: [] }), EXTENSION_ID);
    const reply = (await deliver(envelope('annotate', { paragraphs: ['碳'.repeat(20_001)] }), {
      id: EXTENSION_ID,
    })) as { err: { message: string } };
    expect(reply.err.message).toContain('longer than 20000');
  });

  it('passes a handler error back to the sender as an error', async () => {
    handleMessage(
      'getTabState',
      () => {
        throw new RangeError('storage is full');
      },
      EXTENSION_ID,
    );
    const reply = (await deliver(envelope('getTabState', { tabId: 1 }), { id: EXTENSION_ID })) as {
      err: { name: string; message: string };
    };
    expect(reply.err).toMatchObject({ name: 'RangeError', message: 'storage is full' });
  });
});
