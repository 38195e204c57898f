import { markMoment, timed } from '@/core/perf';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { blockOf, isInlineElement } from './block-of';
import { createHighlighter, type Highlighter } from './highlighter';
import { type IdleScheduler, idleScheduler, SLICE_MS } from './idle';
import { createParagraphStore, type ReadParagraph } from './paragraph-store';
import { paragraphsIn } from './paragraphs';
import { isInSkippedContent } from './text-filter';

/**
 * The first group's size: the paragraphs at the top of the viewport, answered in a few tens of
 * milliseconds (the background annotates ~20–50 µs per character), so that marks appear soon after load.
 */
const FIRST_GROUP_CHARS = 600;

export interface PageReaderDeps {
  win?: Window & typeof globalThis;
  /** Segments paragraphs in the background: one call per paragraph group. */
  annotate: (paragraphs: string[]) => Promise<Token[][]>;
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

  const roots: Node[] = [];
  let walk: Generator<ReadParagraph | null> | null = null;
  let cancelScan: (() => void) | null = null;
  const queue: ReadParagraph[] = [];
  const waiting = new Map<ReadParagraph, Promise<Token[]>>();
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

  function targetOf(p: ReadParagraph): Element | null {
    const b = p.block;
    if (b.nodeType === 1) return b as Element;
    return (b as ShadowRoot).host ?? p.segments[0]?.node.parentElement ?? null;
  }

  function register(p: ReadParagraph): void {
    const target = targetOf(p);
    if (!target) return;
    let set = byTarget.get(target);
    if (!set) {
      set = new Set();
      byTarget.set(target, set);
    }
    set.add(p);
    visibility.observe(target);
  }

  function onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const set = byTarget.get(entry.target);
      byTarget.delete(entry.target);
      visibility.unobserve(entry.target);
      for (const p of set ?? []) if (!p.tokens && !waiting.has(p)) queue.push(p);
    }
    // Paragraphs that come into view together (a first viewport, a scroll) go in one group.
    pumpTimer ||= win.setTimeout(() => {
      pumpTimer = 0;
      pump();
    }, 0);
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

  async function send(group: ReadParagraph[]): Promise<void> {
    inFlight++;
    let pinyinLater = false;
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
        replies = await deps.annotate(texts);
      }
      if (first) markMoment('first-annotate-reply', win.performance);
      const words = applyReplies(group, replies);
      pinyinLater = !withPinyin;
      // Marked; the tokens the reader hovers and saves are the full ones, asked for below.
      if (pinyinLater) for (const p of group) p.tokens = null;
      else if (first && running) deps.onFirstReply?.(group);
      if (running && words.size > 0) {
        const list = [...words];
        for (let i = 0; i < list.length; i += LIMITS.words) {
          store.addSaved(await deps.getSaved(list.slice(i, i + LIMITS.words)));
        }
      }
    } catch (error) {
      onError(error);
    } finally {
      inFlight--;
      for (const p of group) waiting.delete(p);
      if (pinyinLater) awaitPinyin(group, texts);
      pump();
    }
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
      sent++;
      dispatch(group);
    }
  }

  function dispatch(group: ReadParagraph[]): void {
    const done = send(group);
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
      watch(doc.body);
      roots.push(doc.body);
      // The first slice runs now: the first viewport's paragraphs are then observed before the next frame.
      scanSliceTimed(() => SLICE_MS - (win.performance.now() - started));
    },
    stop(): void {
      running = false;
      win.clearTimeout(pumpTimer);
      pumpTimer = 0;
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
      if (!store.has(node) && !isInSkippedContent(node)) {
        for (const p of paragraphsIn(blockOf(node), { maxChars: LIMITS.paragraphChars / 5, onShadowRoot })) {
          const read = store.add(p);
          if (read) register(read);
        }
      }
      return store.locate(node, offset);
    },
    /** The paragraph's tokens with their pinyin, segmenting it ahead of everything queued when needed. */
    tokensOf(p: ReadParagraph): Promise<Token[]> {
      if (p.tokens) return Promise.resolve(p.tokens);
      const pending = waiting.get(p);
      if (pending) return pending;
      dispatch([p]);
      return waiting.get(p) as Promise<Token[]>;
    },
    markSaved(word: string): void {
      store.addSaved([word]);
    },
  };
}

export type PageReader = ReturnType<typeof createPageReader>;
