import type { Page } from 'playwright-core';
import { resetPointer } from './popup-driver';

/**
 * How long a reading test waits for what the reader does on its own (marks, a dialog's lookups): the first
 * page of a fresh profile waits for the background to load the language core, about 2 s here, several
 * times that on a loaded 2-core CI machine. One budget for every file, so none grows its own.
 */
export const POLL = { timeout: 15_000 };

/** Snapshots the page's serialisation at DOMContentLoaded, before any content script (document_idle) runs. */
export async function snapshotBeforeTanci(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
    });
  });
}

/** The page's serialisation now, and at load, with Tanci's own popup host left out. */
export function serialisations(page: Page): Promise<{ before: string; now: string }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('tanci-popup')) host.remove();
    return { before: (window as unknown as { __before: string }).__before, now: clone.outerHTML };
  });
}

/** Texts of the ranges in one of Tanci's highlights, read from the page's own `CSS.highlights`. */
export function highlighted(
  page: Page,
  name: 'tanci-policy' | 'tanci-saved' | 'tanci-unit' | 'tanci-page',
  within = 'body',
): Promise<string[]> {
  return page.evaluate(
    ([name, within]) => {
      const scope = document.querySelector(within as string);
      const h = CSS.highlights.get(name as string);
      return [...(h ?? [])]
        .filter((r) => scope?.contains(r.startContainer))
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
    },
    [name, within],
  );
}

/**
 * Moves the mouse onto the middle of the first occurrence of `word` inside `selector`; with `shadow`, inside
 * the open shadow root of the element `selector` matches. It starts from a neutral point with no popup
 * open (resetPointer), whatever an earlier step left.
 */
export async function hoverWord(
  page: Page,
  selector: string,
  word: string,
  { shadow = false } = {},
): Promise<void> {
  await resetPointer(page);
  const point = await page.evaluate(
    ([selector, word, shadow]) => {
      const element = document.querySelector(selector as string);
      const root = shadow ? element?.shadowRoot : element;
      if (!root) throw new Error(`${selector}${shadow ? ' has no open shadow root' : ' not found'}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(word as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + (word as string).length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`${word} not found in ${selector}`);
    },
    [selector, word, shadow] as const,
  );
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}
