/**
 * A save the background refuses because the storage is full shows a short line in the interface language
 * in the word popup. The error goes the real way: the background's handler, the messaging library's reply
 * (through JSON, as the browser carries it), the content script's retry wrapper, then the popup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageFullError } from '@/background/db/errors';
import { registerVocabHandlers } from '@/background/handlers/vocab';
import { sendWithRetry } from '@/content/popup/save-retry';
import { type MessageData, removeAllListeners, sendMessage } from '@/protocol/messages';
import { freshRepo } from '../../background/db/helpers';
import { useLocale } from '../../use-locale';
import { statusAfterSave } from './status-after-save';

beforeEach(() => {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as {
    trigger: (...args: unknown[]) => Promise<unknown[]>;
  };
  (fakeBrowser.runtime as { lastError?: unknown }).lastError = undefined;
  // The library calls chrome.runtime.sendMessage(message, callback); answer from this extension, through JSON.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    ((message: unknown, reply: (answer: unknown) => void) =>
      void onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 1 } }, (answer: unknown) =>
        reply(JSON.parse(JSON.stringify(answer))),
      )) as never,
  );
});

afterEach(() => {
  removeAllListeners();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  document.body.replaceChildren();
});

/** A background whose storage is full, and the content script's save as reading-session.ts wires it. */
function fullBackground() {
  const { db, repo } = freshRepo();
  registerVocabHandlers({ repo });
  const quota = () =>
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  vi.spyOn(db.terms, 'add').mockRejectedValue(quota());
  vi.spyOn(db.terms, 'put').mockRejectedValue(quota());
  return (data: MessageData<'saveTerm'>) => sendWithRetry(() => sendMessage('saveTerm', data));
}

const input: MessageData<'saveTerm'> = {
  term: '碳汇',
  pinyin: 'tàn huì',
  english: 'carbon sink',
  sentence: '发展碳汇',
  pageTitle: 't',
  url: 'https://www.example.cn/a',
};

describe('the error a full storage sends to the page', () => {
  it('arrives as a plain Error under the name StorageFullError, with the English advice', async () => {
    const save = fullBackground();
    const error = await save(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ name: 'StorageFullError' });
    expect((error as Error).message).toMatch(/^"碳汇" could not be saved: .*storage for Tanci is full/);
  });
});

describe('the word popup in Chinese', () => {
  useLocale('zh_CN');

  it('says briefly that the word was not saved because the storage is full', async () => {
    expect(await statusAfterSave(fullBackground())).toBe('未保存：存储空间已满');
  });

  it('says the save may not have happened when the background never answered', async () => {
    const lost = () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const save = () => sendWithRetry(lost, { sleep: async () => undefined });
    expect(await statusAfterSave(save)).toBe('可能未保存：碳词没有响应，请重试');
  });

  it('keeps the reason of any other failure', async () => {
    const refused = Object.assign(new Error('term: longer than 64 characters'), { name: 'ValidationError' });
    expect(await statusAfterSave(() => Promise.reject(refused))).toBe(
      '未能保存：term: longer than 64 characters',
    );
  });
});

describe('the word popup in English', () => {
  useLocale('en');

  it('says briefly that the word was not saved because the storage is full', async () => {
    expect(await statusAfterSave(fullBackground())).toBe('Not saved: storage is full');
  });

  it('keeps the reason of any other failure', async () => {
    expect(await statusAfterSave(() => Promise.reject(new Error('disk on fire')))).toBe(
      'Could not save: disk on fire',
    );
  });
});
