/**
 * The segmenter's dictionary in its shipped form (public/data/segmenter-dict.txt, built by
 * scripts/data/segmenter-dict.ts from segmentit's word lists and CC-CEDICT's headwords).
 *
 * Format (UTF-8 text, one group per line, chosen so that loading is two splits and no JSON parse):
 *   #tanci-segmenter 1 words=<n> unknown=<cost>
 *   <cost>\t<word> <word> <word>…
 * where <cost> is a word's cost, -ln(probability) in tenths of a nat, rounded to an integer. Lines that
 * start with '#' are headers or comments. Words never contain spaces or tabs.
 */

export const SEGMENTER_DATA_FILE = 'segmenter-dict.txt';
const MAGIC = '#tanci-segmenter 1';

export interface SegmenterData {
  /** Word → cost (tenths of a nat). */
  words: Map<string, number>;
  /** Cost of a Han character the dictionary does not know. */
  unknownCost: number;
}

/** Parses the shipped dictionary text. Throws on a file that is not one (wrong format or truncated). */
export function parseSegmenterData(text: string): SegmenterData {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith(MAGIC)) throw new Error('segmenter dictionary: unknown format (bad header line)');
  const declared = Number(/ words=(\d+)/.exec(header)?.[1]);
  const unknownCost = Number(/ unknown=(\d+)/.exec(header)?.[1]);
  if (!Number.isFinite(unknownCost)) throw new Error('segmenter dictionary: header lacks unknown=<cost>');
  const words = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const cost = Number(line.slice(0, tab));
    if (tab < 0 || !Number.isInteger(cost)) throw new Error(`segmenter dictionary: bad line ${i + 1}`);
    for (const word of line.slice(tab + 1).split(' ')) if (word) words.set(word, cost);
  }
  if (declared && words.size !== declared) {
    throw new Error(
      `segmenter dictionary: ${words.size} words, header declares ${declared} (truncated file?)`,
    );
  }
  return { words, unknownCost };
}

/** Writes the dictionary text: words grouped by cost, sorted, so the file compresses well. */
export function serializeSegmenterData(data: SegmenterData, comment = ''): string {
  const groups = new Map<number, string[]>();
  for (const [word, cost] of data.words) {
    if (/[\s]/u.test(word) || word === '')
      throw new Error(`segmenter dictionary: bad word ${JSON.stringify(word)}`);
    const group = groups.get(cost);
    if (group) group.push(word);
    else groups.set(cost, [word]);
  }
  const out = [`${MAGIC} words=${data.words.size} unknown=${data.unknownCost}`];
  if (comment) out.push(...comment.split('\n').map((line) => `# ${line}`));
  for (const cost of [...groups.keys()].sort((a, b) => a - b)) {
    out.push(`${cost}\t${(groups.get(cost) ?? []).sort().join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
