/**
 * The protocol's wire envelope (`{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back, as
 * @webext-core/messaging speaks it), without the library: the detector stub runs in every frame of every
 * page, and on a page without Chinese the library and the schemas of every message cost more script time
 * than the whole detector. Everything past the stub uses protocol/messages.ts.
 */

import type { Browser, browser } from 'wxt/browser';
import { fromWireError, namedError, toWireError } from './wire-error';

type Runtime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'onMessage'>;
type Sender = Browser.runtime.MessageSender;
type Listener = (message: unknown, sender: Sender, sendResponse?: (reply: unknown) => void) => unknown;

/** Sends one message of the protocol to the background and returns its reply; a refusal throws. */
export async function sendEnvelope(runtime: Runtime, type: string, data: unknown): Promise<unknown> {
  const message = { id: Math.floor(Math.random() * 10_000), type, data, timestamp: Date.now() };
  const reply = (await runtime.sendMessage(message)) as { res?: unknown; err?: unknown } | undefined;
  if (reply == null) throw new Error(`${type}: no reply`);
  if (reply.err != null) throw fromWireError(reply.err);
  return reply.res;
}

/**
 * Answers messages of the given types that this extension (and only it) sends to the frame. These messages
 * carry no data: anything but an empty object is refused (`ValidationError`), as is any sender but this
 * extension (`UntrustedSenderError`), the names the checked handlers use. Errors cross back as errors.
 */
export function serveEnvelopes(
  runtime: Runtime,
  types: readonly string[],
  answer: (type: string) => Promise<unknown>,
): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    const envelope = (typeof message === 'object' && message !== null ? message : {}) as Record<
      string,
      unknown
    >;
    const type = envelope.type;
    if (typeof type !== 'string' || !types.includes(type) || typeof envelope.timestamp !== 'number') {
      return undefined;
    }
    const data = envelope.data;
    const reply = (async () => {
      if (sender?.id !== runtime.id) {
        throw namedError('UntrustedSenderError', `${type}: refused a message from outside this extension`);
      }
      const empty =
        typeof data === 'object' &&
        data !== null &&
        Object.getPrototypeOf(data) === Object.prototype &&
        Reflect.ownKeys(data).length === 0;
      if (!empty) throw namedError('ValidationError', `${type}: data must be an empty object`);
      return answer(type);
    })().then(
      (res) => ({ res }),
      // The same names as the checked handlers' (protocol/message-handler.ts).
      (error: unknown) => ({ err: toWireError(error) }),
    );
    // Chrome answers through sendResponse (and `true` keeps the channel open); Firefox and the test
    // double take the promise.
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener as never);
  return () => runtime.onMessage.removeListener(listener as never);
}
