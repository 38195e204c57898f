import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '@/ui/i18n';

const locales = join(__dirname, '../../../public/_locales');
const read = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(locales, locale, 'messages.json'), 'utf8'));

describe('interface languages', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('translates every English string into Simplified Chinese, with the same substitutions', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const subs = (m: string) => (m.match(/\$\d|%s/g) ?? []).sort();
      expect(subs(zh[key]?.message ?? ''), key).toEqual(subs(message));
      expect(zh[key]?.message, key).not.toBe('');
    }
  });

  it('names the manifest strings it promises', () => {
    const manifest = readFileSync(join(__dirname, '../../../wxt.config.ts'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en, key).toHaveProperty(key as string);
    expect(manifest).toMatch(/default_locale:\s*'en'/);
  });

  it('substitutes values and shows the key where the API has no string', () => {
    const get = (key: string, subs?: string | string[]) =>
      key === 'msValue' ? (en.msValue?.message ?? '').replace('$1', String(subs?.[0])) : '';
    expect(t('msValue', 120, get)).toBe('120 ms');
    expect(t('sectionPopup', undefined, get)).toBe('sectionPopup');
  });
});
