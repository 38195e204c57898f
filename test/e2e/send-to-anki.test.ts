import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { popupOf } from './popup-driver';
import { highlighted, hoverWord } from './reading-helpers';

interface Call {
  action: string;
  version: number;
  params?: { notes?: { fields: Record<string, string> }[]; modelName?: string };
}

const ANSWER_DELAY_MS = 150;

/** A small AnkiConnect (API version 6) on its real address, speaking the actions Tanci uses. */
function startFakeAnki() {
  const calls: Call[] = [];
  const notes: { fields: Record<string, string> }[] = [];
  const has = (n: { fields: Record<string, string> }) => notes.some((m) => m.fields.Front === n.fields.Front);
  const answer = (call: Call): unknown => {
    switch (call.action) {
      case 'version':
        return 6;
      case 'deckNames':
        return ['Default', 'Chinese'];
      case 'modelNames':
        return ['Basic', 'Cloze'];
      case 'modelFieldNames':
        return call.params?.modelName === 'Basic' ? ['Front', 'Back'] : ['Text', 'Back Extra'];
      case 'canAddNotes':
        return (call.params?.notes ?? []).map((n) => !has(n));
      case 'addNotes':
        return (call.params?.notes ?? []).map((n) => {
          notes.push(n);
          return notes.length;
        });
      default:
        throw new Error(`unsupported action ${call.action}`);
    }
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const call = JSON.parse(body) as Call;
      calls.push(call);
      let reply: unknown;
      try {
        reply = { result: answer(call), error: null };
      } catch (e) {
        reply = { result: null, error: (e as Error).message };
      }
      // A real Anki answers from its main thread, never at once; answering every call a little late keeps
      // the settings page honest about what it has heard (it once said "Connected" before the fields came).
      setTimeout(
        () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply)),
        ANSWER_DELAY_MS,
      );
    });
  });
  return new Promise<{ calls: Call[]; notes: typeof notes; close: () => Promise<void> }>((resolve) =>
    server.listen(8765, '127.0.0.1', () =>
      resolve({
        calls,
        notes,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const actions = (calls: Call[]) => calls.map((c) => c.action);

async function saved(page: Page): Promise<string[]> {
  return page.evaluate(
    async () =>
      (
        await chrome.runtime.sendMessage({
          id: 1,
          type: 'getSaved',
          data: { words: ['地方', '碳汇'] },
          timestamp: Date.now(),
        })
      ).res.saved,
  );
}

describe('Send to Anki, in Chromium', () => {
  let h: Harness;
  let anki: Awaited<ReturnType<typeof startFakeAnki>>;
  beforeAll(async () => {
    anki = await startFakeAnki();
    h = await launchHarness();
  });
  afterAll(async () => {
    await h.close();
    await anki.close();
  });

  it('is off until turned on; then sends from the word popup and the toolbar popup, reports duplicates, and a stopped Anki loses nothing', async () => {
    // Nothing reaches Anki before the reader turns it on.
    const options = await h.openExtensionPage('options.html');
    expect(anki.calls).toEqual([]);
    await options.getByRole('checkbox', { name: 'Send cards to Anki (AnkiConnect)' }).check();
    await poll(() => options.getByTestId('anki-status').textContent()).toBe(
      'Connected to AnkiConnect (API version 6).',
    );
    expect(actions(anki.calls)).toEqual(
      expect.arrayContaining(['version', 'deckNames', 'modelNames', 'modelFieldNames']),
    );
    await options.getByRole('combobox', { name: 'Deck' }).selectOption('Chinese');
    await poll(() => options.getByRole('combobox', { name: 'Field “Front” gets' }).inputValue()).toBe('term');
    expect(await options.getByRole('combobox', { name: 'Field “Back” gets' }).inputValue()).toBe('english');

    // The word popup: Send to Anki saves the term and adds one note.
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await poll(() => highlighted(page, 'tanci-policy', '#p2')).not.toEqual([]);
    await hoverWord(page, '#p2', '地方');
    const dialog = popupOf(page).getByRole('dialog', { name: '地方' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send to Anki' }).click();
    await poll(() => dialog.getByRole('status').first().textContent()).toBe(
      'Sent to Anki: 1 added, 0 already there.',
    );
    const add = anki.calls.find((c) => c.action === 'addNotes');
    expect(add).toMatchObject({
      version: 6,
      params: {
        notes: [
          {
            deckName: 'Chinese',
            modelName: 'Basic',
            fields: { Front: '地方', Back: expect.any(String) },
            tags: ['tanci'],
            options: { allowDuplicate: false, duplicateScope: 'deck' },
          },
        ],
      },
    });
    expect(anki.calls[anki.calls.indexOf(add as Call) - 1]?.action).toBe('canAddNotes');

    // The toolbar popup's Send all saved: the same term again is reported as a duplicate, not added.
    const popup = await h.openExtensionPage('popup.html');
    expect(await saved(popup)).toEqual(['地方']);
    const sendAll = popup.getByRole('button', { name: 'Send all saved to Anki' });
    await sendAll.click();
    await poll(() => popup.getByTestId('anki-status').textContent()).toBe(
      'Sent to Anki: 0 added, 1 already there.',
    );
    expect(anki.notes).toHaveLength(1);

    // Anki stops: a clear message, and the saved terms are all still here.
    await anki.close();
    await sendAll.click();
    await poll(() => popup.getByTestId('anki-status').textContent()).toContain('Anki is not running');
    expect(await saved(popup)).toEqual(['地方']);
    expect(h.externalRequests()).toEqual([]);
  });
});
