/**
 * The segmenter's word trie as shipped (public/data/segmenter-trie.bin, written by `npm run data`): the
 * trie's own arrays behind a small header, so loading is a few typed-array views over the fetched bytes
 * and a check that they hold together, with no parsing.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "TANCITRI"
 *   8   u32      format version (1)
 *   12  u32      node count n
 *   16  u32      cost of an unknown Han character
 *   20  u32      total length in bytes (catches a truncated or padded file before any view is made)
 *   24  u32[n+1] first child of each node, then n (./word-trie.ts)
 *   …   u16[n]   code unit on the edge into each node
 *   …   u16[n]   cost of the word ending at each node, or 0xffff
 */
import { rootTable, type WordTrie } from './word-trie';

const MAGIC = 'TANCITRI';
const VERSION = 1;
const HEADER = 24;

function byteLength(nodes: number): number {
  return HEADER + 4 * (nodes + 1) + 4 * nodes;
}

export function encodeWordTrie(trie: WordTrie, unknownCost: number): Uint8Array {
  const nodes = trie.code.length;
  const bytes = new Uint8Array(byteLength(nodes));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, nodes, true);
  view.setUint32(16, unknownCost, true);
  view.setUint32(20, bytes.length, true);
  const codeAt = HEADER + 4 * (nodes + 1);
  const costAt = codeAt + 2 * nodes;
  for (let i = 0; i <= nodes; i++) view.setUint32(HEADER + 4 * i, trie.firstChild[i] as number, true);
  for (let i = 0; i < nodes; i++) {
    view.setUint16(codeAt + 2 * i, trie.code[i] as number, true);
    view.setUint16(costAt + 2 * i, trie.cost[i] as number, true);
  }
  return bytes;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Views over the file's bytes (no copy when they are 4-byte aligned). Throws when it is not a whole trie file. */
export function decodeWordTrie(data: ArrayBuffer | Uint8Array): { trie: WordTrie; unknownCost: number } {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const fail = (why: string): never => {
    throw new Error(`segmenter trie: ${why}`);
  };
  if (bytes.length < HEADER) fail(`file of ${bytes.length} bytes is too short for a header (truncated?)`);
  if (String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC) fail('unknown format (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(8, true);
  if (version !== VERSION) fail(`format version ${version}, this build reads ${VERSION} (run npm run data)`);
  const nodes = view.getUint32(12, true);
  if (nodes === 0) fail('no root node');
  const declared = view.getUint32(20, true);
  if (declared !== byteLength(nodes) || bytes.length !== declared) {
    fail(`${bytes.length} bytes, header declares ${declared} for ${nodes} nodes (truncated file?)`);
  }
  if (!littleEndian) fail('big-endian platforms are not supported');
  const base = bytes.byteOffset + HEADER;
  const firstChild = new Uint32Array(bytes.buffer, base, nodes + 1);
  const code = new Uint16Array(bytes.buffer, base + 4 * (nodes + 1), nodes);
  const cost = new Uint16Array(bytes.buffer, base + 4 * (nodes + 1) + 2 * nodes, nodes);
  // Breadth-first numbering: children start after their parent, in order. This is what keeps every walk
  // inside the arrays, so a damaged file fails here rather than reading garbage later.
  let previous = 1;
  for (let node = 0; node < nodes; node++) {
    const first = firstChild[node] as number;
    if (first < previous || first <= node || first > nodes) fail(`node ${node} has a bad child offset`);
    previous = first;
  }
  if (firstChild[0] !== 1 || firstChild[nodes] !== nodes) fail('bad root or end offsets');
  return {
    trie: { firstChild, code, cost, root: rootTable(firstChild, code) },
    unknownCost: view.getUint32(16, true),
  };
}
