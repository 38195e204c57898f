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

interface BuildNode {
  cost: number;
  children: Map<number, BuildNode>;
  id: number;
}

export function buildWordTrie(words: Iterable<[string, number]>): WordTrie {
  const top: BuildNode = { cost: NO_WORD, children: new Map(), id: 0 };
  let count = 1;
  for (const [word, cost] of words) {
    let node = top;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { cost: NO_WORD, children: new Map(), id: count++ };
        node.children.set(code, child);
      }
      node = child;
    }
    node.cost = Math.min(node.cost, cost);
  }
  const cost = new Int32Array(count);
  const firstEdge = new Int32Array(count);
  const edgeCount = new Uint16Array(count);
  const edgeCode = new Uint16Array(count);
  const edgeNode = new Int32Array(count);
  const root = new Int32Array(0x10000);
  let edges = 0;
  const queue: BuildNode[] = [top];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as BuildNode;
    cost[node.id] = node.cost;
    firstEdge[node.id] = edges;
    edgeCount[node.id] = node.children.size;
    for (const [code, child] of node.children) {
      edgeCode[edges] = code;
      edgeNode[edges] = child.id;
      edges++;
      if (node === top) root[code] = child.id;
      queue.push(child);
    }
  }
  return { root, cost, firstEdge, edgeCount, edgeCode, edgeNode };
}

/** The child of `node` along `code`, or 0. */
export function trieStep(trie: WordTrie, node: number, code: number): number {
  if (node === 0) return trie.root[code] as number;
  const first = trie.firstEdge[node] as number;
  const last = first + (trie.edgeCount[node] as number);
  for (let e = first; e < last; e++) if (trie.edgeCode[e] === code) return trie.edgeNode[e] as number;
  return 0;
}
