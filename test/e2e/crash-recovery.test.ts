/**
 * Nothing is lost: saves sent at once from five tabs give exactly the right records, and stopping the
 * service worker (through the devtools protocol) while saves are in flight loses no acknowledged save,
 * duplicates nothing, and every save not acknowledged is sent again by the content side's own retry
 * (content/popup/save-retry.ts, run here unchanged) or reported as not saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { type ContentWorld, contentWorld, type StoredRecord, storedRecords } from './page-isolation-helpers';
import { root } from './paths';
import { popupOf } from './popup-driver';
import { hoverWord } from './reading-helpers';

interface Item {
  term: string;
  sentence: string;
}
interface Outcome {
  term: string;
  sentence: string;
  ok: boolean;
  error?: string;
  attempts: number;
}

/** The content side's retry module, compiled from its source, for the content script's world. */
const retrySource = ts.transpileModule(readFileSync(`${root}content/popup/save-retry.ts`, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
}).outputText;

/**
 * Installs, in a content script world, a saver that sends saveTerm as the word popup does (one-shot
 * message, sendWithRetry around it) and counts acknowledgements as they arrive.
 */
function installSaver(world: ContentWorld): Promise<void> {
  return world.run(`(() => {
    const exports = {};
    ${retrySource}
    const acks = [];
    const send = async (data, counter) => {
      counter.attempts++;
      const reply = await chrome.runtime.sendMessage({ id: counter.attempts, type: 'saveTerm', data, timestamp: Date.now() });
      if (!reply) throw new Error('No response');
      if (reply.err) throw Object.assign(new Error(reply.err.message), { name: reply.err.name });
      acks.push(data.term + '|' + data.sentence);
      return reply.res;
    };
    globalThis.__tanciSaver = {
      acks,
      start(items) {
        this.done = Promise.all(items.map(async (data) => {
          const counter = { attempts: 0 };
          try {
            await exports.sendWithRetry(() => send(data, counter));
            return { term: data.term, sentence: data.sentence, ok: true, attempts: counter.attempts };
          } catch (e) {
            return { term: data.term, sentence: data.sentence, ok: false, error: e.name + ': ' + e.message, attempts: counter.attempts };
          }
        }));
      },
    };
  })()`);
}

function start(world: ContentWorld, page: Page, items: Item[]): Promise<void> {
  const data = items.map((i) => ({
    term: i.term,
    pinyin: '',
    english: '',
    sentence: i.sentence,
    pageTitle: 'crash test',
    url: page.url(),
  }));
  return world.run(`globalThis.__tanciSaver.start(${JSON.stringify(data)})`);
}

const acks = (world: ContentWorld) => world.run<number>('globalThis.__tanciSaver.acks.length');
const outcomes = (world: ContentWorld) => world.run<Outcome[]>('globalThis.__tanciSaver.done');

/** Records as term → list of "sentence|url" contexts (duplicates kept, so they can be seen). */
function byTerm(records: StoredRecord[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of records) {
    if (map.has(r.term)) throw new Error(`two records for ${r.term}`);
    map.set(
      r.term,
      r.contexts.map((c) => `${c.sentence}|${c.url}`),
    );
  }
  return map;
}

describe('nothing is lost', () => {
  let h: Harness;
  let tabs: { page: Page; world: ContentWorld }[];
  let admin: Page;
  beforeAll(async () => {
    h = await launchHarness();
    tabs = [];
    for (let i = 0; i < 5; i++) {
      const page = await h.openFixture(`english.html?tab=${i}`);
      const world = await contentWorld(page, h.extensionId);
      await installSaver(world);
      tabs.push({ page, world });
    }
    admin = await h.openExtensionPage('options.html');
  }, 120_000);
  afterAll(async () => {
    await h.close();
  });

  it('five tabs saving the same and different terms at once give exactly the right records', async () => {
    const shared = ['两高', '双控', '碳达峰'];
    const plan = tabs.map((_t, i) => [
      // The same terms from every tab: tabs 0-2 in sentence A, 3-4 in sentence B; each sent twice.
      ...shared.flatMap((term) => [
        { term, sentence: i < 3 ? '句A' : '句B' },
        { term, sentence: i < 3 ? '句A' : '句B' },
      ]),
      // Terms of this tab only.
      ...Array.from({ length: 6 }, (_x, k) => ({ term: `词${i}-${k}`, sentence: `句${k}` })),
    ]);
    await Promise.all(tabs.map((t, i) => start(t.world, t.page, plan[i] ?? [])));
    const results = (await Promise.all(tabs.map((t) => outcomes(t.world)))).flat();
    expect(results.filter((r) => !r.ok)).toEqual([]);

    const expected = new Map<string, Set<string>>();
    tabs.forEach((t, i) => {
      for (const item of plan[i] ?? []) {
        const set = expected.get(item.term) ?? new Set<string>();
        set.add(`${item.sentence}|${t.page.url()}`);
        expected.set(item.term, set);
      }
    });
    const stored = byTerm(await storedRecords(admin));
    expect([...stored.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [term, contexts] of stored) {
      expect({ term, contexts: [...contexts].sort() }).toEqual({
        term,
        contexts: [...(expected.get(term) ?? [])].sort(),
      });
    }
    const contexts = [...stored.values()].reduce((n, c) => n + c.length, 0);
    console.log(
      `safety: ${results.length} concurrent saves from 5 tabs → ${stored.size} records, ${contexts} contexts, as expected`,
    );
  }, 60_000);

  it('stopping the service worker mid-save loses no acknowledged save and duplicates nothing', async () => {
    const cdp = await h.context.newCDPSession(admin);
    await cdp.send('ServiceWorker.enable');
    const perTab = 20;
    const active = tabs.slice(0, 3);
    const total = perTab * active.length;
    // Crash points, as the number of saves acknowledged when the worker is stopped.
    const crashAt = [0, 1, Math.floor(total / 4), Math.floor(total / 2), total - 10];
    let saves = 0;
    let retried = 0;
    let reported = 0;
    let checked = 0;
    for (const [round, threshold] of crashAt.entries()) {
      const before = byTerm(await storedRecords(admin));
      const plan = active.map((_t, i) =>
        Array.from({ length: perTab }, (_x, k) => ({
          // Half are new terms, half add a context to a term every tab saves in this round.
          term: k % 2 ? `崩${round}-${i}-${k}` : `共${round}-${k % 6}`,
          sentence: `轮${round}句${i}-${k}`,
        })),
      );
      await Promise.all(active.map((t, i) => start(t.world, t.page, plan[i] ?? [])));
      for (;;) {
        const n = (await Promise.all(active.map((t) => acks(t.world)))).reduce((a, b) => a + b, 0);
        if (n >= threshold) break;
        await new Promise((r) => setTimeout(r, 2));
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
      const results = (await Promise.all(active.map((t) => outcomes(t.world)))).flat();
      await Promise.all(active.map((t) => installSaver(t.world)));

      const stored = byTerm(await storedRecords(admin));
      for (const [term, contexts] of stored) {
        expect({ term, duplicates: contexts.length - new Set(contexts).size }).toEqual({
          term,
          duplicates: 0,
        });
      }
      // Earlier rounds' records are untouched.
      for (const [term, contexts] of before) expect(stored.get(term)).toEqual(contexts);
      active.forEach((t, i) => {
        for (const item of plan[i] ?? []) {
          const result = results.find((r) => r.term === item.term && r.sentence === item.sentence);
          const present = stored.get(item.term)?.includes(`${item.sentence}|${t.page.url()}`) ?? false;
          if (result?.ok) {
            expect({ item, present }).toEqual({ item, present: true });
          } else {
            // Not acknowledged even after retries: the reader was told it may not be saved.
            expect(result?.error).toMatch(/SaveNotConfirmedError: .*may not be saved/);
            reported++;
          }
          checked++;
        }
      });
      saves += results.length;
      retried += results.filter((r) => r.attempts > 1).length;
    }
    console.log(
      `safety: ${saves} saves across ${crashAt.length} crash points (worker stopped after ${crashAt.join(', ')} acks): ` +
        `${retried} resent after a lost reply, ${reported} reported unsaved, ${checked} checked in the store, none lost or duplicated`,
    );
  }, 120_000);

  it("the word popup's Save survives the worker stopping before or as it is clicked", async () => {
    const cdp = await h.context.newCDPSession(admin);
    await cdp.send('ServiceWorker.enable');
    // Both popups open and looked up first, in two tabs; then the worker is stopped around each click.
    const cases = [
      { word: '先立后破', within: '#p3', when: 'before the click' },
      { word: '网格化环境监管', within: '#p5', when: 'with the click' },
    ];
    const open = [];
    for (const c of cases) {
      const page = await h.openFixture('article.html');
      await hoverWord(page, c.within, c.word);
      const dialog = popupOf(page).getByRole('dialog', { name: c.word });
      await dialog.waitFor({ timeout: 60_000 });
      await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).not.toContain('Looking up');
      open.push({ ...c, page, dialog });
    }
    for (const { word, when, page, dialog } of open) {
      await page.bringToFront();
      const save = dialog.getByRole('button', { name: 'Save', exact: true });
      if (when === 'before the click') await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.all([
        save.click(),
        when === 'with the click' ? cdp.send('ServiceWorker.stopAllWorkers') : Promise.resolve(),
      ]);
      await dialog.getByRole('button', { name: 'Saved', exact: true }).waitFor({ timeout: 30_000 });
      const record = (await storedRecords(admin)).filter((r) => r.term === word);
      expect(record).toHaveLength(1);
      expect(record[0]?.contexts.filter((c) => c.url === page.url())).toHaveLength(1);
      await page.close();
    }
  }, 150_000);
});
