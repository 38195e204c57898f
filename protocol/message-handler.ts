import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { isBulkRequest, messageSchemas, onMessage, type ProtocolMap } from './messages';
import { toWireError } from './wire-error';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

export class UnknownMessageError extends Error {
  override name = 'UnknownMessageError';
}

type Sender = Browser.runtime.MessageSender;
type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: Sender,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * The checked handler of each message type in this context: what `refuseUnknownMessages` lets through,
 * and what `dispatchMessage` (the port transport) runs.
 */
const handled = new Map<string, (message: { data: unknown; sender?: Sender }) => Promise<unknown>>();

/** Runs a request a reader waits for (the background scheduler's `interactive`); none: run it as is. */
type InteractiveGate = <T>(run: () => Promise<T>) => Promise<T>;
let interactiveGate: InteractiveGate | null = null;

/**
 * Every checked handler of this context that is not bulk work (see `isBulkRequest`) runs through `gate`,
 * so bulk work waits while a reader's request is answered. Returns a function that removes the gate.
 */
export function runInteractiveThrough(gate: InteractiveGate): () => void {
  interactiveGate = gate;
  return () => {
    if (interactiveGate === gate) interactiveGate = null;
  };
}

/**
 * Registers the one handler for a message type. The sender must be this extension and the data must
 * match the message's schema; otherwise the sender receives an error and the handler never runs.
 */
export function handleMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: Handler<K>,
  extensionId: string = browser.runtime.id,
): () => void {
  const checked = async (message: { data: unknown; sender?: Sender }) => {
    const sender = message.sender;
    if (!sender || sender.id !== extensionId) {
      throw new UntrustedSenderError(`${type}: refused a message from outside this extension`);
    }
    const data = messageSchemas[type](message.data, type) as Parameters<ProtocolMap[K]>[0];
    const run = async () => handler(data, sender);
    return interactiveGate && !isBulkRequest(type, data) ? interactiveGate(run) : run();
  };
  const remove = onMessage(type, checked as never);
  handled.set(type, checked);
  return () => {
    handled.delete(type);
    remove();
  };
}

/**
 * Runs the checked handler of `type` for a message that came another way than `runtime.onMessage` (the
 * long-lived port): the same sender and schema checks, the same errors.
 */
export function dispatchMessage(type: string, data: unknown, sender: Sender): Promise<unknown> {
  const checked = handled.get(type); // a Map: "constructor" and other prototype names are not in it
  if (!checked) {
    return Promise.reject(
      new UnknownMessageError(
        `unknown message type ${JSON.stringify(type.slice(0, 64))}: nothing here answers it`,
      ),
    );
  }
  return checked({ data, sender });
}

/**
 * Answers every message no handler of this context takes with an error, synchronously (so it wins over
 * any later reply): an unknown or missing type, an envelope that is not the protocol's, and type names
 * that are Object.prototype members ("constructor", "toString"), which the messaging library would
 * otherwise look up on a plain object and call without checking the sender. Without this the sender
 * only learns that the port closed.
 */
export function refuseUnknownMessages(extensionId: string = browser.runtime.id): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): false => {
    const envelope =
      typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
    const type = envelope.type;
    if (typeof type === 'string' && handled.has(type) && typeof envelope.timestamp === 'number') return false;
    const shown = typeof type === 'string' ? JSON.stringify(type.slice(0, 64)) : `(${typeof type})`;
    // As @webext-core/messaging carries an error (`{ err }`), so the sender's promise rejects.
    sendResponse({
      err: toWireError(
        sender.id !== extensionId
          ? new UntrustedSenderError('refused a message from outside this extension')
          : new UnknownMessageError(`unknown message type ${shown}: nothing here answers it`),
      ),
    });
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
