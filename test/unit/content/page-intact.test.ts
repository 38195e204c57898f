/**
 * Issue 9, "the page stays intact": for each generated page, Tanci starts as the content script does
 * (detector → reading session, which starts inline pinyin), the real language core segments it behind a fake
 * background, a few words are hovered and one is saved, then the site is switched off; inline pinyin is
 * then turned on and off. The page must be untouched apart from Tanci's own host element (default mode),
 * exactly restored with its very own nodes (inline mode), form fields and editors never touched, and no
 * error may reach the console.
 *
 * TANCI_FUZZ_RUNS sets the number of pages (default 1,000; e.g. TANCI_FUZZ_RUNS=20000 for a long run).
 * The seed is printed before the run: TANCI_FUZZ_SEED=<seed> replays the same pages, and with the `path`
 * fast-check prints on a failure, TANCI_FUZZ_SEED=<seed> TANCI_FUZZ_PATH=<path> replays just the failing
 * page. CI (CI=true) uses a fixed seed unless TANCI_FUZZ_SEED is given, so a CI failure is the pages' fault
 * and replays exactly; elsewhere each run draws a new seed, to find new pages.
 *
 * The run stops drawing new pages after TANCI_FUZZ_BUDGET_S seconds (default 420, under the test's 600 s
 * timeout) and says how many it checked: 1,000 pages take ~50 s alone here and ~150 s beside the other unit
 * tests; a CPU-starved CI machine stretched that to the test's timeout, which ends the test with no seed
 * and no counterexample, only "timed out".
 *
 * What happy-dom cannot show (covered by test/e2e/hardening-page.test.ts in Chromium): layout, so the
 * caret query and the word's box are faked here (`caretPositionFromPoint` answers the chosen character);
 * the CSS Custom Highlight API (a small registry stands in for `CSS.highlights`); IntersectionObserver
 * (everything is on screen); iframes' own content scripts (`all_frames`) — here only the iframe element is
 * checked to be left alone.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotateParagraphs } from '@/background/handlers/annotate';
import { containsChinese } from '@/content/detect/chinese-detector';
import { startReader } from '@/content/detect/frame-watcher';
import { siteKeyOf } from '@/content/site-key';
import { startReadingSession } from '@/content/start-reading';
import type { Token } from '@/core/types';
import { handleMessage } from '@/protocol/message-handler';
import { type MessageData, type ProtocolMap, removeAllListeners } from '@/protocol/messages';
import { updateSettings } from '@/protocol/settings/settings';
import { setSiteEnabled } from '@/protocol/settings/site-settings';
import { loadCore } from '../../../scripts/lib/load-core';
import { recordShadowRoots, shadowRootOf } from '../closed-shadow-roots';
import { FUZZ_SEED } from '../fuzz-seed';
import {
  fastClearTimeout,
  fastSetTimeout,
  fastStylesForTanci,
  realClearTimeout,
  realSetTimeout,
  shortTimers,
} from './fast-happy-dom';
import { AllVisibleObserver } from './page/fake-reader-env';
import {
  allNodes,
  buildPage,
  type PageNode,
  POLICY_TERMS,
  pageArb,
  proseWithHan,
  serialise,
} from './page-arbitrary';

const RUNS = Number(process.env.TANCI_FUZZ_RUNS ?? 1_000);
/** Fixed in CI, drawn anew elsewhere, TANCI_FUZZ_SEED to replay (../fuzz-seed.ts). */
const SEED = FUZZ_SEED;
const PATH = process.env.TANCI_FUZZ_PATH;
const BUDGET_MS = Number(process.env.TANCI_FUZZ_BUDGET_S ?? 420) * 1_000;

/** A stand-in for `CSS.highlights`: named Highlight sets, as the real registry holds them. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();

/** Where the fake caret query points: the character being hovered. */
let caret: { node: Text; offset: number } | null = null;

const background = {
  inFlight: 0,
  saved: [] as MessageData<'saveTerm'>[],
  invalid: [] as string[],
  annotated: 0,
};

function isTanciHost(el: Element): boolean {
  return el.tagName === 'TANCI-POPUP' && el.parentNode === document.documentElement;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Waits until no message is in flight and no zero-delay timer is pending, for two turns in a row. */
async function quiet(): Promise<void> {
  let still = 0;
  for (let i = 0; i < 5_000 && still < 2; i++) {
    await turn();
    still = background.inFlight === 0 && shortTimers.size === 0 ? still + 1 : 0;
  }
}

recordShadowRoots();

/** The popup's dialog, through its closed shadow root (recorded as it was attached). */
function popupDialog(): Element | null {
  const host = document.documentElement.querySelector(':scope > tanci-popup');
  return shadowRootOf(host)?.querySelector('[role="dialog"]') ?? null;
}

const stats = { pages: 0, marked: 0, hovered: 0, inline: 0, shadowOnly: 0 };
const errors: string[] = [];
const onWindowError = (e: Event) => errors.push(`window error: ${(e as ErrorEvent).message}`);
const onRejection = (e: Event) => errors.push(`unhandled rejection: ${(e as PromiseRejectionEvent).reason}`);
const onNodeRejection = (reason: unknown) => errors.push(`unhandled rejection: ${String(reason)}`);

beforeAll(async () => {
  const glossary = POLICY_TERMS.map((term) => ({ id: term, term }) as never);
  const { annotator } = await loadCore({ glossary });
  const ids = new Map(POLICY_TERMS.map((t) => [t, t]));
  const memo = new Map<string, Token[]>();
  // @webext-core/messaging calls chrome.runtime.sendMessage(message, callback): deliver it to this
  // context's listeners as the browser would, from this extension, and answer through the callback.
  const onMessageEvent = fakeBrowser.runtime.onMessage as unknown as {
    trigger: (...args: unknown[]) => Promise<unknown[]>;
  };
  (fakeBrowser.runtime as { lastError?: unknown }).lastError = undefined;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    ((message: { type: string }, reply: (answer: { err?: { message: string } }) => void) =>
      void onMessageEvent.trigger(
        message,
        { id: fakeBrowser.runtime.id },
        (answer: typeof reply extends (a: infer A) => void ? A : never) => {
          // A message the background refused (bad shape, too big) is a bug in the content script.
          if (answer?.err) background.invalid.push(`${message.type}: ${answer.err.message}`);
          reply(answer);
        },
      )) as never,
  );
  const serve = <K extends keyof ProtocolMap>(type: K, answer: (data: MessageData<K>) => unknown) =>
    // handleMessage validates the sender and the data against the message's schema, as in the background.
    handleMessage(type, (async (data: MessageData<K>) => {
      background.inFlight++;
      try {
        return await answer(data);
      } finally {
        background.inFlight--;
      }
    }) as never);
  serve('annotate', async ({ paragraphs }: MessageData<'annotate'>) => {
    background.annotated += paragraphs.length;
    // The same paragraph comes back when inline pinyin reads the page again: segmented once.
    if (memo.size > 5_000) memo.clear();
    const fresh = paragraphs.filter((p) => !memo.has(p));
    const tokens: Token[][] = (
      await annotateParagraphs(
        { getAnnotator: async () => annotator, getGlossaryIds: async () => ids },
        fresh,
      )
    ).paragraphs;
    for (const [i, p] of fresh.entries()) memo.set(p, tokens[i] ?? []);
    return { paragraphs: paragraphs.map((p) => memo.get(p) ?? []) };
  });
  serve('getSaved', ({ words }: MessageData<'getSaved'>) => ({
    saved: words.filter((w) => background.saved.some((s) => s.term === w)),
  }));
  serve('lookup', ({ words }: MessageData<'lookup'>) => ({
    results: words.map((word) => ({ word, readings: [], gloss: '', hsk: word.length === 2 ? 3 : undefined })),
  }));
  serve('define', ({ words }: MessageData<'define'>) => ({
    results: words.map((word) => ({ word, entries: [], hsk: word.length === 2 ? 3 : undefined })),
  }));
  serve('lookupAt', () => ({ results: [] }));
  // Known words and history, as a reader who has marked none and keeps no history sees them.
  serve('getKnown', () => ({ known: [] }));
  serve('recordLookup', () => ({ count: 1, saved: false }));
  serve('saveTerm', (data: MessageData<'saveTerm'>) => {
    background.saved.push(data);
    return { term: data.term, pinyin: data.pinyin, created: true, contexts: 1 };
  });
  serve('reportPage', () => undefined);

  vi.stubGlobal('IntersectionObserver', AllVisibleObserver);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  // No layout in happy-dom: the caret query answers the character being hovered, and its box covers the point.
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () =>
    caret && { offsetNode: caret.node, offset: caret.offset };
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 400, 400));
  // happy-dom knows the popover attribute but not its methods (the top layer needs a real browser).
  for (const name of ['showPopover', 'hidePopover'] as const) {
    if (typeof HTMLElement.prototype[name] !== 'function') HTMLElement.prototype[name] = () => undefined;
  }
  window.setTimeout = fastSetTimeout as typeof window.setTimeout;
  window.clearTimeout = fastClearTimeout as typeof window.clearTimeout;
  fastStylesForTanci();
  // The iframe's own document would be read by its own content script (all_frames), which happy-dom
  // cannot run: its loading (a whole new window per frame) is switched off, the element stays.
  const happy = (window as unknown as { happyDOM?: { settings: { disableIframePageLoading: boolean } } })
    .happyDOM;
  if (happy) happy.settings.disableIframePageLoading = true;
  await updateSettings({ hoverDelay: 0 });
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);
  process.on('unhandledRejection', onNodeRejection);
}, 120_000);

afterAll(() => {
  window.setTimeout = realSetTimeout;
  window.clearTimeout = realClearTimeout;
  removeAllListeners();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.removeEventListener('error', onWindowError);
  window.removeEventListener('unhandledrejection', onRejection);
  process.off('unhandledRejection', onNodeRejection);
});

/** Serialisations of what Tanci must never touch, in any mode: fields, editors, scripts, styles. */
function protectedParts(): string[] {
  const out: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll(
      'input, textarea, select, [contenteditable], script, style, iframe',
    )) {
      out.push(serialise(el));
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document.body);
  return out;
}

async function hover(target: { node: Text; offset: number }): Promise<void> {
  caret = target;
  const el = target.node.parentElement ?? document.body;
  el.dispatchEvent(
    new PointerEvent('pointermove', {
      bubbles: true,
      composed: true,
      clientX: 10,
      clientY: 10,
      pointerType: 'mouse',
    }),
  );
  await quiet();
}

/** The very same node objects, in the same order (identity, not a deep comparison). */
function expectSameNodes(now: Node[], before: Node[]): void {
  expect(now.length).toBe(before.length);
  const moved = now.findIndex((n, i) => n !== before[i]);
  expect(moved, moved >= 0 ? `node ${moved} differs: ${serialise(now[moved] as Node)}` : '').toBe(-1);
}

async function checkPage(nodes: PageNode[], picks: number[]): Promise<void> {
  document.body.replaceChildren();
  buildPage(document, document.body, nodes);
  const before = serialise(document.documentElement);
  const beforeNodes = allNodes(document.documentElement);
  const guarded = protectedParts();
  const site = siteKeyOf(window) as string;
  const stops: (() => void)[] = [];
  const onInvalidated = (cb: () => void) => void stops.push(cb);
  const unchanged = () => serialise(document.documentElement, isTanciHost);
  const inHost = (n: Node) => {
    for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) {
      if (x.nodeType === 1 && isTanciHost(x as Element)) return true;
    }
    return false;
  };
  const started = containsChinese(document.body);
  stats.pages++;
  try {
    // Wired as entrypoints/detector.ts does.
    const stopWatching = startReader({
      win: window,
      onChinese: () => void startReadingSession({ win: window, onInvalidated }),
    });
    stops.push(stopWatching);
    await quiet();

    // At load the detector reads the light DOM only (one native textContent read): Chinese that sits only
    // in shadow roots starts Tanci when the pointer reaches it, which this test does not do. Such pages
    // must simply stay intact.
    const prose = started ? proseWithHan(document.body) : [];
    if (!started && proseWithHan(document.body).length > 0) stats.shadowOnly++;
    if ([...registry.values()].some((h) => h.size > 0)) stats.marked++;
    for (const pick of picks) {
      const node = prose[pick % Math.max(prose.length, 1)];
      if (!node) break;
      const offset = pick % node.length;
      await hover({ node, offset });
      if (/[\u4e00-\u9fff]/.test(node.data[offset] ?? '')) {
        const dialog = popupDialog();
        expect(dialog, `popup over ${JSON.stringify(node.data)}@${offset}`).not.toBeNull();
        const word = dialog?.getAttribute('aria-label') ?? '';
        expect(node.data.includes(word[0] ?? '\0') || word.length > 0).toBe(true);
      }
    }
    if (popupDialog()) {
      const word = popupDialog()?.getAttribute('aria-label') ?? '';
      const count = background.saved.length;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
      await quiet();
      stats.hovered++;
      expect(background.saved.length).toBe(count + 1);
      const saved = background.saved[background.saved.length - 1];
      expect(saved?.term).toBe(word);
      expect(saved?.sentence).toContain(word);
    }

    // Default mode: nothing of the page changed; Tanci's host is the only addition.
    expect(unchanged()).toBe(before);
    expectSameNodes(
      allNodes(document.documentElement).filter((n) => !inHost(n)),
      beforeNodes,
    );
    expect(protectedParts()).toEqual(guarded);

    await setSiteEnabled(site, false);
    await quiet();
    expect(document.querySelector('tanci-popup')).toBeNull();
    expect([...registry.values()].every((h) => h.size === 0)).toBe(true);
    expect(serialise(document.documentElement)).toBe(before);
    expectSameNodes(allNodes(document.documentElement), beforeNodes);

    // Inline pinyin on, then off: the page comes back exactly, with its own nodes.
    await setSiteEnabled(site, true);
    await updateSettings({ inlinePinyin: { enabled: true } });
    await quiet();
    if (!started) expect(rubies()).toBe(0);
    if (prose.length > 0) {
      stats.inline++;
      expect(rubies()).toBeGreaterThan(0);
    }
    expect(protectedParts()).toEqual(guarded);
    await updateSettings({ inlinePinyin: { enabled: false } });
    await quiet();
    expect(unchanged()).toBe(before);
    expectSameNodes(
      allNodes(document.documentElement).filter((n) => !inHost(n)),
      beforeNodes,
    );
  } finally {
    for (const stop of stops) stop();
    caret = null;
    await updateSettings({ inlinePinyin: { enabled: false } });
    await setSiteEnabled(site, true);
  }
  expect(background.invalid).toEqual([]);
  expect(errors).toEqual([]);
}

/** Tanci's ruby elements anywhere on the page, nested shadow roots included. */
function rubies(): number {
  return allNodes(document.body).filter(
    (n) => n.nodeType === 1 && (n as Element).hasAttribute('data-tanci-ruby'),
  ).length;
}

describe('a generated page stays intact', () => {
  it(`annotate, hover, save, switch off; inline pinyin on and off (${RUNS} pages)`, async () => {
    const consoleError = vi.spyOn(console, 'error');
    const started = Date.now();
    // Printed first: a run that is killed (a timeout) tells nothing else.
    console.info(
      `page-intact: seed ${SEED}${PATH ? ` path ${PATH}` : ''} (replay: TANCI_FUZZ_SEED=${SEED} npx vitest run ` +
        '--project unit test/unit/content/page-intact.test.ts)',
    );
    await fc.assert(
      fc.asyncProperty(pageArb, fc.array(fc.nat(), { maxLength: 3 }), (nodes, picks) =>
        checkPage(nodes, picks),
      ),
      {
        numRuns: RUNS,
        seed: SEED,
        ...(PATH ? { path: PATH } : {}),
        // Stops drawing new pages past the budget (a pass with fewer pages, counted below), never mid-page.
        interruptAfterTimeLimit: BUDGET_MS,
        markInterruptAsFailure: false,
        ...(process.env.TANCI_FUZZ_EXAMPLE ? { examples: [JSON.parse(process.env.TANCI_FUZZ_EXAMPLE)] } : {}),
      },
    );
    expect(consoleError).not.toHaveBeenCalled();
    // The generator must keep producing pages that exercise every step.
    expect(stats.marked).toBeGreaterThan(stats.pages / 10);
    expect(stats.hovered).toBeGreaterThan(stats.pages / 10);
    expect(stats.inline).toBeGreaterThan(stats.pages / 10);
    console.info(
      `page-intact: ${stats.pages} of ${RUNS} generated pages passed (seed ${SEED}` +
        `${stats.pages < RUNS && !PATH ? `, stopped at the ${BUDGET_MS / 1000} s budget` : ''}), ${stats.marked} with ` +
        `policy marks, ${stats.hovered} hovered and saved, ${stats.inline} with inline pinyin, ` +
        `${stats.shadowOnly} with Chinese only in shadow roots, ${background.annotated} paragraphs segmented, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 600_000);
});
