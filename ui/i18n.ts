import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

/** Every interface string's key; English (`public/_locales/en`) is the reference locale. */
export type MessageKey = keyof typeof en;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

function browserGetMessage(): GetMessage | undefined {
  try {
    const api = browser.i18n as unknown as { getMessage?: GetMessage } | undefined;
    return api?.getMessage?.bind(api);
  } catch {
    return undefined;
  }
}

/**
 * The interface string for `key` in the browser's language (English where a locale lacks it).
 * Returns the key itself where the i18n API gives nothing, so a missing string shows up rather than
 * leaving an empty label.
 */
export function t(
  key: MessageKey,
  subs?: string | number | (string | number)[],
  get = browserGetMessage(),
): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  let text = '';
  try {
    text = get?.(key, list) ?? '';
  } catch {
    text = '';
  }
  return text || key;
}

/** The interface language the browser chose, e.g. "zh-CN" or "en-US". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
