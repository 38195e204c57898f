import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WordBrief, WordInfo } from '@/core/types';
import { dispatchMessage, handleMessage } from '@/protocol/message-handler';
import { createPortClient, PORT_NAME, servePorts } from '@/protocol/message-port';
import { removeAllListeners } from '@/protocol/messages';

const EXTENSION_ID = 'tanci-test-id';
type Listener = (message: unknown) => void;

/** Two ends of a port, delivering asynchronously and in order as the browser does. */
function fakePorts(senderId = EXTENSION_ID) {
  const connectListeners: ((port: unknown) => void)[] = [];
  const ends: { disconnect: () => void }[] = [];
  const runtime = {
    lastError: undefined,
    onConnect: {
      addListener: (l: (port: unknown) => void) => connectListeners.push(l),
      removeListener: () => {},
    },
    connect: vi.fn(({ name }: { name: string }) => {
      const toServer: Listener[] = [];
      const toClient: Listener[] = [];
      const clientGone: (() => void)[] = [];
      let open = true;
      const post = (listeners: Listener[]) => (message: unknown) => {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        const copy = JSON.parse(JSON.stringify(message));
        setTimeout(() => open && listeners.forEach((l) => void l(copy)), 0);
      };
      const server = {
        name,
        sender: { id: senderId },
        onMessage: { addListener: (l: Listener) => toServer.push(l) },
        postMessage: post(toClient),
        disconnect: () => {
          open = false;
          clientGone.forEach((l) => void l());
        },
      };
      const client = {
        name,
        onMessage: { addListener: (l: Listener) => toClient.push(l) },
        onDisconnect: { addListener: (l: () => void) => clientGone.push(l) },
        postMessage: post(toServer),
        disconnect: () => {
          open = false;
        },
      };
      ends.push(server);
      for (const l of connectListeners) l(server);
      return client;
    }),
  };
  /** What Chrome does when it stops the service worker: every page's port closes. */
  const stopWorker = () => {
    for (const end of ends.splice(0)) end.disconnect();
  };
  return { runtime: runtime as never, connect: runtime.connect, stopWorker };
}

const info = (word: string): WordInfo => ({
  word,
  entries: [
    { simplified: word, traditional: word, pinyin: 'huán jìng', tones: [2, 4], senses: ['environment'] },
  ],
  hsk: 3,
});

afterEach(() => removeAllListeners());

describe('the lookup port', () => {
  it('answers through the same checked handler, in compact form, decoded back into WordInfo', async () => {
    const define = vi.fn(({ words }: { words: string[] }) => ({ results: words.map(info) }));
    handleMessage('define', define, EXTENSION_ID);
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const oneShot = vi.fn();
    const send = createPortClient(oneShot, ports.runtime);

    expect(await send('define', { words: ['环境', '行业'] })).toEqual({
      results: [info('环境'), info('行业')],
    });
    expect(await send('define', { words: ['环境'] })).toEqual({ results: [info('环境')] });
    expect(ports.connect).toHaveBeenCalledTimes(1); // one port for every request
    expect(ports.connect).toHaveBeenCalledWith({ name: PORT_NAME });
    expect(oneShot).not.toHaveBeenCalled();
  });

  it('answers a batch at a glance on the same port, in its own compact form, decoded back into WordBrief', async () => {
    const briefs: WordBrief[] = [
      { word: '环境', readings: [{ pinyin: 'huán jìng', tones: [2, 4] }], gloss: 'environment', hsk: 3 },
      { word: '两高', readings: [], gloss: 'two highs', glossaryId: '两高' },
      {
        word: '行',
        readings: [
          { pinyin: 'xíng', tones: [2] },
          { pinyin: 'háng', tones: [2] },
        ],
        gloss: 'to walk',
      },
    ];
    handleMessage('lookup', () => ({ results: briefs }), EXTENSION_ID);
    handleMessage('define', ({ words }) => ({ results: words.map(info) }), EXTENSION_ID);
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const send = createPortClient(vi.fn(), ports.runtime);

    const [glance, full] = await Promise.all([
      send('lookup', { words: ['环境', '两高', '行'] }),
      send('define', { words: ['环境'] }),
    ]);
    expect(glance).toEqual({ results: briefs });
    expect(full).toEqual({ results: [info('环境')] });
    expect(ports.connect).toHaveBeenCalledTimes(1);
  });

  it('carries a glossary entry once per port, and every reply still holds it', async () => {
    const glossary = { id: '两高', term: '两高', english: 'two highs' } as WordInfo['glossary'];
    handleMessage(
      'define',
      ({ words }) => ({ results: words.map((w) => ({ ...info(w), glossary })) }),
      EXTENSION_ID,
    );
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const send = createPortClient(vi.fn(), ports.runtime);
    const [a, b] = await Promise.all([
      send('define', { words: ['两高'] }),
      send('define', { words: ['两高'] }),
    ]);
    const c = await send('define', { words: ['两高', '两高'] });
    for (const reply of [a, b, c]) {
      expect((reply as { results: WordInfo[] }).results[0]?.glossary).toEqual(glossary);
    }
  });

  it('rejects malformed data and unknown types as errors, without running the handler', async () => {
    const lookup = vi.fn(() => ({ results: [] }));
    handleMessage('lookup', lookup, EXTENSION_ID);
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const send = createPortClient(vi.fn(), ports.runtime);

    await expect(send('lookup', { words: [''] })).rejects.toThrow(/lookup/);
    await expect(send('lookup', { words: Array(501).fill('环境') })).rejects.toThrow();
    await expect(send('define', { words: Array(21).fill('环境') })).rejects.toThrow(/define/);
    await expect(dispatchMessage('constructor', {}, { id: EXTENSION_ID })).rejects.toThrow(/unknown message/);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('carries a handler error across as an error with its name', async () => {
    handleMessage(
      'lookup',
      () => {
        throw new RangeError('The dictionary file is missing from the build');
      },
      EXTENSION_ID,
    );
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const error = await createPortClient(vi.fn(), ports.runtime)('lookup', { words: ['环境'] }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'RangeError', message: expect.stringMatching(/missing/) });
  });

  it('closes ports from outside this extension unanswered', async () => {
    const lookup = vi.fn(() => ({ results: [] }));
    handleMessage('lookup', lookup, EXTENSION_ID);
    const ports = fakePorts('another-extension');
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const oneShot = vi.fn(async () => ({ results: [] }));
    await createPortClient(oneShot, ports.runtime)('lookup', { words: ['环境'] });
    expect(lookup).not.toHaveBeenCalled();
    expect(oneShot).toHaveBeenCalledTimes(1); // the closed port made the client ask the ordinary way
  });

  it('asks again one-shot when the worker stops mid-request, and opens a new port next time', async () => {
    let release = () => {};
    handleMessage(
      'define',
      ({ words }) => new Promise((resolve) => (release = () => resolve({ results: words.map(info) }))),
      EXTENSION_ID,
    );
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const oneShot = vi.fn(async () => ({ results: [info('环境')] }));
    const send = createPortClient(oneShot, ports.runtime);

    const pending = send('define', { words: ['环境'] });
    await new Promise((r) => setTimeout(r, 5));
    ports.stopWorker();
    expect(await pending).toEqual({ results: [info('环境')] });
    expect(oneShot).toHaveBeenCalledWith('define', { words: ['环境'] });

    const next = send('define', { words: ['环境'] });
    await new Promise((r) => setTimeout(r, 5));
    release();
    expect(await next).toEqual({ results: [info('环境')] });
    expect(ports.connect).toHaveBeenCalledTimes(2);
  });

  it('asks again one-shot when a port that looks open never answers, and gives that port up', async () => {
    handleMessage('define', () => new Promise(() => {}), EXTENSION_ID); // a worker gone silent
    const ports = fakePorts();
    servePorts(dispatchMessage, { extensionId: EXTENSION_ID, runtime: ports.runtime });
    const oneShot = vi.fn(async () => ({ results: [info('环境')] }));
    const send = createPortClient(oneShot, ports.runtime, { timeoutMs: 20 });

    expect(await send('define', { words: ['环境'] })).toEqual({ results: [info('环境')] });
    expect(oneShot).toHaveBeenCalledTimes(1);
    await send('define', { words: ['环境'] });
    expect(ports.connect).toHaveBeenCalledTimes(2);
  });

  it('sends other messages, and everything where no port can be opened, one-shot', async () => {
    const oneShot = vi.fn(async () => 'answer');
    const ports = fakePorts();
    expect(await createPortClient(oneShot, ports.runtime)('saveTerm', {})).toBe('answer');
    expect(ports.connect).not.toHaveBeenCalled();

    const cannot = {
      connect: () => {
        throw new Error('Browser.runtime.connect not implemented');
      },
    };
    const send = createPortClient(oneShot, cannot as never);
    expect(await send('lookup', { words: ['环境'] })).toBe('answer');
    expect(await send('lookup', { words: ['环境'] })).toBe('answer');
    expect(oneShot).toHaveBeenCalledTimes(3);
  });
});
