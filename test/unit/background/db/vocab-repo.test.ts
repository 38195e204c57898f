import { describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '@/background/db/errors';
import { freshRepo } from './helpers';

const save = {
  term: '碳中和',
  pinyin: 'tàn  zhōng hé ',
  english: 'carbon neutrality',
  sentence: '2060年前实现碳中和',
  pageTitle: '新闻',
  url: 'https://news.example.cn/a',
};

describe('vocab repository', () => {
  it('saves a term once per term and reading, merging contexts on later saves', async () => {
    let t = 1000;
    const { repo } = freshRepo(() => t++);
    expect(await repo.save(save)).toEqual({
      term: '碳中和',
      pinyin: 'tàn zhōng hé',
      created: true,
      contexts: 1,
    });
    // The same sentence on the same page is not a second context…
    expect(await repo.save(save)).toMatchObject({ created: false, contexts: 1 });
    // …another page is.
    expect(await repo.save({ ...save, url: 'https://b.example/', sentence: '碳中和目标' })).toMatchObject({
      created: false,
      contexts: 2,
    });
    // Another reading of the same characters is another record.
    await repo.save({ ...save, term: '行', pinyin: 'xíng' });
    await repo.save({ ...save, term: '行', pinyin: 'háng' });
    const all = await repo.all();
    expect(all.map((x) => [x.term, x.pinyin])).toEqual([
      ['行', 'háng'],
      ['行', 'xíng'],
      ['碳中和', 'tàn zhōng hé'],
    ]);
    const carbon = all[2];
    expect(carbon?.contexts.map((c) => c.savedAt)).toEqual([1000, 1002]);
    expect(carbon?.sites).toEqual(['news.example.cn', 'b.example']);
    expect(carbon?.updatedAt).toBe(1002);
    expect(await repo.savedAmong(['行', '碳中和', '双控'])).toEqual(expect.arrayContaining(['行', '碳中和']));
    expect(await repo.savedAmong(['双控'])).toEqual([]);
  });

  it('keeps the glossary id and category a later save brings', async () => {
    const { repo } = freshRepo();
    await repo.save(save);
    await repo.save({ ...save, sentence: 'x', glossaryId: '碳中和', category: 'target' });
    expect(await repo.get(['碳中和', 'tàn zhōng hé'])).toMatchObject({
      glossaryId: '碳中和',
      category: 'target',
    });
  });

  it('edits notes and tags', async () => {
    const { repo } = freshRepo();
    await repo.save(save);
    const id: [string, string] = ['碳中和', 'tàn zhōng hé'];
    await repo.setNote(id, 'by 2060');
    const t = await repo.setTags(id, [' week 1 ', 'a,b', 'week 1', '']);
    expect(t.tags).toEqual(['week 1', 'a b']);
    expect((await repo.get(id))?.note).toBe('by 2060');
    await expect(repo.setNote(['无', ''], 'x')).rejects.toThrow(/not saved/);
  });

  it('deletes and restores exactly what was deleted', async () => {
    const { repo } = freshRepo();
    await repo.save(save);
    await repo.save({ ...save, term: '双控', pinyin: 'shuāng kòng' });
    await repo.setNote(['双控', 'shuāng kòng'], 'energy');
    const before = await repo.all();
    const removed = await repo.remove([['双控', 'shuāng kòng']]);
    expect(removed).toHaveLength(1);
    expect(await repo.count()).toBe(1);
    await repo.restore(removed);
    expect(await repo.all()).toEqual(before);
  });

  it('reports a full disk as a StorageFullError and changes nothing', async () => {
    const { db, repo } = freshRepo();
    await repo.save(save);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.terms, 'add').mockRejectedValue(quota);
    await expect(repo.save({ ...save, term: '新词' })).rejects.toThrow(StorageFullError);
    await expect(repo.save({ ...save, term: '新词' })).rejects.toThrow(/storage for Tanci is full/);
    spy.mockRestore();
    expect(await repo.count()).toBe(1);
  });
});
