/**
 * The segmenter's dictionary in its shipped form (public/data/segmenter-dict.txt, built by
 * scripts/data/segmenter-dict.ts from segmentit's word lists and CC-CEDICT's headwords).
 *
 * Format (UTF-8 text, one word per line, sorted by UTF-16 code units so the trie is built without sorting;
 * no JSON parse on load):
 *   #tanci-segmenter 2 words=<n> unknown=<cost>
 *   <word>\t<cost>
 * where <cost> is the word's cost, -ln(probability) in tenths of a nat, rounded to an integer. Lines that
 * start with '#' are headers or comments. Words never contain whitespace.
 */

export const SEGMENTER_DATA_FILE = 'segmenter-dict.txt';
const MAGIC = '#tanci-segmenter 2';

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
    const cost = Number(line.slice(tab + 1));
    if (tab < 1 || !Number.isInteger(cost)) throw new Error(`segmenter dictionary: bad line ${i + 1}`);
    words.set(line.slice(0, tab), cost);
  }
  if (declared && words.size !== declared) {
    throw new Error(
      `segmenter dictionary: ${words.size} words, header declares ${declared} (truncated file?)`,
    );
  }
  return { words, unknownCost };
}

/** Writes the dictionary text, sorted by word. */
export function serializeSegmenterData(data: SegmenterData, comment = ''): string {
  const out = [`${MAGIC} words=${data.words.size} unknown=${data.unknownCost}`];
  if (comment) out.push(...comment.split('\n').map((line) => `# ${line}`));
  const words = [...data.words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const word of words) {
    if (word === '' || /\s/u.test(word))
      throw new Error(`segmenter dictionary: bad word ${JSON.stringify(word)}`);
    out.push(`${word}\t${data.words.get(word)}`);
  }
  return `${out.join('\n')}\n`;
}
