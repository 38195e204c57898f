import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerVocabHandlers } from '@/background/handlers/vocab';
import { removeAllListeners } from '@/protocol/messages';
import { freshRepo } from '../db/helpers';

async function send(type: string, data: unknown): Promise<unknown> {
  const trigger = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  // The listener answers through sendResponse (returning true) or with a promise; take whichever comes.
  return new Promise((resolve) => {
    void trigger({ id: 1, type, data, timestamp: 0 }, { id: browser.runtime.id }, resolve).then((results) => {
      const direct = results.find((r) => r && typeof r === 'object');
      if (direct) resolve(direct);
    });
  });
}

afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

const data = {
  term: '双控',
  pinyin: 'shuāng kòng',
  english: 'dual control',
  sentence: '能耗双控',
  pageTitle: 'p',
  url: 'https://x.cn/',
  category: 'mechanism',
};

describe('vocab message handlers', () => {
  it('saves through saveTerm and answers getSaved', async () => {
    const { repo } = freshRepo();
    registerVocabHandlers({ repo });
    expect(await send('saveTerm', data)).toEqual({
      res: { term: '双控', pinyin: 'shuāng kòng', created: true, contexts: 1 },
    });
    expect(await send('saveTerm', { ...data, sentence: '碳排放双控' })).toMatchObject({
      res: { created: false, contexts: 2 },
    });
    expect(await send('getSaved', { words: ['双控', '两高'] })).toEqual({ res: { saved: ['双控'] } });
    expect((await repo.get(['双控', 'shuāng kòng']))?.category).toBe('mechanism');
  });

  it('rejects malformed data without writing', async () => {
    const { repo } = freshRepo();
    registerVocabHandlers({ repo });
    const reply = (await send('saveTerm', { ...data, term: '' })) as { err?: { message: string } };
    expect(reply.err?.message).toMatch(/term: shorter than 1/);
    expect(await repo.count()).toBe(0);
  });
});
