import { caretAt } from '@/content/hover/caret-at';
import type { ReadParagraph } from '@/content/page/paragraph-store';
import { sentenceAt } from '@/content/page/sentence-at';
import { neighbourWordIndex, tokenIndexAt } from '@/content/page/token-at';
import { timed } from '@/core/perf';
import type { Token, WordInfo } from '@/core/types';
import type { MessageData, SaveResult } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';
import { HOVER_DELAY_MS, HOVER_GRACE_MS } from '@/protocol/settings/hover-timing';
import { t as translate } from '@/ui/i18n';
import type { PopupHost } from '../popup/popup-host';
import type { PopupView } from '../popup/word-popup';
import type { OpenedBy, WordExtras } from './word-extras';
import { createWordInfoCache } from './word-info-cache';

/** How much text on either side of a word counts as around it (about ten lines of a wide column). */
const NEAR_CHARS = 600;
export interface HoverReader {
  locate(node: Text, offset: number): { paragraph: ReadParagraph; offset: number } | null;
  tokensOf(p: ReadParagraph): Promise<Token[]>;
  rangeOf(p: ReadParagraph, start: number, end: number): Range | null;
  markSaved(word: string): void;
  isSaved(word: string): boolean;
}

export interface HoverDeps {
  win?: Window & typeof globalThis;
  reader: HoverReader;
  host: PopupHost;
  lookup: (word: string) => Promise<WordInfo | null>;
  lookupAt: (text: string, offset: number) => Promise<WordInfo[]>;
  save: (data: MessageData<'saveTerm'>) => Promise<SaveResult>;
  copy?: (text: string) => Promise<void>;
  /** Milliseconds the pointer rests on a word before its popup opens (a getter follows the setting). */
  delay?: number | (() => number);
  /** What opens the popup (the `trigger` setting): resting the pointer, with Shift or Alt held, or a click. */
  trigger?: () => 'hover' | 'shift' | 'alt' | 'click';
  /** Milliseconds the popup stays after the pointer leaves the word (time to reach the popup). */
  grace?: number;
  /** Known words and lookup history (content/hover/word-extras.ts). */
  extras?: WordExtras;
}

interface Target {
  paragraph: ReadParagraph;
  index: number;
  token: Token;
}

/**
 * The popup's line for a save that failed. A full storage gets a short line in the interface language: the
 * background's English advice would fill the small popup. The error arrives rebuilt from the background's
 * reply, a plain Error under the same name, so it is told by its name.
 */
function saveFailedText(error: unknown): string {
  if (!(error instanceof Error)) return translate('popupSaveFailed', String(error));
  if (error.name === 'StorageFullError') return translate('popupSaveFailedStorageFull');
  // The service worker stopped and did not come back in time (content/popup/save-retry.ts).
  if (error.name === 'SaveNotConfirmedError') return translate('popupSaveNotConfirmed');
  return translate('popupSaveFailed', error.message);
}

/**
 * Events made by page script (isTrusted false) never drive Tanci: a page must not open lookups or save
 * terms in the reader's name. (Test DOMs without isTrusted count as the user.)
 */
function fromUser(event?: Event): boolean {
  return event?.isTrusted !== false;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/**
 * Hover → word → popup. Finds the word under the pointer from the cached segmentation, opens the
 * popup after a short rest (fetching its dictionary data meanwhile), and handles the popup's keys.
 */
export function createHoverController(deps: HoverDeps) {
  const win = deps.win ?? window;
  const doc = win.document;
  const { reader, host } = deps;
  const delayOf = () => (typeof deps.delay === 'function' ? deps.delay() : (deps.delay ?? HOVER_DELAY_MS));
  const triggerOf = () => deps.trigger?.() ?? 'hover';
  // Whether the pointer may open a popup now: always on hover; with the key held, or on a click, otherwise.
  let armed = true;
  const grace = deps.grace ?? HOVER_GRACE_MS;
  const cache = createWordInfoCache(deps.lookup, deps.lookupAt);
  const copy = deps.copy ?? ((text: string) => win.navigator.clipboard.writeText(text));

  let shown: Target | null = null;
  let pending: Target | null = null;
  let status: string | undefined;
  let showTimer = 0;
  let hideTimer = 0;
  let pointer = { x: 0, y: 0 };

  const same = (a: Target | null, b: Target | null) =>
    !!a && !!b && a.paragraph === b.paragraph && a.index === b.index;

  const partsOf = (token: Token) => token.parts?.map((part) => part.text) ?? [];

  function view(t: Target): PopupView {
    const word = t.token.text;
    const info = cache.info(word);
    const parts = t.token.parts?.map((part) => {
      const known = cache.info(part.text);
      const english = known?.glossary?.english ?? known?.entries[0]?.senses[0] ?? known?.composed;
      return { text: part.text, pinyin: part.pinyin, tones: part.tones, ...(english ? { english } : {}) };
    });
    return {
      word,
      ...(parts ? { parts } : {}),
      pinyin: t.token.pinyin,
      tones: t.token.tones,
      info: info === undefined ? null : (info ?? { word, entries: [] }),
      nearby: (cache.nearby(t.paragraph.text, t.token.start) ?? []).filter((n) => n.word !== word),
      saved: reader.isSaved(word),
      ...deps.extras?.view(word, reader.isSaved(word)),
      sentence: sentenceAt(t.paragraph.text, t.token.start, t.token.end),
      status,
    };
  }

  function propsOf(t: Target) {
    return {
      view: view(t),
      onSave: (e?: Event) => fromUser(e) && void save(),
      onCopy: (e?: Event) => fromUser(e) && void copyWord(),
      onKnown: (e?: Event) => fromUser(e) && void deps.extras?.markKnown(t.token.text),
      onClose: hide,
    };
  }

  function render(): void {
    if (!shown) return;
    const range = reader.rangeOf(shown.paragraph, shown.token.start, shown.token.end);
    if (!range) {
      hide();
      return;
    }
    const word = range.getBoundingClientRect();
    host.show(propsOf(shown), word, linesNear(shown, word));
  }

  /**
   * The line boxes of the word's paragraph near the word: the text the popup should hide the least of.
   * Only the text within NEAR_CHARS of the word is measured, so a paragraph of a whole page costs no more.
   */
  function linesNear(t: Target, word: DOMRect): DOMRect[] {
    const { paragraph, token } = t;
    const from = Math.max(0, token.start - NEAR_CHARS);
    const to = Math.min(paragraph.text.length, token.end + NEAR_CHARS);
    const all = reader.rangeOf(paragraph, from, to)?.getClientRects();
    if (!all) return [];
    const reach = win.innerHeight;
    return [...all].filter((r) => r.width > 0 && Math.abs(r.top - word.top) < reach);
  }

  // Which kinds of popup have been laid out unseen: each has sections, font sizes and weights of its own.
  const warmed = new Set<'policy' | 'word'>();

  /**
   * Lays out, unseen, the popup of one more kind of word from these paragraphs (a policy term, then a
   * dictionary word), with its dictionary data. The first popup of each kind otherwise pays for the
   * browser's font lookups of every size and weight it uses: 10–20 ms more on the first hovers of a page.
   * Resolves to whether it did something (then the caller may ask for the next kind in its next idle time).
   */
  async function warm(paragraphs: readonly ReadParagraph[]): Promise<boolean> {
    for (const kind of ['policy', 'word'] as const) {
      if (warmed.has(kind)) continue;
      for (const paragraph of paragraphs) {
        const tokens = paragraph.tokens ?? [];
        const index = tokens.findIndex((t) =>
          kind === 'policy' ? t.zh && t.glossaryId !== undefined : t.zh && !t.glossaryId && t.text.length > 1,
        );
        const token = tokens[index];
        if (!token) continue;
        warmed.add(kind);
        await cache.load(token.text, paragraph.text, token.start, partsOf(token));
        if (!shown && !pending) timed(win, 'popup-warm', host.prepare)(propsOf({ paragraph, index, token }));
        return true;
      }
    }
    return false;
  }

  function show(t: Target, how: OpenedBy = 'key'): void {
    win.clearTimeout(hideTimer);
    if (!same(shown, t)) status = undefined;
    shown = t;
    pending = null;
    const word = t.token.text;
    deps.extras?.shown(word, how);
    // Usually fetched while the pointer rested: then the popup opens complete, in one render and layout.
    const complete =
      cache.info(word) !== undefined &&
      cache.nearby(t.paragraph.text, t.token.start) !== undefined &&
      partsOf(t.token).every((part) => cache.info(part) !== undefined);
    render();
    if (complete) return;
    cache.load(word, t.paragraph.text, t.token.start, partsOf(t.token)).then(() => {
      if (shown?.token.text === word) render();
    });
  }

  function hide(): void {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    shown = null;
    pending = null;
    deps.extras?.hidden();
    host.hide();
  }

  function leave(): void {
    win.clearTimeout(showTimer);
    pending = null;
    if (!shown) return;
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(hide, grace);
  }

  function aim(t: Target): void {
    win.clearTimeout(hideTimer);
    if (same(t, shown) || same(t, pending)) return;
    if (!armed) {
      if (shown) leave();
      return;
    }
    pending = t;
    // Fetch while the pointer rests, so the popup opens complete.
    void cache.load(t.token.text, t.paragraph.text, t.token.start, partsOf(t.token));
    win.clearTimeout(showTimer);
    const trigger = triggerOf();
    const delay = trigger === 'click' ? 0 : delayOf();
    const how: OpenedBy = trigger === 'hover' ? 'hover' : trigger === 'click' ? 'click' : 'key';
    showTimer = win.setTimeout(() => show(t, how), shown ? Math.min(delay, 60) : delay);
  }

  function hitTest(): void {
    const caret = caretAt(doc, pointer.x, pointer.y);
    const loc = caret && reader.locate(caret.node, caret.offset);
    if (!loc) {
      leave();
      return;
    }
    const pick = (tokens: Token[]) => {
      const index = tokenIndexAt(tokens, loc.offset);
      const token = tokens[index];
      if (!token?.zh) {
        leave();
        return;
      }
      aim({ paragraph: loc.paragraph, index, token });
    };
    if (loc.paragraph.tokens) {
      pick(loc.paragraph.tokens);
      return;
    }
    const at = { ...pointer };
    void reader.tokensOf(loc.paragraph).then((tokens) => {
      if (at.x === pointer.x && at.y === pointer.y) pick(tokens);
    });
  }

  function onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (host.contains(event.target)) {
      win.clearTimeout(hideTimer);
      win.clearTimeout(showTimer);
      pending = null;
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    const trigger = triggerOf();
    armed =
      trigger === 'hover' || (trigger === 'shift' && event.shiftKey) || (trigger === 'alt' && event.altKey);
    // The hit test is cheap (one caret query on a laid-out page); doing it now keeps hover-to-popup short.
    hitTest();
  }

  function move(step: 1 | -1): void {
    if (!shown?.paragraph.tokens) return;
    const tokens = shown.paragraph.tokens;
    const index = neighbourWordIndex(tokens, shown.index, step);
    const token = tokens[index];
    if (token) show({ paragraph: shown.paragraph, index, token });
  }

  async function save(): Promise<void> {
    const t = shown;
    if (!t) return;
    const word = t.token.text;
    const info = await cache.load(word, t.paragraph.text, t.token.start);
    try {
      await deps.save(
        saveTermPayload({
          term: word,
          pinyin: t.token.pinyin,
          info,
          sentence: sentenceAt(t.paragraph.text, t.token.start, t.token.end),
          pageTitle: doc.title,
          url: win.location.href,
        }),
      );
      reader.markSaved(word);
      status = undefined;
    } catch (error) {
      status = saveFailedText(error);
    }
    if (shown?.token.text === word) render();
  }

  async function copyWord(): Promise<void> {
    if (!shown) return;
    try {
      await copy(shown.token.text);
      status = translate('popupCopied');
    } catch {
      status = translate('popupCopyBlocked');
    }
    render();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!shown || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const actions: Record<string, () => void> = {
      Escape: hide,
      ArrowLeft: () => move(-1),
      ArrowRight: () => move(1),
      s: () => void save(),
      c: () => void copyWord(),
      k: () => void (shown && deps.extras?.markKnown(shown.token.text)),
    };
    const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  function onClick(event: MouseEvent): void {
    if (triggerOf() !== 'click' || host.contains(event.target)) return;
    pointer = { x: event.clientX, y: event.clientY };
    armed = true;
    hitTest();
  }

  /** Pressing the trigger key with the pointer resting on a word opens its popup. */
  function onTriggerKey(event: KeyboardEvent): boolean {
    const trigger = triggerOf();
    if (!((trigger === 'shift' && event.key === 'Shift') || (trigger === 'alt' && event.key === 'Alt'))) {
      return false;
    }
    armed = true;
    hitTest();
    return true;
  }

  const onScroll = () => hide();
  const listeners: [string, EventListener][] = (
    [
      ['pointermove', onPointerMove as EventListener],
      ['keydown', ((event: KeyboardEvent) => onTriggerKey(event) || onKeyDown(event)) as EventListener],
      ['click', onClick as EventListener],
      ['scroll', onScroll],
      ['blur', onScroll],
    ] as [string, EventListener][]
  ).map(([type, fn]): [string, EventListener] => [type, (event) => fromUser(event) && fn(event)]);

  return {
    start(): void {
      for (const [type, fn] of listeners)
        win.addEventListener(type, fn, { capture: true, passive: type !== 'keydown' });
    },
    stop(): void {
      for (const [type, fn] of listeners) win.removeEventListener(type, fn, { capture: true });
      hide();
    },
    /** Opens the popup on a word directly (tests, and the context menu later). */
    show,
    warm,
    hide,
    /** Renders the open popup again (something it shows changed). */
    refresh: render,
    get current(): Target | null {
      return shown;
    },
  };
}

export type HoverController = ReturnType<typeof createHoverController>;
