import { LIMITS } from '@/utils/messaging';
import { PINYIN_FONT_FAMILY } from '@/utils/pinyin-font';
import { type PinyinStyleName, stylePinyin } from '@/utils/zh/pinyin-style';
import type { Token } from '@/utils/zh/types';
import { type Paragraph, paragraphsIn } from './paragraphs';

/** Marks Tanci's ruby elements, so they are told apart from the page's own ruby. */
export const INLINE_RUBY_ATTRIBUTE = 'data-tanci-ruby';

export interface InlinePinyinOptions {
  /** `all`: every Chinese word; `selected`: policy terms, and words from `minHsk` up or in no HSK list. */
  scope: 'all' | 'selected';
  minHsk: number;
  style: PinyinStyleName;
}

export interface InlinePinyinDeps {
  doc?: Document;
  /** Segmentation with pinyin, from the background (`annotate`). */
  annotate: (paragraphs: string[]) => Promise<Token[][]>;
  /** HSK levels of words (from `lookup`); only asked for in the `selected` scope. */
  hskLevels?: (words: string[]) => Promise<Map<string, number | undefined>>;
}

interface Replacement {
  original: Text;
  inserted: Node[];
}

/** One annotated run of a text node: [start, end) in the node's data, and the reading shown above it. */
interface Run {
  start: number;
  end: number;
  reading: string;
}

function batches(paragraphs: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  let group: Paragraph[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (group.length >= LIMITS.paragraphs || (group.length > 0 && chars + p.text.length > 20_000)) {
      out.push(group);
      group = [];
      chars = 0;
    }
    group.push(p);
    chars += p.text.length;
  }
  if (group.length > 0) out.push(group);
  return out;
}

/**
 * The runs of each text node that get a reading. A word split over two nodes (`<b>碳达</b>峰`) is given
 * per node the syllables of its own characters, where the count of syllables matches the characters.
 */
function runsByNode(
  paragraph: Paragraph,
  tokens: Token[],
  wanted: (t: Token) => boolean,
  style: PinyinStyleName,
) {
  const runs = new Map<Text, Run[]>();
  for (const token of tokens) {
    if (!token.zh || !token.pinyin || !wanted(token)) continue;
    const syllables = token.pinyin.split(' ');
    const chars = [...token.text];
    const perChar = syllables.length === chars.length;
    // UTF-16 offset of each character in the token, to map syllables onto a node's part of it.
    const offsets: number[] = [];
    let o = 0;
    for (const c of chars) {
      offsets.push(o);
      o += c.length;
    }
    for (const s of paragraph.segments) {
      const start = Math.max(token.start, s.start);
      const end = Math.min(token.end, s.end);
      if (start >= end) continue;
      let reading: string;
      if (perChar) {
        const from = offsets.findIndex((x) => x >= start - token.start);
        let to = offsets.findIndex((x) => x >= end - token.start);
        if (to < 0) to = chars.length;
        reading = stylePinyin(syllables.slice(from, to).join(' '), style, token.tones.slice(from, to));
      } else {
        // The whole reading goes on the part holding the word's start.
        if (start !== token.start) continue;
        reading = stylePinyin(token.pinyin, style, token.tones);
      }
      const list = runs.get(s.node) ?? [];
      list.push({ start: s.nodeStart + start - s.start, end: s.nodeStart + end - s.start, reading });
      runs.set(s.node, list);
    }
  }
  return runs;
}

/**
 * Inline pinyin: a `<ruby>` over Chinese words of the page. The page's own text nodes are taken out and
 * kept, never edited, so `remove()` puts the very same nodes back and the page is exactly as it was.
 * Pinyin cannot be selected, and copying gives the Chinese text only.
 */
export function createInlinePinyin(deps: InlinePinyinDeps) {
  const doc = deps.doc ?? document;
  const win = doc.defaultView;
  let replaced: Replacement[] = [];
  let generation = 0;

  function rubyFor(text: string, reading: string): HTMLElement {
    const ruby = doc.createElement('ruby');
    ruby.setAttribute(INLINE_RUBY_ATTRIBUTE, '');
    ruby.append(doc.createTextNode(text));
    const rt = doc.createElement('rt');
    rt.textContent = reading;
    // Not the page's CJK font, which may draw tone-marked letters blank.
    rt.style.setProperty('font-family', PINYIN_FONT_FAMILY);
    rt.style.setProperty('user-select', 'none');
    rt.style.setProperty('-webkit-user-select', 'none');
    ruby.append(rt);
    return ruby;
  }

  function replace(node: Text, runs: Run[]): void {
    const parent = node.parentNode;
    if (!parent || runs.length === 0) return;
    runs.sort((a, b) => a.start - b.start);
    const data = node.data;
    const inserted: Node[] = [];
    let at = 0;
    for (const run of runs) {
      if (run.start < at) continue;
      if (run.start > at) inserted.push(doc.createTextNode(data.slice(at, run.start)));
      inserted.push(rubyFor(data.slice(run.start, run.end), run.reading));
      at = run.end;
    }
    if (at < data.length) inserted.push(doc.createTextNode(data.slice(at)));
    for (const n of inserted) parent.insertBefore(n, node);
    node.remove();
    replaced.push({ original: node, inserted });
  }

  /** Copy without the readings: the selection's text with every Tanci `<rt>` left out. */
  function onCopy(event: ClipboardEvent): void {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !event.clipboardData) return;
    const parts: string[] = [];
    let touched = false;
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      const rts = fragment.querySelectorAll(`ruby[${INLINE_RUBY_ATTRIBUTE}] > rt`);
      if (rts.length > 0) touched = true;
      for (const rt of rts) rt.remove();
      parts.push(fragment.textContent ?? '');
    }
    // Selections without Tanci's readings copy as the browser would.
    if (!touched) return;
    event.clipboardData.setData('text/plain', parts.join('\n'));
    event.preventDefault();
  }

  function remove(): void {
    generation++;
    win?.removeEventListener('copy', onCopy, true);
    // Newest first, so nodes replaced in a later pass come back before the ones around them.
    for (const { original, inserted } of replaced.reverse()) {
      const anchor = inserted.find((n) => n.parentNode);
      if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
      for (const n of inserted) (n as ChildNode).remove();
    }
    replaced = [];
  }

  /** Annotates the page under `root` (the body by default), replacing any earlier annotation. */
  async function apply(
    options: InlinePinyinOptions,
    root: Node = doc.body ?? doc.documentElement,
  ): Promise<void> {
    remove();
    const mine = ++generation;
    const paragraphs = [...paragraphsIn(root)];
    const annotated: [Paragraph, Token[]][] = [];
    for (const group of batches(paragraphs)) {
      const tokens = await deps.annotate(group.map((p) => p.text));
      if (mine !== generation) return;
      for (const [i, p] of group.entries()) annotated.push([p, tokens[i] ?? []]);
    }
    let levels = new Map<string, number | undefined>();
    if (options.scope === 'selected' && deps.hskLevels) {
      const words = [
        ...new Set(annotated.flatMap(([, ts]) => ts.filter((t) => t.zh && !t.glossaryId).map((t) => t.text))),
      ];
      for (let i = 0; i < words.length; i += LIMITS.words) {
        const part = await deps.hskLevels(words.slice(i, i + LIMITS.words));
        if (mine !== generation) return;
        levels = new Map([...levels, ...part]);
      }
    }
    const wanted = (t: Token): boolean => {
      if (options.scope === 'all' || t.glossaryId) return true;
      const level = levels.get(t.text);
      return level === undefined || level >= options.minHsk;
    };
    const runs = new Map<Text, Run[]>();
    for (const [p, tokens] of annotated) {
      // Text that changed while the background worked is left alone.
      if (!p.segments.every((s) => s.node.isConnected)) continue;
      for (const [node, list] of runsByNode(p, tokens, wanted, options.style)) {
        runs.set(node, [...(runs.get(node) ?? []), ...list]);
      }
    }
    for (const [node, list] of runs) replace(node, list);
    win?.addEventListener('copy', onCopy, true);
  }

  return {
    apply,
    remove,
    get active(): boolean {
      return replaced.length > 0;
    },
  };
}

export type InlinePinyin = ReturnType<typeof createInlinePinyin>;
