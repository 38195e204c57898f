/**
 * The one protocol between content scripts, extension pages and the background.
 * Every message is listed here with the shape of its data (checked by the background before any
 * handler runs) and the type of its reply. Errors thrown by a handler reach the sender as errors.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { boolean, type Infer, integer, number, object, type Schema } from './validate';

export const messageSchemas = {
  /**
   * A frame says whether it holds Chinese text. `timeOrigin` (the document's `performance.timeOrigin`)
   * lets the background drop reports of frames that belonged to the tab's previous page.
   */
  reportPage: object({ hasChinese: boolean, timeOrigin: number() }),
  /** An extension page asks what the background knows of a tab. */
  getTabState: object({ tabId: integer({ min: 0 }) }),
} satisfies Record<string, Schema<unknown>>;

export type MessageData<K extends keyof typeof messageSchemas> = Infer<(typeof messageSchemas)[K]>;

export interface TabState {
  tabId: number;
  /** `null` while no frame of the tab has reported (the content script cannot run there, or has not yet). */
  hasChinese: boolean | null;
  frames: number;
}

export interface ProtocolMap {
  reportPage(data: MessageData<'reportPage'>): void;
  getTabState(data: MessageData<'getTabState'>): TabState;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
