import { markMoment, timed } from '@/core/perf';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { blockOf, isInlineElement } from './block-of';
import { createHighlighter, type Highlighter } from './highlighter';
import { type IdleScheduler, idleScheduler, SLICE_MS } from './idle';
import { pageGeometry, readingWindow, type ViewportGeometry } from './near-viewport';
import { createParagraphStore, type ReadParagraph } from './paragraph-store';
import { observedElementOf, paragraphsIn } from './paragraphs';
import { isInSkippedContent } from './text-filter';

/**
 * The first group's size: the paragraphs at the top of the viewport, answered in a few tens of
 * milliseconds (the background annotates ~20–50 µs per character), so that marks appear soon after load.
 */
const FIRST_GROUP_CHARS = 600;

export interface PageReaderDeps {
  win?: Window & typeof globalThis;
  /** Segments a paragraph group in the background; `bulk`: its id when it reads ahead, not waited for. */
  annotate: (paragraphs: string[], bulk?: number) => Promise<Token[][]>;
  /** Tells the background that these bulk groups are no longer wanted (they scrolled far away). */
  cancel?: (groups: number[]) => void;
  /** Where the viewport and the cuts of a long block are (the page's own layout by default). */
  geometry?: ViewportGeometry;
  /**
   * For the first group: the background's quick answer, which comes without pinyin (`pinyin: false`)
   * while its pinyin reader is still loading. The marks go up at once; the pinyin is asked for after.
   */
  annotateQuick?: (paragraphs: string[]) => Promise<{ paragraphs: Token[][]; pinyin?: boolean }>;
  /** Which of these words the user has saved. */
  getSaved: (words: string[]) => Promise<string[]>;
  highlighter?: Highlighter;
  schedule?: IdleScheduler;
  /** Most characters in one `annotate` call (the first viewport's group is sent as soon as it is known). */
  batchChars?: number;
  onError?: (error: unknown) => void;
  /** Called once, when the first group's segmentation has come back and been marked. */
  onFirstReply?: (group: ReadParagraph[]) => void;
}

/**
 * Reads a page: walks its text in idle slices, sends the paragraphs that come near the viewport to the
 * background in groups, marks glossary and saved terms, and follows the page as it changes.
 */
export function createPageReader(deps: PageReaderDeps) {
  const win = deps.win ?? window;
  const doc = win.document;
  const highlighter = deps.highlighter ?? createHighlighter(win);
  const schedule = deps.schedule ?? idleScheduler(win);
  const batchChars = deps.batchChars ?? 3_000;
  const onError = deps.onError ?? (() => undefined);
  const store = createParagraphStore(highlighter, doc);
  const geometry = deps.geometry ?? pageGeometry(win);

  const roots: Node[] = [];
  let walk: Generator<ReadParagraph | null> | null = null;
  let cancelScan: (() => void) | null = null;
  let queue: ReadParagraph[] = [];
  const waiting = new Map<ReadParagraph, Promise<Token[]>>();
  /** Groups in flight, by paragraph; bulk ones carry the id the background knows them by. */
  type Group = { paragraphs: ReadParagraph[]; bulk?: number; cancelled: boolean };
  const groupOf = new Map<ReadParagraph, Group>();
  let nextGroupId = 0;
  /** Observed targets that are near the viewport now (IntersectionObserver's margin). */
  const active = new Set<Element>();
  let scrollTimer = 0;
  let inFlight = 0;
  let running = false;
  let pumpTimer = 0;
  let sent = 0;
  let firstSent = false;
  const watchedShadows = new WeakSet<ShadowRoot>();
  const byTarget = new Map<Element, Set<ReadParagraph>>();

  const visibility = new win.IntersectionObserver(timed(win, 'visible', onVisible), {
    rootMargin: '50% 0px 50% 0px',
  });
  const mutations = new win.MutationObserver(timed(win, 'mutations', onMutations));
  const scanSliceTimed = timed(win, 'scan', scanSlice);

  function watch(root: Node): void {
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function onShadowRoot(root: ShadowRoot): void {
    if (watchedShadows.has(root)) return;
    watchedShadows.add(root);
    watch(root);
  }

  function register(p: ReadParagraph): void {
    const target = observedElementOf(p);
    if (!target) return;
    let set = byTarget.get(target);
    if (!set) {
      set = new Set();
      byTarget.set(target, set);
    }
    set.add(p);
    // Observed already and near (the idle walk reaches more cuts of a block in view): no new entry comes.
    if (active.has(target)) schedulePump();
    else visibility.observe(target);
  }

  function onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) active.add(entry.target);
      else active.delete(entry.target);
      // Text removed before it was read: nothing left to watch there.
      if (!entry.target.isConnected) forget(entry.target);
    }
    schedulePump();
  }

  function schedulePump(): void {
    // Paragraphs that come into view together (a first viewport, a scroll) go in one group.
    pumpTimer ||= win.setTimeout(() => {
      pumpTimer = 0;
      refill();
      pump();
    }, 0);
  }

  /** A long block (a 1 MiB text node) is read as the reader scrolls through it: follow the scroll. */
  function onScroll(): void {
    if (scrollTimer || ![...active].some((t) => (byTarget.get(t)?.size ?? 0) > 1)) return;
    scrollTimer = win.setTimeout(() => {
      scrollTimer = 0;
      schedulePump();
    }, 50);
  }

  /** What to read now (see readingWindow); what went far away is let go, and read again on return. */
  const refill = timed(win, 'refill', (): void => {
    const blocks: ReadParagraph[][] = [];
    for (const target of active) {
      const set = byTarget.get(target) ?? new Set();
      for (const p of set) if (!store.holds(p)) set.delete(p); // its text changed or left
      if ([...set].some((p) => !p.tokens)) blocks.push([...set]);
      else forget(target);
    }
    const { want, keep } = readingWindow(blocks, geometry);
    queue = queue.filter((p) => keep.has(p) && !p.tokens);
    const queued = new Set(queue);
    for (const p of want) if (!waiting.has(p) && !queued.has(p)) queue.push(p);
    cancelGroups(bulkInFlight().filter((g) => !g.paragraphs.some((p) => keep.has(p))));
  });

  const bulkInFlight = () =>
    [...new Set(groupOf.values())].filter((g) => g.bulk !== undefined && !g.cancelled);

  function forget(target: Element): void {
    byTarget.delete(target);
    visibility.unobserve(target);
    active.delete(target);
  }

  function cancelGroups(groups: Group[]): void {
    if (groups.length === 0) return;
    for (const group of groups) {
      group.cancelled = true;
      inFlight--;
      for (const p of group.paragraphs) release(p, group);
    }
    deps.cancel?.(groups.map((g) => g.bulk as number));
  }

  /** The paragraph is no longer waiting on `group` (answered, failed or cancelled). */
  function release(p: ReadParagraph, group: Group): void {
    if (groupOf.get(p) !== group) return;
    groupOf.delete(p);
    waiting.delete(p);
  }

  function* scan(): Generator<ReadParagraph | null> {
    while (roots.length > 0) {
      const root = roots.shift() as Node;
      if (!root.isConnected) continue;
      for (const p of paragraphsIn(root, { maxChars: LIMITS.paragraphChars / 5, onShadowRoot })) {
        const read = store.add(p);
        if (read) register(read);
        yield read;
      }
    }
  }

  function scanSlice(timeLeft: () => number): void {
    cancelScan = null;
    if (!running) return;
    walk ??= scan();
    while (timeLeft() > 0) {
      if (walk.next().done) {
        walk = null;
        return;
      }
    }
    cancelScan = schedule(scanSliceTimed);
  }

  function requestScan(root: Node): void {
    if (roots.some((r) => r === root || r.contains(root))) return;
    roots.push(root);
    cancelScan ??= schedule(scanSliceTimed);
  }

  function onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === 3) store.dropNode(r.target as Text);
        requestScan(blockOf(r.target));
        continue;
      }
      if (r.removedNodes.length > 0) removed = true;
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        if (isInSkippedContent(node)) continue;
        const whole = node.nodeType === 1 && !isInlineElement(node as Element);
        requestScan(whole ? node : blockOf(node));
      }
    }
    if (removed) store.sweep();
  }

  const applyReplies = timed(win, 'replies', (group: ReadParagraph[], replies: Token[][]): Set<string> => {
    const words = new Set<string>();
    group.forEach((p, i) => {
      const tokens = replies[i] ?? [];
      store.setTokens(p, tokens);
      for (const t of tokens) if (t.zh && t.text.length <= LIMITS.wordChars) words.add(t.text);
    });
    return words;
  });

  async function send(group: ReadParagraph[], record: Group): Promise<void> {
    inFlight++;
    let pinyinLater = false;
    let words = new Set<string>();
    const texts = group.map((p) => p.text);
    const first = !firstSent;
    firstSent = true;
    // Once per page: when the first group left and came back (the bench reads these).
    if (first) markMoment('first-annotate-sent', win.performance);
    try {
      let replies: Token[][];
      let withPinyin = true;
      if (first && deps.annotateQuick) {
        const reply = await deps.annotateQuick(texts);
        replies = reply.paragraphs;
        withPinyin = reply.pinyin !== false;
      } else {
        replies = await deps.annotate(texts, record.bulk);
      }
      if (first) markMoment('first-annotate-reply', win.performance);
      words = applyReplies(group, replies);
      pinyinLater = !withPinyin;
      // Marked; the tokens the reader hovers and saves are the full ones, asked for below.
      if (pinyinLater) for (const p of group) p.tokens = null;
      else if (first && running) deps.onFirstReply?.(group);
    } catch (error) {
      // A group let go because it scrolled away fails on purpose: it is read again when it comes back.
      if (!record.cancelled) onError(error);
    } finally {
      if (!record.cancelled) inFlight--;
      for (const p of group) release(p, record);
      if (pinyinLater) awaitPinyin(group, texts);
      pump();
    }
    // Not awaited: whoever waits for these tokens (a hovered paragraph) waits for the segmentation alone,
    // not also for this look-up in IndexedDB, which on a busy worker queues behind other groups' look-ups.
    void markSavedAmong([...words]).catch(onError);
  }

  async function markSavedAmong(words: string[]): Promise<void> {
    for (let i = 0; running && i < words.length; i += LIMITS.words)
      store.addSaved(await deps.getSaved(words.slice(i, i + LIMITS.words)));
  }

  /**
   * After a quick answer the paragraphs are marked; their tokens, with pinyin, are asked for now. One
   * segmenter cuts both, so marking them again adds nothing (and adds the saved words' marks).
   */
  function awaitPinyin(group: ReadParagraph[], texts: string[]): void {
    const done = deps.annotate(texts).then((full) => {
      group.forEach((p, i) => {
        const tokens = full[i];
        if (running && tokens && p.text === texts[i]) store.setTokens(p, tokens);
      });
      if (running) deps.onFirstReply?.(group);
    }, onError);
    for (const p of group)
      waiting.set(
        p,
        done.then(() => p.tokens ?? []),
      );
  }

  function pump(): void {
    while (running && inFlight < 2 && queue.length > 0) {
      const group: ReadParagraph[] = [];
      let chars = 0;
      // The first group is small so that the first viewport is marked soon after load.
      const limit = sent === 0 ? Math.min(batchChars, FIRST_GROUP_CHARS) : batchChars;
      while (queue.length > 0 && group.length < LIMITS.paragraphs) {
        const p = queue[0] as ReadParagraph;
        if (group.length > 0 && chars + p.text.length > limit) break;
        queue.shift();
        if (p.tokens || waiting.has(p)) continue;
        group.push(p);
        chars += p.text.length;
      }
      if (group.length === 0) continue;
      // The first group is the first viewport, which the reader waits for; the rest read ahead.
      dispatch(group, sent === 0 ? undefined : nextGroupId++);
      sent++;
    }
  }

  function dispatch(group: ReadParagraph[], bulk?: number): void {
    const record: Group = { paragraphs: group, bulk, cancelled: false };
    for (const p of group) groupOf.set(p, record);
    const done = send(group, record);
    for (const p of group)
      waiting.set(
        p,
        // Marked from a quick answer: the full tokens come from the request that followed it.
        done.then(() => p.tokens ?? waiting.get(p) ?? []),
      );
  }

  return {
    store,
    highlighter,
    start(): void {
      if (running || !doc.body) return;
      const started = win.performance.now();
      markMoment('reader-start', win.performance);
      running = true;
      win.addEventListener('scroll', onScroll, { capture: true, passive: true });
      watch(doc.body);
      roots.push(doc.body);
      // The first slice runs now: the first viewport's paragraphs are then observed before the next frame.
      scanSliceTimed(() => SLICE_MS - (win.performance.now() - started));
    },
    stop(): void {
      running = false;
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.clearTimeout(pumpTimer);
      pumpTimer = 0;
      win.clearTimeout(scrollTimer);
      scrollTimer = 0;
      cancelGroups(bulkInFlight());
      groupOf.clear();
      active.clear();
      cancelScan?.();
      cancelScan = null;
      walk = null;
      roots.length = 0;
      queue.length = 0;
      visibility.disconnect();
      mutations.disconnect();
      byTarget.clear();
      store.clear();
    },
    get running() {
      return running;
    },
    /** The paragraph and offset of a character, reading its block now if the idle walk has not reached it. */
    locate(node: Text, offset: number): { paragraph: ReadParagraph; offset: number } | null {
      if (!running) return null;
      const found = store.locate(node, offset);
      if (found || isInSkippedContent(node)) return found;
      // Not read yet: a block the idle walk has not reached, or the part of a long text node past the cuts
      // it has read so far (the pointer can rest at the end of a 1 MiB node while the walk is at its top;
      // no later pointer event would ask again). Cuts already held are kept as they are.
      for (const p of paragraphsIn(blockOf(node), { maxChars: LIMITS.paragraphChars / 5, onShadowRoot })) {
        const read = store.add(p);
        if (read) register(read);
      }
      return store.locate(node, offset);
    },
    /** The paragraph's tokens with their pinyin, segmenting it ahead of everything queued when needed. */
    tokensOf(p: ReadParagraph): Promise<Token[]> {
      if (p.tokens) return Promise.resolve(p.tokens);
      const pending = waiting.get(p);
      // A bulk group may wait behind other pages' reading: the reader's paragraph goes on its own, first.
      if (pending && groupOf.get(p)?.bulk === undefined) return pending;
      dispatch([p]);
      return waiting.get(p) as Promise<Token[]>;
    },
    markSaved(word: string): void {
      store.addSaved([word]);
    },
  };
}

export type PageReader = ReturnType<typeof createPageReader>;
