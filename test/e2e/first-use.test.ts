import { mkdirSync, readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';
import { extensionDir, root } from './paths';

/**
 * What a new user met first (issue 21): keyboard shortcuts that never reached the browser, pinyin letters
 * missing in a CJK font, a popup cut off inside an iframe or covering the lines being read.
 * Screenshots for a person to look at go to /tmp/tanci-shots/.
 */

const POLL = { timeout: 30_000 };
const SHOTS = '/tmp/tanci-shots';

// ---- Every access to the inside of the word popup goes through these functions. ----

/** The open popup's box in the frame's viewport, the frame's viewport size, and its word, or null. */
function popupBox(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.querySelector('tanci-popup')?.shadowRoot?.querySelector('.root');
    if (!root) return null;
    const r = root.getBoundingClientRect();
    return {
      word: root.querySelector('h2')?.textContent ?? '',
      loaded: !!root.querySelector('.reading, .policy'),
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** Ink width (px) of each given letter in the font the popup's header pinyin is set in. */
function popupPinyinInk(frame: Frame, letters: string[]) {
  return frame.evaluate((letters) => {
    const el = document.querySelector('tanci-popup')?.shadowRoot?.querySelector('header .pinyin');
    if (!el) throw new Error('no popup pinyin');
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.font = getComputedStyle(el).font;
    return letters.map((c) => {
      const m = ctx.measureText(c);
      return m.actualBoundingBoxRight + m.actualBoundingBoxLeft;
    });
  }, letters);
}

// ---- The page side. ----

/** Ink width (px) of each letter in the font an element of the page is set in. */
function inkIn(frame: Frame, selector: string, letters: string[]) {
  return frame.evaluate(
    ([selector, letters]) => {
      const el = document.querySelector(selector as string);
      if (!el) throw new Error(`${selector} not found`);
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.font = getComputedStyle(el).font;
      return (letters as string[]).map((c) => {
        const m = ctx.measureText(c);
        return m.actualBoundingBoxRight + m.actualBoundingBoxLeft;
      });
    },
    [selector, letters] as const,
  );
}

/** The box of the first occurrence of `word` in `selector`, in the frame's viewport. */
function wordBox(frame: Frame, selector: string, word: string) {
  return frame.evaluate(
    ([selector, word]) => {
      const el = document.querySelector(selector as string);
      if (!el) throw new Error(`${selector} not found`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(word as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + (word as string).length);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
      throw new Error(`${word} not found in ${selector}`);
    },
    [selector, word] as const,
  );
}

/** Rests the mouse on `word` inside a frame (the main frame or an iframe's), page coordinates added up. */
async function hoverIn(page: Page, frame: Frame, selector: string, word: string) {
  const box = await wordBox(frame, selector, word);
  let dx = 0;
  let dy = 0;
  const element = await frame.frameElement().catch(() => null);
  if (element && frame !== page.mainFrame()) {
    const at = await element.boundingBox();
    if (!at) throw new Error('iframe not laid out');
    const inner = await element.evaluate((e) => {
      const s = getComputedStyle(e);
      return { x: Number.parseFloat(s.borderLeftWidth), y: Number.parseFloat(s.borderTopWidth) };
    });
    dx = at.x + inner.x;
    dy = at.y + inner.y;
  }
  const x = dx + (box.left + box.right) / 2;
  const y = dy + (box.top + box.bottom) / 2;
  await page.mouse.move(x - 40, y + 60);
  await page.mouse.move(x, y, { steps: 3 });
}

describe('what a new user meets first', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('the keyboard shortcuts the README promises reach the browser and show on the options page', async () => {
    const worker = await h.serviceWorker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const [name, command] of Object.entries(manifest.commands)) {
      const key = command.suggested_key.default;
      // Chrome leaves a suggested key unassigned, silently, when it is one of its own shortcuts.
      expect(commands.find((c) => c.name === name)?.shortcut, name).toBe(key);
      expect(readme).toContain(key);
    }
    const options = await h.openExtensionPage('options.html');
    await options.locator('main[data-loaded="true"]').waitFor();
    const keys = options.locator('#shortcuts ~ * kbd, .shortcuts kbd');
    await expect
      .poll(() => keys.allTextContents(), POLL)
      .toEqual(expect.arrayContaining(Object.values(manifest.commands).map((c) => c.suggested_key.default)));
    await options.screenshot({ path: `${SHOTS}/options-page.png`, fullPage: true });
    await options.close();
  });
});
