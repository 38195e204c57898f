/**
 * The import errors' English lives twice: in core/export (for Node tools, which have no browser.i18n) and
 * in the English locale (for the interface). These keep the two identical and every key translated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/core/export/csv';
import { parseImportFile } from '@/core/export/import';
import { fillMessage, IMPORT_MESSAGES, type ImportMessageKey } from '@/core/export/import-messages';
import { ImportError } from '@/core/export/types';
import type { MessageKey } from '@/ui/i18n';

const locales = join(__dirname, '../../../../public/_locales');
const read = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(locales, locale, 'messages.json'), 'utf8'));

// Compiles only while every import-error key is also an interface message key.
const keys: readonly MessageKey[] = Object.keys(IMPORT_MESSAGES) as ImportMessageKey[];

function thrown(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('import error messages', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('has the English locale say exactly what the command-line tools say', () => {
    for (const key of keys) expect(en[key]?.message, key).toBe(IMPORT_MESSAGES[key as ImportMessageKey]);
  });

  it('has every message in Chinese', () => {
    for (const key of keys) expect(zh[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the English message and carries the key and substitutions for the interface', () => {
    const e = thrown(() => parseCsv('Term,Pinyin\r\n碳\r\n'));
    expect(e.message).toBe('CSV row 2: has 1 cells, the header has 2.');
    expect(e.key).toBe('importErrorCsvCellCount');
    expect(e.subs).toEqual(['2', '1', '2']);

    const date = thrown(() => parseCsv('Term,Saved at\r\n碳,yesterday\r\n'));
    expect(date.message).toBe(
      'CSV row 2, Saved at: "yesterday" is not a date (expected e.g. 2026-11-28T13:45:00.000Z).',
    );
    expect(date.subs).toEqual(['2', 'Saved at', 'yesterday']);

    const empty = thrown(() => parseImportFile('notes.txt', '  \n'));
    expect(empty.message).toBe('"notes.txt" is empty.');
    expect(empty.subs).toEqual(['notes.txt']);
  });

  it('inserts a value as it is, even one that looks like a substitution', () => {
    expect(fillMessage(IMPORT_MESSAGES.importErrorFileEmpty, ['$2 $& x'])).toBe('"$2 $& x" is empty.');
    expect(new ImportError('importErrorJsonIncomplete', [3, 1]).message).toBe(
      'This backup is incomplete: it says 3 terms but holds 1.',
    );
  });
});
