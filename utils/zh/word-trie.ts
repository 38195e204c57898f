/**
 * A read-only trie over UTF-16 code units in flat typed arrays: walking it allocates nothing, which is what
 * lets the segmenter look up every dictionary word starting at a position in one pass.
 */

/** Cost value of a node that ends no word (it is only a prefix). */
export const NO_WORD = 0x7fffffff;

export interface WordTrie {
  /** Root children: first code unit → node id (0 = none). */
  readonly root: Int32Array;
  /** Per node: cost of the word ending here, or NO_WORD. */
  readonly cost: Int32Array;
  /** Per node: index of its first child edge, and how many edges it has. */
  readonly firstEdge: Int32Array;
  readonly edgeCount: Uint16Array;
  readonly edgeCode: Uint16Array;
  readonly edgeNode: Int32Array;
}

/**
 * Builds the trie from the sorted word list directly into typed arrays (no per-node objects, so loading
 * leaves little garbage behind in the service worker): the words under one node form a contiguous range
 * of the sorted list, so its children are the runs of equal code units at the next position.
 */
export function buildWordTrie(
  entries: Iterable<[string, number]>,
  maxLength = Number.POSITIVE_INFINITY,
): WordTrie {
  let words: string[] = [];
  let costs: number[] = [];
  let ordered = true;
  for (const [word, value] of entries) {
    if (word.length === 0 || word.length > maxLength) continue;
    if (ordered && words.length > 0 && (words[words.length - 1] as string) > word) ordered = false;
    words.push(word);
    costs.push(value);
  }
  // The shipped file is already sorted; sorting is only for other callers.
  if (!ordered) {
    const order = words
      .map((_, i) => i)
      .sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
    words = order.map((i) => words[i] as string);
    costs = order.map((i) => costs[i] as number);
  }
  const sorted = words;
  let capacity = 1;
  for (const word of sorted) capacity += word.length;
  const cost = new Int32Array(capacity).fill(NO_WORD);
  const firstEdge = new Int32Array(capacity);
  const edgeCount = new Uint16Array(capacity);
  const edgeCode = new Uint16Array(capacity);
  const edgeNode = new Int32Array(capacity);
  const root = new Int32Array(0x10000);
  let nodes = 1;
  let edges = 0;
  // Work list of (node, depth, from, to): words sorted[from..to) all start with the node's prefix.
  const stack: number[] = [0, 0, 0, sorted.length];
  while (stack.length > 0) {
    const to = stack.pop() as number;
    let from = stack.pop() as number;
    const depth = stack.pop() as number;
    const node = stack.pop() as number;
    while (from < to && (sorted[from] as string).length === depth) {
      cost[node] = Math.min(cost[node] as number, costs[from] as number);
      from++;
    }
    firstEdge[node] = edges;
    let i = from;
    while (i < to) {
      const code = (sorted[i] as string).charCodeAt(depth);
      let j = i + 1;
      while (j < to && (sorted[j] as string).charCodeAt(depth) === code) j++;
      const child = nodes++;
      edgeCode[edges] = code;
      edgeNode[edges] = child;
      edges++;
      if (node === 0) root[code] = child;
      stack.push(child, depth + 1, i, j);
      i = j;
    }
    edgeCount[node] = edges - (firstEdge[node] as number);
  }
  return {
    root,
    cost: cost.slice(0, nodes),
    firstEdge: firstEdge.slice(0, nodes),
    edgeCount: edgeCount.slice(0, nodes),
    edgeCode: edgeCode.slice(0, edges),
    edgeNode: edgeNode.slice(0, edges),
  };
}

/** The child of `node` along `code`, or 0. */
export function trieStep(trie: WordTrie, node: number, code: number): number {
  if (node === 0) return trie.root[code] as number;
  const first = trie.firstEdge[node] as number;
  const last = first + (trie.edgeCount[node] as number);
  for (let e = first; e < last; e++) if (trie.edgeCode[e] === code) return trie.edgeNode[e] as number;
  return 0;
}
