import { neighbourWordIndex } from '@/content/page/token-at';
import { createUnitHighlight } from '@/content/page/unit-highlight';
import { HOVER_DELAY_MS, HOVER_GRACE_MS } from '@/protocol/settings/hover-timing';
import type { WordPopupProps } from '../popup/word-popup';
import { copyWord } from './copy-word';
import { fromUser } from './from-user';
import type { HoverDeps, HoverTarget } from './hover-deps';
import { linesNear } from './lines-near';
import { handlePopupKey } from './popup-keys';
import { choicesAt, partsOf, popupView, viewComplete } from './popup-view';
import { createPopupWarmer } from './popup-warmer';
import { saveWord, termPayload } from './save-word';
import { armedBy, isTriggerKey } from './trigger-keys';
import { chosenUnit, stepChoice } from './unit-choice';
import { wordAtPoint } from './word-at-point';
import type { OpenedBy } from './word-extras';
import { createWordInfoCache } from './word-info-cache';

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
  const highlight = deps.highlight ?? createUnitHighlight(win);

  let shown: HoverTarget | null = null;
  let pending: HoverTarget | null = null;
  let status: string | undefined;
  let showTimer = 0;
  let hideTimer = 0;
  let pointer = { x: 0, y: 0 };
  /** Where the shown word was when the popup was placed beside it (viewport px). */
  let placedAt: { left: number; top: number } | null = null;

  const same = (a: HoverTarget | null, b: HoverTarget | null) =>
    !!a && !!b && a.paragraph === b.paragraph && a.index === b.index;

  function propsOf(t: HoverTarget): WordPopupProps {
    const anki = deps.sendToAnki?.();
    return {
      view: popupView(t, cache, reader, status, deps.extras),
      ...(anki
        ? { onSendToAnki: async () => anki(await termPayload(t, { win, cache, sourceOf: deps.sourceOf })) }
        : {}),
      onSave: (e?: Event) => fromUser(e) && void save(),
      onCopy: (e?: Event) => fromUser(e) && void copyShown(),
      onKnown: (e?: Event) => fromUser(e) && void deps.extras?.markKnown(t.token.text),
      onClose: hide,
      onChoose: (word: string, e?: Event) => fromUser(e) && choose(word),
    };
  }

  const warm = createPopupWarmer({ win, host, cache, propsOf, busy: () => !!shown || !!pending });

  function render(): void {
    if (!shown) return;
    const range = reader.rangeOf(shown.paragraph, shown.token.start, shown.token.end);
    if (!range) {
      hide();
      return;
    }
    const word = range.getBoundingClientRect();
    placedAt = { left: word.left, top: word.top };
    highlight.show(range);
    host.show(propsOf(shown), word, linesNear(reader, win, shown, word));
  }

  function show(t: HoverTarget, how: OpenedBy = 'key'): void {
    win.clearTimeout(hideTimer);
    if (!same(shown, t) || shown?.token.text !== t.token.text) status = undefined;
    shown = t;
    pending = null;
    const word = t.token.text;
    deps.extras?.shown(word, how);
    // Usually fetched while the pointer rested: then the popup opens complete, in one render and layout.
    const complete = viewComplete(t, cache);
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
    placedAt = null;
    highlight.clear();
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

  /** `since`: when the pointer came to rest at `t` (the hit test began), which the delay counts from. */
  function aim(t: HoverTarget, since: number): void {
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
    // A paragraph segmented on demand answers after the pointer stopped: that wait was part of the rest.
    const rest = (shown ? Math.min(delay, 60) : delay) - (win.performance.now() - since);
    showTimer = win.setTimeout(() => show(t, how), Math.max(0, rest));
  }

  function hitTest(): void {
    const at = { ...pointer };
    const since = win.performance.now();
    wordAtPoint(doc, reader, pointer, {
      found: (t) => aim(t, since),
      missed: leave,
      still: () => at.x === pointer.x && at.y === pointer.y,
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
    armed = armedBy(triggerOf(), event);
    // The hit test is cheap (one caret query on a laid-out page); doing it now keeps hover-to-popup short.
    hitTest();
  }

  /** ←/→: the popup and the highlight go to the previous or next unit of the paragraph. */
  function move(step: 1 | -1): void {
    if (!shown?.paragraph.tokens) return;
    const tokens = shown.paragraph.tokens;
    const index = neighbourWordIndex(tokens, shown.token, step);
    const token = tokens[index];
    if (token) show({ paragraph: shown.paragraph, index, token });
  }

  /** Makes the popup describe another unit at its point (a click on it, or ↑/↓). */
  function choose(word: string): void {
    if (!shown) return;
    const point = shown.point ?? shown.token;
    const choice = choicesAt(shown, cache).find((n) => n.word === word);
    if (!choice) return;
    const token = chosenUnit(shown.paragraph.tokens ?? [], point, choice);
    show({ paragraph: shown.paragraph, index: shown.index, token, ...(token === point ? {} : { point }) });
  }

  /** ↑/↓: the longer or shorter unit at the point. False when there is none to choose (the key is the page's). */
  function chooseStep(step: 1 | -1): boolean {
    if (!shown) return false;
    const choices = choicesAt(shown, cache);
    if (choices.length < 2) return false;
    const word = stepChoice(choices, shown.token.text, step);
    if (word) choose(word);
    return true;
  }

  async function save(): Promise<void> {
    const t = shown;
    if (!t) return;
    status = await saveWord(t, { win, cache, reader, save: deps.save, sourceOf: deps.sourceOf });
    if (shown?.token.text === t.token.text) render();
  }

  async function copyShown(): Promise<void> {
    if (!shown) return;
    status = await copyWord(copy, shown.token.text);
    render();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (isTriggerKey(triggerOf(), event)) {
      // Pressing the trigger key with the pointer resting on a word opens its popup.
      armed = true;
      hitTest();
      return;
    }
    if (!shown) return;
    handlePopupKey(event, {
      close: hide,
      move,
      choose: chooseStep,
      save: () => void save(),
      copy: () => void copyShown(),
      known: () => void (shown && deps.extras?.markKnown(shown.token.text)),
    });
  }

  function onClick(event: MouseEvent): void {
    if (triggerOf() !== 'click' || host.contains(event.target)) return;
    pointer = { x: event.clientX, y: event.clientY };
    armed = true;
    hitTest();
  }

  // A scroll moves the words: an open popup closes (it would point beside its word). A pending one is aimed
  // again at the word now under the resting pointer: the scroll event of a scroll made before the pointer
  // came to rest can arrive after it, on a busy page, and the same word keeps its delay running.
  const onScroll = () => (shown ? moved() && hide() : pending && hitTest());
  /**
   * Whether the shown word has moved since the popup was placed beside it. A busy page delivers the scroll
   * event of a scroll made before the pointer came to rest a frame or more late, after the popup opened on
   * the word now under the pointer: that popup still points at its word and stays.
   */
  function moved(): boolean {
    if (!shown || !placedAt) return true;
    const now = reader.rangeOf(shown.paragraph, shown.token.start, shown.token.end)?.getBoundingClientRect();
    return !now || Math.abs(now.left - placedAt.left) > 0.5 || Math.abs(now.top - placedAt.top) > 0.5;
  }
  // The window losing the focus (another tab or program) closes the popup; an element losing it does not.
  // The capturing listener hears both, and a click on the popup's buttons takes the focus from whatever
  // had it (on the reader page, the Read button just clicked): that closed the popup before its click.
  const onBlur = (event: Event) => !(event.target instanceof win.Node) && hide();
  const listeners: [string, EventListener][] = (
    [
      ['pointermove', onPointerMove as EventListener],
      ['keydown', onKeyDown as EventListener],
      ['click', onClick as EventListener],
      ['scroll', onScroll],
      ['blur', onBlur],
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
    get current(): HoverTarget | null {
      return shown;
    },
  };
}

export type HoverController = ReturnType<typeof createHoverController>;
