/**
 * The segmenter's word trie as shipped (public/data/segmenter-trie.bin, written by `npm run data`): the
 * trie's arrays behind a small header, so loading is typed-array views over the fetched bytes plus one pass
 * that turns child counts into child offsets, with no parsing. Counts (u16) instead of offsets (u32) make
 * the file a quarter smaller, and fetching it is a cost per byte in the service worker.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "TANCITRI"
 *   8   u32      format version (2)
 *   12  u32      node count n
 *   16  u32      cost of an unknown Han character
 *   20  u32      total length in bytes (catches a truncated or padded file before any view is made)
 *   24  u16[n]   number of children of each node, in breadth-first node order (./word-trie.ts)
 *   …   u16[n]   code unit on the edge into each node
 *   …   u16[n]   cost of the word ending at each node, or 0xffff
 */

import { alignedBytes, type BinaryFileSpec, checkHeader, littleEndian, startFile } from '../binary-header';
import { rootTable, type WordTrie } from './word-trie';

const HEADER = 24;
const FORMAT: BinaryFileSpec = { name: 'segmenter trie', magic: 'TANCITRI', version: 2, headerBytes: HEADER };

function byteLength(nodes: number): number {
  return HEADER + 6 * nodes;
}

export function encodeWordTrie(trie: WordTrie, unknownCost: number): Uint8Array {
  const nodes = trie.code.length;
  const { bytes, view } = startFile(byteLength(nodes), FORMAT);
  view.setUint32(12, nodes, true);
  view.setUint32(16, unknownCost, true);
  view.setUint32(20, bytes.length, true);
  const codeAt = HEADER + 2 * nodes;
  const costAt = codeAt + 2 * nodes;
  for (let i = 0; i < nodes; i++) {
    const children = (trie.firstChild[i + 1] as number) - (trie.firstChild[i] as number);
    if (children > 0xffff) throw new Error(`segmenter trie: node ${i} has ${children} children`);
    view.setUint16(HEADER + 2 * i, children, true);
    view.setUint16(codeAt + 2 * i, trie.code[i] as number, true);
    view.setUint16(costAt + 2 * i, trie.cost[i] as number, true);
  }
  return bytes;
}

/** Views over the file's bytes (no copy when they are 2-byte aligned). Throws when it is not a whole trie file. */
export function decodeWordTrie(data: ArrayBuffer | Uint8Array): { trie: WordTrie; unknownCost: number } {
  const bytes = alignedBytes(data, 2);
  const { view, fail } = checkHeader(bytes, FORMAT);
  const nodes = view.getUint32(12, true);
  if (nodes === 0) fail('no root node');
  const declared = view.getUint32(20, true);
  if (declared !== byteLength(nodes) || bytes.length !== declared) {
    fail(`${bytes.length} bytes, header declares ${declared} for ${nodes} nodes (truncated file?)`);
  }
  if (!littleEndian) fail('big-endian platforms are not supported');
  const children = new Uint16Array(bytes.buffer, bytes.byteOffset + HEADER, nodes);
  const code = new Uint16Array(bytes.buffer, bytes.byteOffset + HEADER + 2 * nodes, nodes);
  const cost = new Uint16Array(bytes.buffer, bytes.byteOffset + HEADER + 4 * nodes, nodes);
  // Breadth-first numbering: each node's children follow the previous node's. Every node but the root is
  // exactly one node's child, so the counts must add up to n - 1; then no walk can leave the arrays.
  const firstChild = new Uint32Array(nodes + 1);
  let next = 1;
  for (let node = 0; node < nodes; node++) {
    firstChild[node] = next;
    next += children[node] as number;
  }
  if (next !== nodes) fail(`child counts add up to ${next - 1} children for ${nodes} nodes`);
  firstChild[nodes] = nodes;
  return {
    trie: { firstChild, code, cost, root: rootTable(firstChild, code) },
    unknownCost: view.getUint32(16, true),
  };
}
