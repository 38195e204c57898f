/**
 * A full storage is reported with what failed as a code (and the term, for a save), so an interface can
 * say it in its own language; the English message stays for logs. The English lives twice, in background/db
 * and in the English locale: these keep the two identical and every key translated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STORAGE_FULL_MESSAGES,
  StorageFullError,
  type StorageFullMessageKey,
  TERM_GONE_MESSAGE,
  TermGoneError,
} from '@/background/db/errors';
import type { TermId } from '@/background/db/types';
import type { MessageKey } from '@/ui/i18n';
import { plainTerm } from '../../core/export/arbitraries';
import { freshRepo } from './helpers';

const locales = join(__dirname, '../../../../public/_locales');
const read = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(locales, locale, 'messages.json'), 'utf8'));

// Compiles only while every storage-full key is also an interface message key.
const keys: readonly MessageKey[] = Object.keys(STORAGE_FULL_MESSAGES) as StorageFullMessageKey[];

async function refusal(write: Promise<unknown>): Promise<StorageFullError> {
  const e = await write.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (e instanceof StorageFullError) return e;
  throw new Error(`expected a StorageFullError, got ${String(e)}`);
}

afterEach(() => vi.restoreAllMocks());

describe('storage-full messages', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('has the English locale say exactly what the error message says', () => {
    for (const key of keys)
      expect(en[key]?.message, key).toBe(STORAGE_FULL_MESSAGES[key as StorageFullMessageKey]);
    const gone: MessageKey = new TermGoneError('碳汇').key;
    expect(en[gone]?.message).toBe(TERM_GONE_MESSAGE);
    expect(zh[gone]?.message).toContain('$1');
  });

  it('says which term is gone when a note is set on a term deleted elsewhere', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    const [stored] = await repo.all();
    if (!stored) throw new Error('no term');
    const id: TermId = [stored.term, stored.pinyin];
    await repo.remove([id]);
    const error = await repo.setNote(id, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TermGoneError);
    expect((error as TermGoneError).subs).toEqual([stored.term]);
  });

  it('has every message in Chinese, with the advice', () => {
    for (const key of keys) {
      expect(zh[key]?.message, key).toMatch(/存储空间已满.*释放.*磁盘空间.*导出并删除.*没有任何更改。$/);
    }
  });

  it('has a short line for the word popup in both languages', () => {
    expect(en.popupSaveFailedStorageFull?.message).toBe('Not saved: storage is full');
    expect(zh.popupSaveFailedStorageFull?.message).toBe('未保存：存储空间已满');
  });
});

describe('a full storage names the write that failed', () => {
  it('gives each repository write its own code, the term only for a save, and keeps the English', async () => {
    const { db, repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    const [stored] = await repo.all();
    if (!stored) throw new Error('no term');
    const id: TermId = [stored.term, stored.pinyin];
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    for (const method of ['add', 'put', 'bulkPut'] as const) {
      vi.spyOn(db.terms, method).mockRejectedValue(quota);
    }
    const input = { term: '碳汇', pinyin: 'tàn huì', english: '', sentence: '', pageTitle: '', url: '' };

    const save = await refusal(repo.save(input));
    expect(save).toMatchObject({
      name: 'StorageFullError',
      what: 'term',
      term: '碳汇',
      key: 'storageFullTerm',
    });
    expect(save.subs).toEqual(['碳汇']);
    expect(save.message).toBe(
      '"碳汇" could not be saved: the browser\'s storage for Tanci is full (disk space or quota). ' +
        'Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.',
    );

    const writes: [() => Promise<unknown>, string, string][] = [
      [() => repo.setNote(id, 'n'), 'note', 'The note could not be saved: '],
      [() => repo.setTags(id, ['t']), 'tags', 'The tags could not be saved: '],
      [() => repo.restore([plainTerm(2)]), 'restore', 'The deleted terms could not be saved: '],
      [() => repo.importTerms([plainTerm(3)]), 'import', 'The import could not be saved: '],
    ];
    for (const [write, what, english] of writes) {
      const e = await refusal(write());
      expect(e.what).toBe(what);
      expect(e.term).toBeUndefined();
      expect(e.subs).toEqual([]);
      expect(e.message.startsWith(english), e.message).toBe(true);
      expect(e.message).toMatch(/storage for Tanci is full.*Nothing was changed\.$/);
    }
  });

  it('inserts a term as it is, even one that looks like a substitution', () => {
    expect(new StorageFullError({ what: 'term', term: '$2 $&' }).message).toMatch(/^"\$2 \$&" could not/);
  });
});
