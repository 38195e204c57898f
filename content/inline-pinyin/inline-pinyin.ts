import type { PinyinStyleName } from '@/core/pinyin/pinyin-style';
import { numberParts } from '@/core/text/number-parts';
import type { Token } from '@/core/types';
import { LIMITS } from '@/protocol/messages';
import { timed } from '../../core/perf';
import { type IdleScheduler, idleAfterFrame } from '../page/idle';
import { observedElementOf, type Paragraph } from '../page/paragraphs';
import { copyWithoutReadings } from './copy-without-readings';
import { levelOf, type NodeRuns, runsByNode } from './inline-pinyin-runs';
import { putBack, type Replacement, replaceText } from './text-replacement';

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
 * 20-30 ms of layout alone (~1,000 dirty layout objects) before paint, in the frame's single task. A page
 * node put back counts one, not the rubies it replaces: the layout after it is a few objects (its block's
 * text, laid out again as plain text), while every frame that moves text costs pre-paint, paint and
 * intersection work of its own (~20 ms traced), so blocks let go together share one.
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
export type Observer = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
export type ObserverFactory = (
  callback: (entries: IntersectionObserverEntry[]) => void,
  rootMargin: string,
) => Observer;

export interface InlinePinyinDeps<P extends Paragraph = Paragraph> {
  win?: Window & typeof globalThis;
  source: InlinePinyinSource<P>;
  /** HSK levels of words (from `lookup`); only asked for in the `selected` scope. */
  hskLevels?: (words: string[]) => Promise<Map<string, number | undefined>>;
  schedule?: IdleScheduler;
  observe?: ObserverFactory;
}

/** Rubies added, and what is left to add later. */
interface Done<P> {
  added: number;
  rest: Pending<P>[];
}

/** Runs of a text node still to be given ruby (a paragraph is cut over slices): done if `data` is unchanged. */
interface Pending<P> {
  node: Text;
  data: string;
  runs: NodeRuns;
  block: Block<P>;
  mine: number;
}

/** A block element of the page with the paragraphs that flow in it. */
interface Block<P> {
  element: Element;
  paragraphs: P[];
  /** Within NEAR_MARGIN of the viewport. */
  near: boolean;
  /** Within FAR_MARGIN: its ruby is kept (known while it holds ruby, the only blocks the far observer watches). */
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
  /** The rest of paragraphs begun, in order: finished before another paragraph begins. */
  let pending: Pending<P>[] = [];
  let releasing: Block<P>[] = [];
  let cancelSlice: (() => void) | null = null;
  let stopSource: (() => void) | null = null;
  let near: Observer | null = null;
  let far: Observer | null = null;
  let rubies = 0;

  /**
   * Replaces `node` with its text cut into plain text and at most `budget` rubies (text-replacement.ts);
   * the rest of its runs is returned, to be given its ruby in the next slice.
   */
  function replace(node: Text, nodeRuns: NodeRuns, block: Block<P>, budget: number): Done<P> {
    const cut = replaceText(doc, node, nodeRuns, budget, ours);
    if (!cut) {
      const later = budget <= 0 && nodeRuns.runs.length > 0;
      return {
        added: 0,
        rest: later ? [{ node, data: node.data, runs: nodeRuns, block, mine: generation }] : [],
      };
    }
    if (cut.pieces.length > 0) movedTo.set(node, cut.pieces);
    // Its first ruby: from now on the far observer says when to let it go. Only blocks holding ruby are
    // watched (a few screens' worth, not every block of the page): each observed target costs every frame
    // whose layout changed (traced: ~6 ms a frame for two observers over the 200,000-character page).
    if (block.replacements.length === 0) {
      block.kept = true;
      far?.observe(block.element);
    }
    block.replacements.push(cut.replacement);
    rubies += cut.added;
    const rest = cut.rest && { ...cut.rest, data: cut.rest.node.data, block, mine: generation };
    return { added: cut.added, rest: rest ? [rest] : [] };
  }

  /** Puts the block's page nodes back and stops watching it for the far margin; returns how many. */
  function restore(block: Block<P>): number {
    const putBackNodes = block.replacements.length;
    rubies -= putBack(block.replacements);
    if (block.replacements.length > 0) far?.unobserve(block.element);
    block.replacements = [];
    for (const p of block.paragraphs) requested.delete(p);
    return putBackNodes;
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
      block = { element, paragraphs: [], near: false, kept: false, replacements: [] };
      blocks.set(element, block);
      near?.observe(element);
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
      // A block that let its ruby go is no longer watched; an entry still on its way says nothing now.
      if (!block || block.replacements.length === 0) continue;
      block.kept = entry.isIntersecting;
      if (!block.kept) releasing.push(block);
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

  /** Ruby goes on blocks near the viewport, and on the rest of a block that holds ruby and is kept. */
  const wantsRuby = (block: Block<P>) => block.near || (block.kept && block.replacements.length > 0);

  /** Gives the paragraph its ruby, at most `budget` rubies now; the rest is returned, to come next. */
  function annotate(p: P, tokens: Token[], budget: number): Done<P> {
    const block = blockOf(p);
    const now = resolve(p);
    const done: Done<P> = { added: 0, rest: [] };
    if (!block || !wantsRuby(block) || !options || !isIntact(now)) {
      requested.delete(p);
      return done;
    }
    for (const [node, runs] of runsByNode(now, tokens, wanted, options.style, ours)) {
      const step = replace(node, runs, block, budget - done.added);
      done.added += step.added;
      done.rest.push(...step.rest);
    }
    return done;
  }

  /** Goes on with a paragraph begun in an earlier slice, unless its text or its block changed since. */
  function resume(job: Pending<P>, budget: number): Done<P> {
    const { node, block } = job;
    if (job.mine !== generation || !node.isConnected || node.data !== job.data || !wantsRuby(block))
      return { added: 0, rest: [] };
    return replace(node, job.runs, block, budget);
  }

  const slice = timed(win, 'inline-pinyin', (timeLeft: () => number) => {
    cancelSlice = null;
    let nodes = 0;
    // Ruby far behind goes first: every ruby on the page is painted again in each frame that repaints (a
    // highlight added, text moved by the ruby added above it), so a scroll that adds ruby faster than it
    // lets go of it would pile up thousands (traced: up to ~4,000 at once, 20-30 ms of pre-paint and as
    // much paint per frame) where three screens hold ~1,500.
    // A paragraph's ruby is cut over slices (a paragraph of this page holds up to ~130 words): the layout of
    // the frame after a slice grows with the rubies it adds (traced: 800 dirty layout objects, 15-22 ms).
    while (timeLeft() > 0 && nodes < SLICE_NODES) {
      const block = releasing.shift();
      if (block) {
        if (!block.kept) nodes += restore(block);
        continue;
      }
      const begun = pending.shift();
      let done: Done<P>;
      if (begun) done = resume(begun, SLICE_NODES - nodes);
      else {
        const job = ready.shift();
        if (!job) break;
        if (job.mine !== generation) continue;
        done = annotate(job.p, job.tokens, SLICE_NODES - nodes);
      }
      nodes += done.added;
      pending.unshift(...done.rest);
    }
    if (ready.length > 0 || releasing.length > 0 || pending.length > 0) kick();
  });

  function kick(): void {
    cancelSlice ??= schedule(slice);
  }

  const onCopy = copyWithoutReadings(doc);

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
    pending = [];
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
