import type { Browser } from 'wxt/browser';
import { messageSchemas, onMessage, type ProtocolMap } from './messaging';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

type Sender = Browser.runtime.MessageSender;
type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: Sender,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * Registers the one handler for a message type. The sender must be this extension and the data must
 * match the message's schema; otherwise the sender receives an error and the handler never runs.
 */
export function handleMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: Handler<K>,
  extensionId: string = browser.runtime.id,
): () => void {
  return onMessage(type, async (message) => {
    const sender = (message as { sender?: Sender }).sender;
    if (!sender || sender.id !== extensionId) {
      throw new UntrustedSenderError(`${type}: refused a message from outside this extension`);
    }
    const data = messageSchemas[type](message.data, type) as Parameters<ProtocolMap[K]>[0];
    return handler(data, sender);
  });
}
