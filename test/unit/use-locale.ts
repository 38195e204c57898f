/**
 * Gives the fake browser a real `i18n.getMessage` for one locale's messages.json, so components are tested
 * with the words a person reads (the fake has no i18n, and `t()` then shows keys).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

export function useLocale(locale: 'en' | 'zh_CN'): void {
  const file = join(import.meta.dirname, '../../public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  const i18n = fakeBrowser.i18n as unknown as { getMessage?: unknown };
  let before: unknown;
  beforeAll(() => {
    before = i18n.getMessage;
    i18n.getMessage = (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    };
  });
  afterAll(() => {
    i18n.getMessage = before;
  });
}
