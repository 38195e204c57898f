/**
 * A long-lived port beside the one-shot messages, for the requests a reader sends often and that want
 * a quick answer (dictionary lookups). `runtime.sendMessage` opens and closes a channel through the
 * browser process for every message, about 1 ms here; a port pays that once. The port carries the same
 * protocol: the background runs the same validated handler (`handleMessage`'s sender and schema checks)
 * and errors come back as errors. Replies with a codec cross in compact form (see dictionary-wire.ts).
 *
 * Chrome closes the port when it stops an idle service worker; requests in flight then go again as
 * one-shot messages (which wake the worker) and the next request opens a new port. Only idempotent
 * reads use the port, so sending one twice is harmless.
 */

import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import type { WordBrief, WordInfo } from '../core/types';
import {
  type GlossaryMemory,
  packWordBriefs,
  packWordInfos,
  unpackWordBriefs,
  unpackWordInfos,
} from './dictionary-wire';
import type { ProtocolMap } from './messages';
import { fromWireError, toWireError, type WireError } from './wire-error';

export const PORT_NAME = 'tanci';

type Type = keyof ProtocolMap;
type Port = Browser.runtime.Port;
type Sender = Browser.runtime.MessageSender;

/** The message types a page sends through the port; everything else stays one-shot. */
export const PORT_TYPES: ReadonlySet<Type> = new Set<Type>(['lookup', 'define', 'lookupAt']);

/** Encodes a reply for the port; `memory` lives as long as the port, on each side. */
interface Codec {
  pack(reply: unknown, memory: GlossaryMemory): unknown;
  unpack(wire: unknown, memory: GlossaryMemory): unknown;
}
const wordInfos: Codec = {
  pack: (reply, memory) => packWordInfos((reply as { results: WordInfo[] }).results, memory),
  unpack: (wire, memory) => ({
    results: unpackWordInfos(wire as Parameters<typeof unpackWordInfos>[0], memory),
  }),
};
const wordBriefs: Codec = {
  pack: (reply) => packWordBriefs((reply as { results: WordBrief[] }).results),
  unpack: (wire) => ({ results: unpackWordBriefs(wire as Parameters<typeof unpackWordBriefs>[0]) }),
};
const codecs: Partial<Record<Type, Codec>> = { lookup: wordBriefs, define: wordInfos, lookupAt: wordInfos };

interface Request {
  id: number;
  type: string;
  data: unknown;
}
type Reply = { id: number; res: unknown } | { id: number; err: WireError };

/**
 * Background side: answers port requests with `dispatch`, which must check the sender and the data
 * exactly as the one-shot path does (it is the same function). Ports from outside this extension are
 * closed unanswered.
 */
export function servePorts(
  dispatch: (type: string, data: unknown, sender: Sender) => Promise<unknown>,
  {
    extensionId = browser.runtime.id,
    runtime = browser.runtime,
    onClose,
  }: {
    extensionId?: string;
    runtime?: typeof browser.runtime;
    /** A page's port closed (it navigated away or was closed): what it asked for is no longer wanted. */
    onClose?: (sender: Sender) => void;
  } = {},
): () => void {
  const listener = (port: Port) => {
    if (port.name !== PORT_NAME) return;
    const sender = port.sender;
    if (!sender || sender.id !== extensionId) {
      port.disconnect();
      return;
    }
    const memory: GlossaryMemory = { sent: new Set() };
    if (onClose) port.onDisconnect.addListener(() => onClose(sender));
    port.onMessage.addListener(async (message: unknown) => {
      const { id, type, data } = (message ?? {}) as Partial<Request>;
      if (typeof id !== 'number') return; // not a request of this protocol: nobody waits for it
      let reply: Reply;
      try {
        if (typeof type !== 'string') throw new TypeError('a port request without a message type');
        const res = await dispatch(type, data, sender);
        reply = { id, res: codecs[type as Type]?.pack(res, memory) ?? res };
      } catch (error) {
        reply = { id, err: toWireError(error) };
      }
      try {
        port.postMessage(reply);
      } catch {
        // The page went away while we worked: nobody is left to answer.
      }
    });
  };
  runtime.onConnect.addListener(listener);
  return () => runtime.onConnect.removeListener(listener);
}

export type OneShot = (type: Type, data: unknown) => Promise<unknown>;

/**
 * Page side: sends `type` through the port, or through `oneShot` where no port can be opened (the
 * service worker itself, tests' fake browsers) or when the port closes before answering.
 */
export function createPortClient(
  oneShot: OneShot,
  runtime: typeof browser.runtime | undefined = browser?.runtime,
  {
    /**
     * A port can look open while nothing answers on it (a worker stopped between two requests before the
     * page heard of it): past this long a request goes again one-shot, which wakes the worker, and the
     * port is given up. A lookup normally answers in milliseconds, a cold one in a few hundred.
     */
    timeoutMs = 5_000,
  }: { timeoutMs?: number } = {},
) {
  let usable = runtime !== undefined && typeof runtime.connect === 'function' && !inServiceWorker();
  /** What a request learns: its answer (decoded), its error, or `null` when the port closed first. */
  type Outcome = { ok: true; value: unknown } | { ok: false; error: Error } | null;
  interface Waiting {
    type: Type;
    settle: (outcome: Outcome) => void;
  }
  let current: { port: Port; pending: Map<number, Waiting> } | undefined;
  let seq = 0;

  function connect() {
    if (current) return current;
    const port = (runtime as typeof browser.runtime).connect({ name: PORT_NAME });
    const pending = new Map<number, Waiting>();
    const memory: GlossaryMemory = { received: new Map() };
    const connection = { port, pending };
    port.onMessage.addListener((message: unknown) => {
      const reply = message as Reply;
      const waiting = pending.get(reply?.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('err' in reply) return waiting.settle({ ok: false, error: fromWireError(reply.err) });
      // Decoded here, in arrival order: a reply may name glossary entries an earlier one carried.
      try {
        const codec = codecs[waiting.type];
        waiting.settle({ ok: true, value: codec ? codec.unpack(reply.res, memory) : reply.res });
      } catch (error) {
        waiting.settle({ ok: false, error: error as Error });
      }
    });
    port.onDisconnect.addListener(() => {
      void runtime?.lastError; // read, so Chrome does not log it as unchecked
      if (current === connection) current = undefined;
      const lost = [...pending.values()];
      pending.clear();
      for (const waiting of lost) waiting.settle(null);
    });
    current = connection;
    return connection;
  }

  return async function request(type: Type, data: unknown): Promise<unknown> {
    if (!usable || !PORT_TYPES.has(type)) return oneShot(type, data);
    let connection: NonNullable<typeof current>;
    try {
      connection = connect();
    } catch {
      usable = false; // this context cannot open ports; say so once, by falling back for good
      return oneShot(type, data);
    }
    const id = ++seq;
    const outcome = await new Promise<Outcome>((settle) => {
      const timer = setTimeout(() => {
        if (!connection.pending.delete(id)) return;
        if (current === connection) current = undefined;
        try {
          connection.port.disconnect();
        } catch {
          // already closed
        }
        settle(null);
      }, timeoutMs);
      connection.pending.set(id, {
        type,
        settle: (outcome) => {
          clearTimeout(timer);
          settle(outcome);
        },
      });
      try {
        connection.port.postMessage({ id, type, data } satisfies Request);
      } catch {
        connection.pending.get(id)?.settle(null);
        connection.pending.delete(id);
        if (current === connection) current = undefined;
      }
    });
    if (outcome === null) return oneShot(type, data); // the worker stopped under us: ask again
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };
}

function inServiceWorker(): boolean {
  const scope = (globalThis as { ServiceWorkerGlobalScope?: new () => unknown }).ServiceWorkerGlobalScope;
  return typeof scope === 'function' && globalThis instanceof scope;
}
