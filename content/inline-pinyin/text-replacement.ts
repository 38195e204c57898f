import type { NodeRuns, Run } from './inline-pinyin-runs';
import { rubyElement } from './ruby-element';
import { textWidthsOf } from './text-widths';

/** A page text node taken out, and the nodes put in its place. */
export interface Replacement {
  original: Text;
  inserted: Node[];
}

/** What replaceText did. */
export interface TextCut {
  replacement: Replacement;
  /** Rubies put in. */
  added: number;
  /** Plain nodes holding the node's text outside [from, to) (other paragraphs' text), open to annotation. */
  pieces: { node: Text; start: number }[];
  /** The text holding the runs left for later, in a node of its own, with those runs. */
  rest: { node: Text; runs: NodeRuns } | null;
}

/** The runs in text order, within [from, to), none overlapping the one before. */
function orderedRuns({ runs, from }: NodeRuns): Run[] {
  const ordered: Run[] = [];
  let end = from;
  for (const run of [...runs].sort((a, b) => a.start - b.start)) {
    if (run.start < end) continue;
    ordered.push(run);
    end = run.end;
  }
  return ordered;
}

/**
 * Replaces `node` with its text cut into plain text and rubies (ruby-element.ts), at most `budget` of
 * them: the text holding the rest of the runs goes in one node, returned as `rest`, for the next slice
 * (the layout of the frame after a change grows with the rubies it adds). Text nodes made here that sit
 * under or between readings, and `rest`, go into `ours`: the page reader, reading the block again after
 * the change, must not annotate them twice. Null when there is nothing to do now.
 */
export function replaceText(
  doc: Document,
  node: Text,
  nodeRuns: NodeRuns,
  budget: number,
  ours: WeakSet<Node>,
): TextCut | null {
  const parent = node.parentNode;
  const { from, to } = nodeRuns;
  const ordered = orderedRuns(nodeRuns);
  const runs = ordered.slice(0, Math.max(budget, 0));
  const later = ordered.slice(runs.length);
  if (!parent || runs.length === 0) return null;
  const until = later[0]?.start ?? to;
  const data = node.data;
  const widths = textWidthsOf(doc);
  const inserted: Node[] = [];
  const pieces: { node: Text; start: number }[] = [];
  const text = (a: number, b: number, mine: boolean) => {
    if (a >= b) return null;
    const t = doc.createTextNode(data.slice(a, b));
    if (mine) ours.add(t);
    else pieces.push({ node: t, start: a });
    inserted.push(t);
    return t;
  };
  text(0, from, false);
  let at = from;
  for (const run of runs) {
    text(at, run.start, true);
    const { ruby, base } = rubyElement(doc, data.slice(run.start, run.end), run.reading, widths);
    ours.add(base);
    inserted.push(ruby);
    at = run.end;
  }
  text(at, until, true);
  const restNode = later.length > 0 ? text(until, to, true) : null;
  const shift = (r: Run): Run => ({ ...r, start: r.start - until, end: r.end - until });
  text(Math.max(at, to), data.length, false);
  const fragment = doc.createDocumentFragment();
  for (const n of inserted) fragment.append(n);
  parent.insertBefore(fragment, node);
  node.remove();
  return {
    replacement: { original: node, inserted },
    added: runs.length,
    pieces,
    rest: restNode && { node: restNode, runs: { runs: later.map(shift), from: 0, to: to - until } },
  };
}

/**
 * Puts the page's own nodes back, newest first (a later replacement may have cut an earlier one's, or
 * the rest of it). Returns how many rubies were taken out.
 */
export function putBack(replacements: readonly Replacement[]): number {
  let rubies = 0;
  for (const { original, inserted } of [...replacements].reverse()) {
    const anchor = inserted.find((n) => n.parentNode);
    if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
    for (const n of inserted) {
      (n as ChildNode).remove();
      if (n.nodeType === 1) rubies++;
    }
  }
  return rubies;
}
