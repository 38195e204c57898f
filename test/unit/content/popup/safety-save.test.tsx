/**
 * Nothing is lost on the save path: a lost reply is sent again and the retry cannot duplicate, many
 * concurrent saves give exactly the right records, a full disk is reported and keeps what was saved,
 * and a corrupt import changes nothing and says what is wrong.
 */

import { fireEvent, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toSaved } from '@/background/db/derive';
import type { SaveInput, VocabRepo } from '@/background/db/vocab-repo';
import { registerVocabHandlers } from '@/background/handlers/vocab';
import { isLostReply, SaveNotConfirmedError, sendWithRetry } from '@/content/popup/save-retry';
import { toCsv } from '@/core/export/csv';
import { toJsonBackup } from '@/core/export/json';
import { IMPORT_MAX_BYTES } from '@/core/export/types';
import { removeAllListeners } from '@/protocol/messages';
import { ImportButton } from '@/ui/review/import-button';
import { createReviewState, type ReviewState } from '@/ui/review/review-state';
import { freshRepo } from '../../background/db/helpers';
import { plainTerm } from '../../core/export/arbitraries';
import { useLocale } from '../../use-locale';
import { statusAfterSave } from '../hover/status-after-save';

// Status lines are checked in the words a person reads.
useLocale('en');

/** The whole store as a backup file: equal text means nothing changed. */
const exportAll = async (repo: VocabRepo, _format: 'json') =>
  toJsonBackup((await repo.all()).map(toSaved), new Date('2026-01-01T00:00:00Z'));

/** A message from this extension's content script through the registered listeners, as Chrome does it. */
async function send(type: string, data: unknown): Promise<unknown> {
  const trigger = (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }
  ).trigger;
  const reply = await new Promise<{ res?: unknown; err?: { name: string; message: string } }>((resolve) => {
    void trigger(
      { id: 1, type, data, timestamp: Date.now() },
      { id: browser.runtime.id, tab: { id: 1 } },
      resolve,
    );
  });
  if (reply.err) throw Object.assign(new Error(reply.err.message), { name: reply.err.name });
  return reply.res;
}

const noSleep = { sleep: async () => undefined };
const lost = () => new Error('Could not establish connection. Receiving end does not exist.');

afterEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
});

const input = (term: string, sentence: string, url = 'https://www.example.cn/a'): SaveInput => ({
  term,
  pinyin: 'x',
  english: '',
  sentence,
  pageTitle: 't',
  url,
});

describe('a save whose reply is lost is sent again, and cannot duplicate', () => {
  it('retries lost replies only, and says clearly when the background never answered', async () => {
    const send = vi.fn().mockRejectedValueOnce(lost()).mockResolvedValueOnce('ok');
    expect(await sendWithRetry(send, noSleep)).toBe('ok');
    expect(send).toHaveBeenCalledTimes(2);

    for (const message of [
      'The message port closed before a response was received.',
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'No response',
    ]) {
      expect(isLostReply(new Error(message))).toBe(true);
    }
    // Refusals are final: a retry cannot make bad data good or a full disk empty.
    for (const name of ['ValidationError', 'StorageFullError', 'UntrustedSenderError']) {
      const refusal = Object.assign(new Error('refused'), { name });
      const once = vi.fn().mockRejectedValue(refusal);
      await expect(sendWithRetry(once, noSleep)).rejects.toBe(refusal);
      expect(once).toHaveBeenCalledTimes(1);
    }
    const invalidated = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendWithRetry(invalidated, noSleep)).rejects.toThrow('invalidated');

    const never = vi.fn().mockRejectedValue(lost());
    const error = await sendWithRetry(never, noSleep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveNotConfirmedError);
    expect((error as Error).message).toMatch(/may not be saved\. Try again/);
    expect(never).toHaveBeenCalledTimes(4);
  });

  it('a save written but unanswered, then retried, leaves one record with one context', async () => {
    const { repo } = freshRepo();
    registerVocabHandlers({ repo });
    // The first reply is lost after the write (the worker stopped between commit and reply).
    let calls = 0;
    const data = { ...input('双控', '能耗双控'), pinyin: 'shuāng kòng' };
    const result = await sendWithRetry(async () => {
      calls++;
      const reply = await send('saveTerm', data);
      if (calls === 1) throw lost();
      return reply;
    }, noSleep);
    expect(calls).toBe(2);
    expect(result).toMatchObject({ created: false, contexts: 1 });
    const all = await repo.all();
    expect(all).toHaveLength(1);
    expect(all[0]?.contexts).toHaveLength(1);
  });

  it('property: any mix of concurrent saves and retries gives one record per term, each context once', async () => {
    const save = fc.record({
      term: fc.constantFrom('两高', '双控', '碳达峰', '碳中和', '网格化'),
      sentence: fc.constantFrom('句一', '句二', '句三'),
      url: fc.constantFrom('https://a.cn/1', 'https://b.cn/2'),
      retries: fc.nat({ max: 2 }),
    });
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(save, { minLength: 1, maxLength: 30 }), async (saves) => {
        const { repo } = freshRepo();
        // Every save and every retry of it, all in flight at once.
        const writes = saves.flatMap((s) =>
          Array.from({ length: 1 + s.retries }, () => repo.save(input(s.term, s.sentence, s.url))),
        );
        await Promise.all(writes);
        const expected = new Map<string, Set<string>>();
        for (const s of saves) {
          const set = expected.get(s.term) ?? new Set<string>();
          set.add(`${s.sentence}|${s.url}`);
          expected.set(s.term, set);
        }
        const all = await repo.all();
        expect(all.map((t) => t.term).sort()).toEqual([...expected.keys()].sort());
        for (const t of all) {
          const got = t.contexts.map((c) => `${c.sentence}|${c.url}`);
          expect(got.sort()).toEqual([...(expected.get(t.term) ?? [])].sort());
        }
        checked += writes.length;
      }),
      { numRuns: 25 },
    );
    console.log(`safety: ${checked} concurrent saves and retries checked against the expected records`);
  }, 60_000);
});

describe('a full disk is reported and keeps what is saved', () => {
  function quotaFull(repoDb: ReturnType<typeof freshRepo>['db']) {
    const quota = () =>
      Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(repoDb.terms, 'add').mockRejectedValue(quota());
    vi.spyOn(repoDb.terms, 'put').mockRejectedValue(quota());
  }

  it('a save refused for quota reaches the page as a StorageFullError with advice', async () => {
    const { db, repo } = freshRepo();
    await repo.importTerms([plainTerm(1), plainTerm(2)]);
    const before = await exportAll(repo, 'json');
    registerVocabHandlers({ repo });
    quotaFull(db);
    const newTerm = send('saveTerm', input('碳汇', '发展碳汇'));
    await expect(newTerm).rejects.toMatchObject({ name: 'StorageFullError' });
    await expect(send('saveTerm', input('碳汇', '发展碳汇'))).rejects.toThrow(
      /storage for Tanci is full.*Nothing was changed/,
    );
    // Adding a context to a saved term fails the same way and leaves it as it was.
    const existing = plainTerm(1);
    await expect(
      send('saveTerm', { ...input(existing.term, 'new sentence'), pinyin: existing.pinyin }),
    ).rejects.toMatchObject({ name: 'StorageFullError' });
    vi.restoreAllMocks();
    expect(await exportAll(repo, 'json')).toBe(before);
  });

  it('the word popup says the storage is full instead of "Saved"', async () => {
    const full = Object.assign(new Error("the browser's storage for Tanci is full"), {
      name: 'StorageFullError',
    });
    const status = await statusAfterSave(async () => {
      throw full;
    });
    expect(status).toBe('Not saved: storage is full');
    document.body.replaceChildren();
  });
});

describe('a corrupt import changes nothing and says what is wrong', () => {
  async function stateWith(repo: VocabRepo): Promise<ReviewState> {
    const state = createReviewState({ repo, download: () => undefined, afterPaint: async () => undefined });
    await state.load();
    return state;
  }

  const good = [plainTerm(3), plainTerm(4), plainTerm(5)];
  const csv = toCsv(good);
  const json = toJsonBackup(good, new Date('2026-01-01T00:00:00Z'));
  const lines = csv.split('\r\n');
  const cases: [string, string, string, RegExp][] = [
    ['bad JSON', 'backup.json', '{"format":"tanci-vocab","terms":[{"term":', /not valid JSON/],
    ['a JSON backup cut short', 'backup.json', json.slice(0, Math.floor(json.length / 2)), /not valid JSON/],
    ['JSON of something else', 'data.json', '{"hello":"world"}', /not a Tanci backup/],
    [
      'a backup with one damaged term',
      'backup.json',
      json.replace(/"contexts":\s*\[/, '"contexts": "lost", "x": ['),
      /damaged/,
    ],
    [
      'a truncated CSV (cut inside a quoted cell)',
      'list.csv',
      csv.slice(0, csv.indexOf('"', csv.indexOf('\n')) + 4),
      /CSV row \d+: Quoted field/,
    ],
    [
      'a truncated CSV (last row short)',
      'list.csv',
      `${lines.slice(0, -2).join('\r\n')}\r\n${lines.at(-2)?.split(',').slice(0, 2).join(',')}`,
      /row \d+.*cells/,
    ],
    ['wrong columns', 'list.csv', 'Word,Meaning\r\n两高,high\r\n', /column/i],
    [
      'one bad row in a valid file',
      'list.csv',
      csv.replace(lines[2] ?? '', `${lines[2]?.replace(/20\d\d-/, 'yesterday-')}`),
      /row 3,.*not a date/,
    ],
    ['an empty file', 'list.csv', '', /empty/],
    [
      'a file of another kind',
      'notes.txt',
      'just some notes\nabout 两高',
      /neither a Tanci JSON backup nor a Tanci CSV/,
    ],
  ];

  it.each(cases)('%s', async (_label, name, text, says) => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1), plainTerm(2)]);
    const before = await exportAll(repo, 'json');
    const state = await stateWith(repo);
    await state.importFile(name, text);
    expect(state.status.value?.kind).toBe('error');
    expect(state.status.value?.text).toMatch(says);
    expect(state.status.value?.text).toContain(`${name} was not imported`);
    expect(state.status.value?.text).toContain('Nothing was changed');
    expect(await exportAll(repo, 'json')).toBe(before);
  });

  it('the valid file itself imports (the cases above differ from it only by the damage)', async () => {
    const { repo } = freshRepo();
    const state = await stateWith(repo);
    await state.importFile('list.csv', csv);
    expect(state.status.value).toMatchObject({ kind: 'info' });
    expect(await repo.count()).toBe(3);
  });

  it('a file too large to be an export is refused before it is read', async () => {
    const state = { status: { value: null }, importFile: vi.fn() } as unknown as ReviewState;
    const { container } = render(<ImportButton state={state} />);
    const chooser = container.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: IMPORT_MAX_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    Object.defineProperty(chooser, 'files', { value: [file], configurable: true });
    fireEvent.change(chooser);
    await vi.waitFor(() => expect(state.status.value).toMatchObject({ kind: 'error' }));
    expect((state.status.value as { text: string }).text).toMatch(/huge\.json is too large/);
    expect(text).not.toHaveBeenCalled();
    expect(state.importFile).not.toHaveBeenCalled();
  });

  it('a storage failure half-way through an import is reported and leaves the store as it was', async () => {
    const { db, repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    const before = await exportAll(repo, 'json');
    const state = await stateWith(repo);
    vi.spyOn(db.terms, 'bulkPut').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    await state.importFile('list.csv', csv);
    vi.restoreAllMocks();
    expect(state.status.value).toMatchObject({ kind: 'error' });
    expect(state.status.value?.text).toMatch(/storage for Tanci is full/);
    expect(await exportAll(repo, 'json')).toBe(before);
  });
});
