import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/**
 * The base URL of this extension's own pages, e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`.
 * A prefix rather than `URL.origin`: outside Chrome and Firefox an extension scheme's origin is "null",
 * which would match any other non-web URL.
 */
export function extensionBase(): string {
  return browser.runtime.getURL('/');
}

/**
 * Whether a message comes from one of this extension's own pages (toolbar popup, options, vocabulary page)
 * rather than from a content script. The URL decides where the browser gives one: the vocabulary page
 * opened in a tab has a `tab` too, and a content script in a frame without a tab has a web URL. Without a
 * URL, only a sender outside any tab (the toolbar popup) counts.
 */
export function isExtensionPage(sender: Sender, base: string = extensionBase()): boolean {
  if (!sender.url) return sender.tab === undefined;
  return base.endsWith('/') && sender.url.startsWith(base);
}
