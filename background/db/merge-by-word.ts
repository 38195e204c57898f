import type { Table } from 'dexie';

/**
 * Writes records keyed by word into `table`, merging each with the one stored (and with any other
 * incoming record of the same word) by `merge`. Runs inside the caller's transaction.
 */
export async function mergeByWord<R extends { word: string }>(
  table: Table<R, string>,
  records: readonly R[],
  merge: (a: R, b: R) => R,
): Promise<void> {
  const incoming = new Map<string, R>();
  for (const r of records) {
    const prev = incoming.get(r.word);
    incoming.set(r.word, prev ? merge(prev, r) : r);
  }
  const list = [...incoming.values()];
  const old = await table.bulkGet(list.map((r) => r.word));
  await table.bulkPut(list.map((r, i) => (old[i] ? merge(old[i], r) : r)));
}
