import { hasHan } from '@/core/text/han';
import { blockOf } from './block-of';
import { isSkippedElement } from './text-filter';

/** A run of a paragraph's text that lives in one text node. */
export interface Segment {
  node: Text;
  /** Where the run starts in `node.data`. */
  nodeStart: number;
  /** Where the run starts and ends in the paragraph's text. */
  start: number;
  end: number;
}

/** The text of one block (or one slice of a very long block), as the language core sees it. */
export interface Paragraph {
  text: string;
  segments: Segment[];
  /** The element (or shadow root) the text flows in; visibility is observed on it. */
  block: Node;
}

export interface ParagraphOptions {
  /** Longest paragraph text sent in one piece; longer blocks are cut, at a sentence end where possible. */
  maxChars?: number;
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Yields the text nodes under `root` that a reader sees, descending into open shadow roots (each is
 * reported to `onShadowRoot`, so that changes inside it can be watched too).
 */
export function* proseTextNodes(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isSkippedElement(node as Element) ? 2 : 1),
  });
  if (root.nodeType === 3) {
    yield root as Text;
    return;
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim() !== '') yield node as Text;
      continue;
    }
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      onShadowRoot?.(shadow);
      yield* proseTextNodes(shadow, onShadowRoot);
    }
  }
}

const SENTENCE_END = /[。！？；!?;\n]/g;

/** Where to cut `text` at or before `limit`: just after the last sentence end in its final quarter. */
function cutPoint(text: string, from: number, limit: number): number {
  const tail = text.slice(from + Math.floor(limit * 0.75), from + limit);
  let last = -1;
  for (const m of tail.matchAll(SENTENCE_END)) last = m.index;
  let cut = last >= 0 ? from + Math.floor(limit * 0.75) + last + 1 : from + limit;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/**
 * Groups the prose under `root` into paragraphs: consecutive text nodes in the same block. Yields only
 * paragraphs with Chinese text. A generator, so callers can stop between paragraphs and resume in the
 * next idle slice.
 */
export function* paragraphsIn(
  root: Node,
  { maxChars = 4_000, onShadowRoot }: ParagraphOptions = {},
): Generator<Paragraph> {
  let block: Node | null = null;
  let text = '';
  let segments: Segment[] = [];

  function* flush(): Generator<Paragraph> {
    if (block && hasHan(text)) yield { text, segments, block };
    text = '';
    segments = [];
  }

  for (const node of proseTextNodes(root, onShadowRoot)) {
    const nodeBlock = blockOf(node);
    if (nodeBlock !== block) {
      yield* flush();
      block = nodeBlock;
    }
    const data = node.data;
    let from = 0;
    while (from < data.length) {
      const room = maxChars - text.length;
      const take = data.length - from <= room ? data.length - from : cutPoint(data, from, room) - from;
      if (take <= 0) {
        yield* flush();
        continue;
      }
      segments.push({ node, nodeStart: from, start: text.length, end: text.length + take });
      text += data.slice(from, from + take);
      from += take;
      if (from < data.length) yield* flush();
    }
  }
  yield* flush();
}

/** The element whose visibility stands for the paragraph's: its block, or the host of its shadow root. */
export function observedElementOf(p: Paragraph): Element | null {
  const b = p.block;
  if (b.nodeType === 1) return b as Element;
  return (b as ShadowRoot).host ?? p.segments[0]?.node.parentElement ?? null;
}

/** The paragraph offset of a position in one of its text nodes, or -1 when the node is not in it. */
export function paragraphOffset(paragraph: Paragraph, node: Text, nodeOffset: number): number {
  for (const s of paragraph.segments) {
    if (s.node === node && nodeOffset >= s.nodeStart && nodeOffset <= s.nodeStart + (s.end - s.start)) {
      return s.start + nodeOffset - s.nodeStart;
    }
  }
  return -1;
}
