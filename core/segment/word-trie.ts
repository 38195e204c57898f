/**
 * A read-only trie over UTF-16 code units in flat typed arrays, numbered breadth-first: the children of a
 * node are consecutive ids, so a node only records where its children start (they end where the next
 * node's start). Walking it allocates nothing, and the arrays are exactly what the build writes to disk
 * (./word-trie-binary.ts), so the service worker wraps the shipped file instead of building a trie.
 */

/** Cost value of a node that ends no word (it is only a prefix). */
export const NO_WORD = 0xffff;

export interface WordTrie {
  /** Per node, plus one entry past the last: id of its first child. Node 0 is the root. */
  readonly firstChild: Uint32Array;
  /** Per node: the code unit on the edge into it (0 for the root); siblings ascend. */
  readonly code: Uint16Array;
  /** Per node: cost of the word ending here, or NO_WORD. */
  readonly cost: Uint16Array;
  /** First code unit → child of the root (0 = none): every segmenter lookup starts here. */
  readonly root: Uint32Array;
}

/** The root's lookup table; derived on load rather than stored, as it is mostly zeros. */
export function rootTable(firstChild: Uint32Array, code: Uint16Array): Uint32Array {
  const root = new Uint32Array(0x10000);
  const last = firstChild[1] as number;
  for (let child = firstChild[0] as number; child < last; child++) root[code[child] as number] = child;
  return root;
}

/**
 * Builds the trie from a word list: the words under one node form a contiguous range of the sorted list,
 * so its children are the runs of equal code units at the next position, visited in queue order.
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
    if (!Number.isInteger(value) || value < 0 || value >= NO_WORD) {
      throw new Error(`word trie: cost of ${JSON.stringify(word)} must be an integer in 0..${NO_WORD - 1}`);
    }
    if (ordered && words.length > 0 && (words[words.length - 1] as string) > word) ordered = false;
    words.push(word);
    costs.push(value);
  }
  if (!ordered) {
    const order = words
      .map((_, i) => i)
      .sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
    words = order.map((i) => words[i] as string);
    costs = order.map((i) => costs[i] as number);
  }
  let capacity = 1;
  for (const word of words) capacity += word.length;
  const firstChild = new Uint32Array(capacity + 1);
  const code = new Uint16Array(capacity);
  const cost = new Uint16Array(capacity).fill(NO_WORD);
  // Per node in id order: depth, and the range [from, to) of sorted words that start with its prefix.
  const ranges = new Int32Array(3 * capacity);
  ranges[2] = words.length;
  let nodes = 1;
  for (let node = 0; node < nodes; node++) {
    const depth = ranges[3 * node] as number;
    let from = ranges[3 * node + 1] as number;
    const to = ranges[3 * node + 2] as number;
    while (from < to && (words[from] as string).length === depth) {
      cost[node] = Math.min(cost[node] as number, costs[from] as number);
      from++;
    }
    firstChild[node] = nodes;
    for (let i = from; i < to; ) {
      const unit = (words[i] as string).charCodeAt(depth);
      let j = i + 1;
      while (j < to && (words[j] as string).charCodeAt(depth) === unit) j++;
      code[nodes] = unit;
      ranges[3 * nodes] = depth + 1;
      ranges[3 * nodes + 1] = i;
      ranges[3 * nodes + 2] = j;
      nodes++;
      i = j;
    }
  }
  firstChild[nodes] = nodes;
  const shrunk = {
    firstChild: firstChild.slice(0, nodes + 1),
    code: code.slice(0, nodes),
    cost: cost.slice(0, nodes),
  };
  return { ...shrunk, root: rootTable(shrunk.firstChild, shrunk.code) };
}

/** The child of `node` along `code`, or 0. */
export function trieStep(trie: WordTrie, node: number, code: number): number {
  if (node === 0) return trie.root[code] as number;
  const last = trie.firstChild[node + 1] as number;
  for (let child = trie.firstChild[node] as number; child < last; child++) {
    const unit = trie.code[child] as number;
    if (unit === code) return child;
    if (unit > code) break;
  }
  return 0;
}

/**
 * The child of `node` along `code`, or 0: a binary search over the node's children (their codes ascend).
 * For tries whose nodes have many children: CC-CEDICT gives common first characters hundreds, where
 * trieStep's linear scan would dominate the reading units' grouping and cut repair.
 */
export function trieStepSearch(trie: WordTrie, node: number, code: number): number {
  if (node === 0) return trie.root[code] as number;
  let lo = trie.firstChild[node] as number;
  let hi = (trie.firstChild[node + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const unit = trie.code[mid] as number;
    if (unit === code) return mid;
    if (unit < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The cost of `word`, or undefined when the trie does not hold it. */
export function trieCost(trie: WordTrie, word: string): number | undefined {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    node = trieStep(trie, node, word.charCodeAt(i));
    if (node === 0) return undefined;
  }
  const cost = trie.cost[node] as number;
  return node === 0 || cost === NO_WORD ? undefined : cost;
}

/** Every word with its cost, in code-unit order (for tools that need the list, not the walk). */
export function* trieWords(trie: WordTrie): Generator<[string, number]> {
  const stack: Array<[number, string]> = [[0, '']];
  while (stack.length > 0) {
    const [node, word] = stack.pop() as [number, string];
    const cost = trie.cost[node] as number;
    if (cost !== NO_WORD) yield [word, cost];
    for (
      let child = (trie.firstChild[node + 1] as number) - 1;
      child >= (trie.firstChild[node] as number);
      child--
    ) {
      stack.push([child, word + String.fromCharCode(trie.code[child] as number)]);
    }
  }
}
