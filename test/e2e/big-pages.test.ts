/**
 * Issue 9, "big pages do not hang", in Chromium: a 1 MiB text node, 100,000 text nodes, and a feed that
 * appends paragraphs forever (test/fixtures/pages/big-*.html). Terms still get marked, the popup still
 * opens, and the work stays bounded: marks follow the text that is on the page (none kept for removed
 * text), reading is visible-first, and the page's own timers keep running.
 *
 * Tanci records each of its own tasks that ran over 30 ms as a `tanci:long-task` performance measure
 * (core/perf.ts). Budgets (no task > 50 ms) are measured by `npm run bench:browser`; this test
 * only asserts a generous bound (one second) so that it cannot flake on a loaded machine, and prints
 * the longest task seen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { popupOf } from './popup-driver';
import { shownPopupWord } from './popup-root';
import { highlighted, hoverWord } from './reading-helpers';

const POLL = { timeout: 30_000 };
const GENEROUS_TASK_MS = 1_000;

function tanciTasks(page: Page): Promise<{ count: number; longest: number; names: string[] }> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('tanci:long-task') as PerformanceMeasure[];
    return {
      count: entries.length,
      longest: Math.max(0, ...entries.map((e) => e.duration)),
      names: [...new Set(entries.map((e) => String(e.detail)))],
    };
  });
}

async function popupOpensOn(page: Page, selector: string, word: string): Promise<void> {
  await hoverWord(page, selector, word);
  await popupOf(page).getByRole('dialog', { name: word, exact: true }).waitFor(POLL);
}

describe('big pages do not hang the reader', () => {
  let h: Harness;
  const report: string[] = [];
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    console.info(`hardening-big:\n  ${report.join('\n  ')}`);
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('a 1 MiB text node: marked from the top, hover works, the end is reached', async () => {
    const page = await h.openFixture('big-text-node.html');
    expect(await page.evaluate(() => document.getElementById('big')?.firstChild?.textContent?.length)).toBe(
      1_048_576,
    );
    await expect
      .poll(() => highlighted(page, 'tanci-policy', '#big').then((t) => t.includes('两高')), POLL)
      .toBe(true);
    // The node is read as bounded slices, every one kept: a word near its end opens the popup too
    // (segmented on demand, ahead of the slices still queued).
    const point = await page.evaluate(() => {
      const node = document.getElementById('big')?.firstChild as Text;
      const at = node.data.lastIndexOf('两高');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      const top = range.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 200);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, at };
    });
    await page.mouse.move(point.x - 30, point.y + 40);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // Only the cuts near the viewport are read (issue 15). When all ~260 cuts of the node were read at
    // once, tens of thousands of marks piled up on this one text node and the page's main thread spent
    // its frames on them: this popup then failed to open in 30 s and in 75 s on a loaded machine.
    // Read through the DOM, not the accessibility tree: building that tree for a 1 MiB text node would be
    // most of this test's time (seconds per query on a loaded machine).
    await expect.poll(() => shownPopupWord(page), POLL).toBe('两高');
    const lastMark = () =>
      page.evaluate(() =>
        Math.max(0, ...[...(CSS.highlights.get('tanci-policy') ?? [])].map((r) => r.startOffset)),
      );
    expect(point.at).toBeGreaterThan(1_048_576 - 100);
    // The middle of the node, never near the viewport, was not read.
    const middleMarks = await page.evaluate(
      () =>
        [...(CSS.highlights.get('tanci-policy') ?? [])].filter(
          (r) => r.startOffset > 300_000 && r.startOffset < 700_000,
        ).length,
    );
    expect(middleMarks).toBe(0);
    const tasks = await tanciTasks(page);
    report.push(
      `1 MiB text node: marks up to offset ${await lastMark()}, ${tasks.count} Tanci tasks over 30 ms, ` +
        `longest ${tasks.longest.toFixed(0)} ms (${tasks.names.join(', ') || 'none'})`,
    );
    expect(tasks.longest).toBeLessThan(GENEROUS_TASK_MS);
    await page.close();
  }, 120_000);

  it('100,000 text nodes: the first viewport is marked first, the rest when scrolled to', async () => {
    const page = await h.openFixture('big-many-nodes.html');
    expect(
      await page.evaluate(() => {
        const walker = document.createTreeWalker(
          document.getElementById('main') as Node,
          NodeFilter.SHOW_TEXT,
        );
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      }),
    ).toBe(100_000);
    await expect
      .poll(
        () => highlighted(page, 'tanci-policy', 'main > p:first-child').then((t) => t.includes('两高')),
        POLL,
      )
      .toBe(true);
    // Reading is visible-first: the last paragraph, far below, is not segmented before it comes near.
    expect(await highlighted(page, 'tanci-policy', '#last')).toEqual([]);
    await page.locator('#last').scrollIntoViewIfNeeded();
    await expect
      .poll(() => highlighted(page, 'tanci-policy', '#last').then((t) => t.includes('两高')), POLL)
      .toBe(true);
    await popupOpensOn(page, '#last', '两高');
    const tasks = await tanciTasks(page);
    report.push(
      `100,000 text nodes: first viewport and last paragraph marked, ${tasks.count} Tanci tasks over 30 ms, ` +
        `longest ${tasks.longest.toFixed(0)} ms (${tasks.names.join(', ') || 'none'})`,
    );
    expect(tasks.longest).toBeLessThan(GENEROUS_TASK_MS);
    await page.close();
  }, 120_000);

  it('a feed that appends forever: new text keeps being marked, marks of removed text are let go', async () => {
    const page = await h.openFixture('big-endless.html');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { added: number }).added), POLL)
      .toBeGreaterThan(400);
    // Paragraphs added a moment ago are marked: the reader keeps up with the feed.
    const newestMarked = () =>
      page.evaluate(() => {
        const added = (window as unknown as { added: number }).added;
        const ids = [...(CSS.highlights.get('tanci-policy') ?? [])].map((r) =>
          Number((r.startContainer.parentElement?.id ?? 'n-1').slice(1)),
        );
        return { added, newest: Math.max(-1, ...ids) };
      });
    const seen = await newestMarked();
    await expect.poll(async () => (await newestMarked()).newest, POLL).toBeGreaterThanOrEqual(seen.added);
    const state = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('tanci-policy') ?? [])];
      return {
        ranges: ranges.length,
        stale: ranges.filter((r) => !r.startContainer.isConnected).length,
        paragraphs: document.querySelectorAll('#feed > p').length,
        ticks: (window as unknown as { ticks: number }).ticks,
      };
    });
    // Memory stays bounded: marks only for text that is still on the page (at most 100 paragraphs).
    expect(state.stale).toBe(0);
    expect(state.paragraphs).toBe(100);
    expect(state.ranges).toBeLessThanOrEqual(state.paragraphs * 3);
    // The page's own timer keeps running while Tanci reads.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { ticks: number }).ticks), POLL)
      .toBeGreaterThan(state.ticks + 10);
    const tasks = await tanciTasks(page);
    report.push(
      `endless feed: ${state.ticks} paragraphs appended, ${state.ranges} live marks, ${state.stale} stale, ` +
        `${tasks.count} Tanci tasks over 30 ms, longest ${tasks.longest.toFixed(0)} ms`,
    );
    expect(tasks.longest).toBeLessThan(GENEROUS_TASK_MS);
    await page.close();
  }, 120_000);
});
