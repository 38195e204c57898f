import type { PinyinStyleName } from '@/core/pinyin/pinyin-style';
import { numberParts } from '@/core/text/number-parts';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { timed } from '../../core/perf';
import { type IdleScheduler, idleAfterFrame } from '../page/idle';
import { observedElementOf, type Paragraph } from '../page/paragraphs';
import { levelOf, type NodeRuns, runsByNode } from './inline-pinyin-runs';
import { INLINE_RUBY_ATTRIBUTE, rubyElement } from './ruby-element';

/**
 * Blocks this close to the viewport get ruby: the screen itself, and half a screen above and below it.
 * Every ruby on the page is laid out again when inline pinyin is turned off (at once, within a frame), so
 * fewer kept means a shorter last layout: three screens at most hold ~1,500 of them.
 */
export const NEAR_MARGIN = '50% 0px 50% 0px';
/** Ruby of blocks further than this from the viewport is let go (between the two it stays: no flicker). */
export const FAR_MARGIN = '100% 0px 100% 0px';
/**
 * Most ruby elements added (or page nodes put back) in one idle slice. Each ruby costs style and layout in
 * the next frame as well as the script that makes it, so the slice is cut by count as well as by time.
 * Traced on the 200,000-character page (npm run bench:browser): 150 rubies laid out in one frame took
 * 20-30 ms of layout alone (~1,000 dirty layout objects) before paint, in the frame's single task.
 */
export const SLICE_NODES = 50;

export interface InlinePinyinOptions {
  /** `all`: every Chinese word; `selected`: policy terms, and words from `minHsk` up or in no HSK list. */
  scope: 'all' | 'selected';
  minHsk: number;
  style: PinyinStyleName;
}

/** Where the paragraphs and their tokens come from: the page reader, which already reads visible-first. */
export interface InlinePinyinSource<P extends Paragraph = Paragraph> {
  /** The paragraphs read so far. */
  paragraphs(): Iterable<P>;
  /** Calls `listener` with each paragraph read from now on; returns the way to stop. */
  onParagraph(listener: (p: P) => void): () => void;
  /** The paragraph's tokens with their pinyin. */
  tokensOf(p: P): Promise<Token[]>;
}

/** The part of IntersectionObserver used here (tests pass one with geometry of their own). */
export type ObserverFactory = (
  callback: (entries: IntersectionObserverEntry[]) => void,
  rootMargin: string,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

export interface InlinePinyinDeps<P extends Paragraph = Paragraph> {
  win?: Window & typeof globalThis;
  source: InlinePinyinSource<P>;
  /** HSK levels of words (from `lookup`); only asked for in the `selected` scope. */
  hskLevels?: (words: string[]) => Promise<Map<string, number | undefined>>;
  schedule?: IdleScheduler;
  observe?: ObserverFactory;
}

interface Replacement {
  original: Text;
  inserted: Node[];
}

/** A block element of the page with the paragraphs that flow in it. */
interface Block<P> {
  paragraphs: P[];
  /** Within NEAR_MARGIN of the viewport. */
  near: boolean;
  /** Within FAR_MARGIN: its ruby is kept. */
  kept: boolean;
  replacements: Replacement[];
}

/** Whether the page still holds the paragraph's text in the nodes it was read from. */
function isIntact(p: Paragraph): boolean {
  return p.segments.every(
    (s) =>
      s.node.isConnected &&
      s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start) === p.text.slice(s.start, s.end),
  );
}

const sameRead = (a: Paragraph, b: Paragraph) =>
  a.text === b.text &&
  a.segments[0]?.node === b.segments[0]?.node &&
  a.segments[0]?.nodeStart === b.segments[0]?.nodeStart;

/**
 * Inline pinyin: a reading (ruby-element.ts) over the Chinese words near the viewport, added in idle slices as the reader
 * scrolls and let go when the text is far behind, so a long page costs no more than its screenful. The
 * page's own text nodes are taken out and kept, never edited, so the very same nodes go back and the page
 * is exactly as it was. Pinyin cannot be selected, and copying gives the Chinese text only.
 */
export function createInlinePinyin<P extends Paragraph>(deps: InlinePinyinDeps<P>) {
  const win = deps.win ?? window;
  const doc = win.document;
  const schedule = deps.schedule ?? idleAfterFrame(win);
  const observe: ObserverFactory =
    deps.observe ?? ((callback, rootMargin) => new win.IntersectionObserver(callback, { rootMargin }));
  /** Text nodes Tanci made that already sit under a reading (or between two): never annotated again. */
  const ours = new WeakSet<Node>();
  const levels = new Map<string, number | undefined>();
  /** Where the rest of a long node went: the plain pieces holding its text outside the paragraph done. */
  const movedTo = new WeakMap<Text, { node: Text; start: number }[]>();

  let options: InlinePinyinOptions | null = null;
  let generation = 0;
  let blocks = new Map<Element, Block<P>>();
  let requested = new WeakSet<P>();
  let ready: { p: P; tokens: Token[]; mine: number }[] = [];
  let releasing: Block<P>[] = [];
  let cancelSlice: (() => void) | null = null;
  let stopSource: (() => void) | null = null;
  let near: Pick<IntersectionObserver, 'observe' | 'disconnect'> | null = null;
  let far: Pick<IntersectionObserver, 'observe' | 'disconnect'> | null = null;
  let rubies = 0;

  function rubyFor(text: string, reading: string): HTMLElement {
    const { ruby, base, rt } = rubyElement(doc, text);
    ours.add(base);
    rt.textContent = reading;
    return ruby;
  }

  /**
   * Replaces `node` with its text cut into plain text and rubies. Text outside [from, to) belongs to other
   * paragraphs of a long node: it goes in plain nodes that stay open to annotation.
   */
  function replace(node: Text, { runs, from, to }: NodeRuns, block: Block<P>): number {
    const parent = node.parentNode;
    if (!parent || runs.length === 0) return 0;
    runs.sort((a, b) => a.start - b.start);
    const data = node.data;
    const fragment = doc.createDocumentFragment();
    const inserted: Node[] = [];
    const pieces: { node: Text; start: number }[] = [];
    const text = (a: number, b: number, mine: boolean) => {
      if (a >= b) return;
      const t = doc.createTextNode(data.slice(a, b));
      if (mine) ours.add(t);
      else pieces.push({ node: t, start: a });
      inserted.push(t);
    };
    text(0, from, false);
    let at = from;
    for (const run of runs) {
      if (run.start < at) continue;
      text(at, run.start, true);
      inserted.push(rubyFor(data.slice(run.start, run.end), run.reading));
      at = run.end;
    }
    text(at, to, true);
    text(Math.max(at, to), data.length, false);
    for (const n of inserted) fragment.append(n);
    parent.insertBefore(fragment, node);
    node.remove();
    if (pieces.length > 0) movedTo.set(node, pieces);
    block.replacements.push({ original: node, inserted });
    rubies += runs.length;
    return runs.length;
  }

  /** Puts the page's own nodes back, newest first (a later replacement may have cut an earlier one's). */
  function restore(block: Block<P>): number {
    let touched = 0;
    for (const { original, inserted } of block.replacements.reverse()) {
      const anchor = inserted.find((n) => n.parentNode);
      if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
      for (const n of inserted) {
        (n as ChildNode).remove();
        if (n.nodeType === 1) rubies--;
      }
      touched += inserted.length;
    }
    block.replacements = [];
    for (const p of block.paragraphs) requested.delete(p);
    return touched;
  }

  const wanted = (t: Token): boolean => {
    if (!options || options.scope === 'all' || t.glossaryId) return true;
    const level = levelOf(t.text, levels);
    return level === undefined || level >= options.minHsk;
  };

  async function askLevels(tokens: Token[]): Promise<void> {
    if (options?.scope !== 'selected' || !deps.hskLevels) return;
    const words = new Set<string>();
    for (const t of tokens) {
      if (!t.zh || t.glossaryId) continue;
      for (const w of [t.text, ...(numberParts(t.text) ?? [])]) if (!levels.has(w)) words.add(w);
    }
    const list = [...words];
    for (let i = 0; i < list.length; i += LIMITS.words) {
      for (const [w, level] of await deps.hskLevels(list.slice(i, i + LIMITS.words))) levels.set(w, level);
    }
  }

  function blockOf(p: P): Block<P> | undefined {
    const element = observedElementOf(p);
    return element ? blocks.get(element) : undefined;
  }

  function request(p: P): void {
    if (requested.has(p)) return;
    requested.add(p);
    const mine = generation;
    void deps.source
      .tokensOf(p)
      .then(async (tokens) => {
        await askLevels(tokens);
        if (mine !== generation) return;
        ready.push({ p, tokens, mine });
        kick();
      })
      .catch(() => requested.delete(p));
  }

  function register(p: P): void {
    if (p.segments.every((s) => ours.has(s.node))) return;
    const element = observedElementOf(p);
    if (!element) return;
    let block = blocks.get(element);
    if (!block) {
      block = { paragraphs: [], near: false, kept: true, replacements: [] };
      blocks.set(element, block);
      near?.observe(element);
      far?.observe(element);
    }
    if (block.paragraphs.includes(p)) return;
    // The same text read again (the page's nodes put back) replaces the earlier reading of it.
    block.paragraphs = block.paragraphs.filter((q) => !sameRead(q, p));
    block.paragraphs.push(p);
    if (block.near) request(p);
  }

  const onNear = timed(win, 'inline-pinyin-near', (entries: IntersectionObserverEntry[]) => {
    const inView: Block<P>[] = [];
    const around: Block<P>[] = [];
    for (const entry of entries) {
      const block = blocks.get(entry.target);
      if (!block) continue;
      block.near = entry.isIntersecting;
      if (!entry.isIntersecting) continue;
      block.kept = true;
      const box = entry.boundingClientRect;
      (box.bottom > 0 && box.top < win.innerHeight ? inView : around).push(block);
    }
    // What is on screen first, then the screens above and below it.
    for (const block of [...inView, ...around]) for (const p of block.paragraphs) request(p);
  });

  const onFar = timed(win, 'inline-pinyin-far', (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const block = blocks.get(entry.target);
      if (!block) continue;
      block.kept = entry.isIntersecting;
      if (!block.kept && block.replacements.length > 0) releasing.push(block);
    }
    if (releasing.length > 0) kick();
  });

  /** The paragraph with each segment of a long node that was cut up before pointing at its piece now. */
  function resolve(p: Paragraph): Paragraph {
    if (p.segments.every((s) => s.node.isConnected)) return p;
    const segments = p.segments.map((s) => {
      let node = s.node;
      let nodeStart = s.nodeStart;
      const length = s.end - s.start;
      while (!node.isConnected) {
        const piece = movedTo
          .get(node)
          ?.find((m) => m.start <= nodeStart && nodeStart + length <= m.start + m.node.length);
        if (!piece) break;
        node = piece.node;
        nodeStart -= piece.start;
      }
      return { ...s, node, nodeStart };
    });
    return { ...p, segments };
  }

  function annotate(p: P, tokens: Token[]): number {
    const block = blockOf(p);
    const now = resolve(p);
    if (!block?.kept || !options || !isIntact(now)) {
      requested.delete(p);
      return 0;
    }
    let added = 0;
    for (const [node, runs] of runsByNode(now, tokens, wanted, options.style, ours)) {
      added += replace(node, runs, block);
    }
    return added;
  }

  const slice = timed(win, 'inline-pinyin', (timeLeft: () => number) => {
    cancelSlice = null;
    let nodes = 0;
    // Ruby far behind goes first: every ruby on the page is painted again in each frame that repaints (a
    // highlight added, text moved by the ruby added above it), so a scroll that adds ruby faster than it
    // lets go of it would pile up thousands (traced: up to ~4,000 at once, 20-30 ms of pre-paint and as
    // much paint per frame) where three screens hold ~1,500.
    while (timeLeft() > 0 && nodes < SLICE_NODES) {
      const block = releasing.shift();
      if (block) {
        if (!block.kept) nodes += restore(block);
        continue;
      }
      const job = ready.shift();
      if (!job) break;
      if (job.mine === generation) nodes += annotate(job.p, job.tokens);
    }
    if (ready.length > 0 || releasing.length > 0) kick();
  });

  function kick(): void {
    cancelSlice ??= schedule(slice);
  }

  /** Copy without the readings: the selection's text with every Tanci `<rt>` left out. */
  function onCopy(event: ClipboardEvent): void {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !event.clipboardData) return;
    const parts: string[] = [];
    let touched = false;
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      const rts = fragment.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}] > rt`);
      if (rts.length > 0) touched = true;
      for (const rt of rts) rt.remove();
      parts.push(fragment.textContent ?? '');
    }
    // Selections without Tanci's readings copy as the browser would.
    if (!touched) return;
    event.clipboardData.setData('text/plain', parts.join('\n'));
    event.preventDefault();
  }

  /** Takes every reading out and puts the page's own nodes back, at once. */
  function remove(): void {
    generation++;
    options = null;
    win.removeEventListener('copy', onCopy, true);
    stopSource?.();
    stopSource = null;
    cancelSlice?.();
    cancelSlice = null;
    near?.disconnect();
    far?.disconnect();
    near = null;
    far = null;
    for (const block of blocks.values()) restore(block);
    blocks = new Map();
    requested = new WeakSet();
    ready = [];
    releasing = [];
  }

  /** Starts (or restarts, with new options) inline pinyin over the source's paragraphs near the viewport. */
  function apply(next: InlinePinyinOptions): void {
    remove();
    options = next;
    near = observe(onNear, NEAR_MARGIN);
    far = observe(onFar, FAR_MARGIN);
    win.addEventListener('copy', onCopy, true);
    stopSource = deps.source.onParagraph(register);
    for (const p of deps.source.paragraphs()) register(p);
  }

  return {
    apply,
    remove,
    /** Whether any reading is on the page now. */
    get active(): boolean {
      return rubies > 0;
    },
    /** How many ruby elements are on the page now. */
    get rubies(): number {
      return rubies;
    },
  };
}

export type InlinePinyin = ReturnType<typeof createInlinePinyin>;
