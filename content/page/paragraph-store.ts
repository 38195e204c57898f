import { type PageTerm, withPageTerms } from '@/core/glossary/learn/page-terms';
import type { Token } from '@/core/types';
import type { Highlighter, MarkKind } from './highlighter';
import { type Paragraph, paragraphOffset } from './paragraphs';

/** A paragraph Tanci has read: its tokens once the background has segmented it, and the marks made on it. */
export interface ReadParagraph extends Paragraph {
  tokens: Token[] | null;
  /** `word` is the marked token's text, kept with the mark: the tokens can be let go while it is shown. */
  marks: { kind: MarkKind; range: Range; start: number; word: string }[];
}

/**
 * The content script's cache of what it has read: paragraphs by text node (so the word under the
 * pointer is found without segmenting again) and the marks drawn on them.
 */
/** How many dropped paragraphs' tokens are kept, by text, for the same text read again. */
const RECENT_TOKENS = 500;

export function createParagraphStore(highlighter: Highlighter, doc: Document) {
  const all = new Set<ReadParagraph>();
  const listeners = new Set<(p: ReadParagraph) => void>();
  const tokenListeners = new Set<() => void>();
  const stateListeners = new Set<(words: ReadonlySet<string>) => void>();
  /** Terms learned from this page (background), joined into units wherever they occur. */
  let pageTerms: readonly PageTerm[] = [];
  // Tokens depend on the text alone. Text that comes back in new nodes (inline pinyin puts a paragraph's
  // words into reading elements, and the page's own nodes back when it lets them go) is not segmented again.
  const recent = new Map<string, Token[]>();
  const byNode = new WeakMap<Text, ReadParagraph[]>();
  const savedWords = new Set<string>();
  // Known words lose their policy and not-known marks; `checked` are the words the background has answered
  // for (only those get a not-known mark, so a word is not marked and unmarked a moment later).
  const knownWords = new Set<string>();
  const checked = new Set<string>();
  let markUnknown = false;

  /** Tokens with the page's terms joined (kept tokens may date from before the terms were known). */
  const joined = (tokens: Token[]): Token[] =>
    pageTerms.length > 0 ? withPageTerms(tokens, pageTerms) : tokens;

  function sameText(a: Paragraph, b: Paragraph): boolean {
    return (
      a.text === b.text &&
      a.segments.length === b.segments.length &&
      a.segments.every((s, i) => s.node === b.segments[i]?.node && s.nodeStart === b.segments[i]?.nodeStart)
    );
  }

  /** Whether the page still holds the paragraph's text where it was read. */
  function isIntact(p: Paragraph): boolean {
    return p.segments.every(
      (s) =>
        s.node.isConnected &&
        s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start) === p.text.slice(s.start, s.end),
    );
  }

  function drop(p: ReadParagraph): void {
    if (!all.delete(p)) return;
    if (p.tokens) {
      recent.delete(p.text);
      recent.set(p.text, p.tokens);
      if (recent.size > RECENT_TOKENS) recent.delete(recent.keys().next().value as string);
    }
    for (const m of p.marks) highlighter.delete(m.kind, m.range);
    p.marks = [];
    for (const s of p.segments) {
      const list = byNode.get(s.node)?.filter((q) => q !== p);
      if (list?.length) byNode.set(s.node, list);
      else byNode.delete(s.node);
    }
  }

  function overlaps(q: Paragraph, s: Paragraph['segments'][number]): boolean {
    const end = s.nodeStart + (s.end - s.start);
    return q.segments.some(
      (t) => t.node === s.node && t.nodeStart < end && s.nodeStart < t.nodeStart + (t.end - t.start),
    );
  }

  /** Adds a freshly read paragraph; returns null when the same text is already held. */
  function add(p: Paragraph): ReadParagraph | null {
    const first = p.segments[0];
    if (!first) return null;
    const existing = byNode.get(first.node) ?? [];
    if (existing.some((q) => sameText(q, p))) return null;
    // The text changed: what was read of the same stretch of these nodes before is stale. Other stretches
    // of one node are other paragraphs (a long text node is read in several cuts), not stale copies.
    for (const s of p.segments) for (const q of byNode.get(s.node) ?? []) if (overlaps(q, s)) drop(q);
    const kept = recent.get(p.text);
    const read: ReadParagraph = { ...p, tokens: kept ? joined(kept) : null, marks: [] };
    all.add(read);
    for (const s of p.segments) byNode.set(s.node, [...(byNode.get(s.node) ?? []), read]);
    if (read.tokens) markTokens(read);
    for (const listener of listeners) listener(read);
    return read;
  }

  function rangeOf(p: Paragraph, start: number, end: number): Range | null {
    const a = p.segments.find((s) => start >= s.start && start < s.end);
    const b = p.segments.find((s) => end > s.start && end <= s.end);
    if (!a || !b) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.nodeStart + start - a.start);
    range.setEnd(b.node, b.nodeStart + end - b.start);
    return range;
  }

  function mark(p: ReadParagraph, kind: MarkKind, token: Token): void {
    if (p.marks.some((m) => m.kind === kind && m.start === token.start)) return;
    const range = rangeOf(p, token.start, token.end);
    if (!range) return;
    p.marks.push({ kind, range, start: token.start, word: token.text });
    highlighter.add(kind, range);
  }

  function markTokens(p: ReadParagraph): void {
    for (const t of p.tokens ?? []) {
      const known = knownWords.has(t.text);
      if (t.glossaryId && !known) mark(p, 'policy', t);
      if (t.pageTerm && !known) mark(p, 'page', t);
      if (t.zh && savedWords.has(t.text)) mark(p, 'saved', t);
      if (markUnknown && t.zh && !known && checked.has(t.text)) mark(p, 'unknown', t);
    }
  }

  /**
   * Removes the marks of `kinds` on the words `which` picks. The word is read from the mark, not from the
   * paragraph's tokens: after a quick answer the tokens are let go until the one with pinyin comes, and the
   * answer of which words are known can come in between.
   */
  function unmark(kinds: readonly MarkKind[], which: (word: string) => boolean): void {
    for (const p of all) {
      if (!p.marks.some((m) => kinds.includes(m.kind))) continue;
      p.marks = p.marks.filter((m) => {
        if (!kinds.includes(m.kind) || !which(m.word)) return true;
        highlighter.delete(m.kind, m.range);
        return false;
      });
    }
  }

  return {
    add,
    drop,
    isIntact,
    rangeOf,
    get size() {
      return all.size;
    },
    paragraphs: (): ReadParagraph[] => [...all],
    /** Calls `listener` with each paragraph read from now on; returns the way to stop. */
    onAdd(listener: (p: ReadParagraph) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** The paragraph and paragraph offset of a character in a text node. */
    locate(node: Text, offset: number): { paragraph: ReadParagraph; offset: number } | null {
      for (const p of byNode.get(node) ?? []) {
        const at = paragraphOffset(p, node, offset);
        if (at >= 0 && at < p.text.length) return { paragraph: p, offset: at };
      }
      return null;
    },
    has: (node: Text) => byNode.has(node),
    /** Whether the paragraph is still held (not dropped as stale or removed). */
    holds: (p: ReadParagraph) => all.has(p),
    setTokens(p: ReadParagraph, tokens: Token[]): void {
      p.tokens = joined(tokens);
      if (all.has(p)) markTokens(p);
      for (const listener of tokenListeners) listener();
    },
    /** Calls `listener` whenever a paragraph's tokens arrive; returns the way to stop. */
    onTokens(listener: () => void): () => void {
      tokenListeners.add(listener);
      return () => void tokenListeners.delete(listener);
    },
    /**
     * Calls `listener` with the words learned to be saved or known (the background's answers come after
     * the tokens: an open popup may describe one of them); returns the way to stop.
     */
    onWordState(listener: (words: ReadonlySet<string>) => void): () => void {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    /** Joins the page's terms into units in what was read and what will be, and marks them. */
    setPageTerms(terms: readonly PageTerm[]): void {
      pageTerms = terms;
      for (const p of all) {
        if (!p.tokens) continue;
        p.tokens = withPageTerms(p.tokens, terms);
        markTokens(p);
      }
    },
    /** Records saved words and marks them wherever they were read. */
    addSaved(words: Iterable<string>): void {
      const fresh = [...words].filter((w) => !savedWords.has(w));
      for (const w of fresh) savedWords.add(w);
      if (fresh.length === 0) return;
      const set = new Set(fresh);
      for (const p of all) for (const t of p.tokens ?? []) if (set.has(t.text)) mark(p, 'saved', t);
      for (const listener of stateListeners) listener(set);
    },
    isSaved: (word: string) => savedWords.has(word),
    /**
     * The background's answer for `asked` words: `known` of them are known (their policy and not-known
     * marks go), the rest are not (they get a not-known mark when that setting is on).
     */
    addKnown(known: Iterable<string>, asked: Iterable<string> = []): void {
      const fresh = [...known].filter((w) => !knownWords.has(w));
      for (const w of fresh) knownWords.add(w);
      const newlyChecked = [...asked].filter((w) => !checked.has(w));
      for (const w of newlyChecked) checked.add(w);
      if (fresh.length > 0) {
        const set = new Set(fresh);
        unmark(['policy', 'page', 'unknown'], (w) => set.has(w));
        for (const listener of stateListeners) listener(set);
      }
      if (markUnknown && newlyChecked.length > 0) {
        const set = new Set(newlyChecked);
        for (const p of all) if (p.tokens?.some((t) => set.has(t.text))) markTokens(p);
      }
    },
    isKnown: (word: string) => knownWords.has(word),
    /** Turns the not-known marks on or off (a setting). */
    setMarkUnknown(on: boolean): void {
      if (on === markUnknown) return;
      markUnknown = on;
      if (on) for (const p of all) markTokens(p);
      else unmark(['unknown'], () => true);
    },
    /** Drops what was read of one text node (its text changed). */
    dropNode(node: Text): void {
      for (const p of byNode.get(node) ?? []) drop(p);
    },
    /** Drops paragraphs whose text left the page or changed under them. */
    sweep(): void {
      for (const p of all) if (!isIntact(p)) drop(p);
    },
    clear(): void {
      for (const p of [...all]) drop(p);
      recent.clear();
      savedWords.clear();
      pageTerms = [];
      knownWords.clear();
      checked.clear();
      highlighter.clear();
    },
  };
}
