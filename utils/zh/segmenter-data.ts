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
  /** Word → cost (tenths of a nat): a Map, or (parsed from the file) the file's lines read lazily. */
  words: Iterable<[string, number]>;
  /** Cost of a Han character the dictionary does not know. */
  unknownCost: number;
}

/**
 * Parses the shipped dictionary text. The words are not copied into a Map: they are read from the text
 * when the segmenter builds its trie, so loading allocates little besides the trie itself. Throws on a
 * file that is not one (wrong format or truncated).
 */
export function parseSegmenterData(text: string): SegmenterData {
  const firstEnd = text.indexOf('\n');
  const header = text.slice(0, firstEnd < 0 ? text.length : firstEnd);
  if (!header.startsWith(MAGIC)) throw new Error('segmenter dictionary: unknown format (bad header line)');
  const declared = Number(/ words=(\d+)/.exec(header)?.[1]);
  const unknownCost = Number(/ unknown=(\d+)/.exec(header)?.[1]);
  if (!Number.isFinite(unknownCost)) throw new Error('segmenter dictionary: header lacks unknown=<cost>');
  const lines = function* (): Generator<[string, number]> {
    for (let start = firstEnd + 1; start > 0 && start < text.length; ) {
      const end = text.indexOf('\n', start);
      const lineEnd = end < 0 ? text.length : end;
      if (lineEnd > start && text.charCodeAt(start) !== 0x23 /* # */) {
        const tab = text.indexOf('\t', start);
        const cost = tab > start && tab < lineEnd ? Number(text.slice(tab + 1, lineEnd)) : Number.NaN;
        if (!Number.isInteger(cost)) throw new Error(`segmenter dictionary: bad line at offset ${start}`);
        yield [text.slice(start, tab), cost];
      }
      start = lineEnd + 1;
    }
  };
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < text.length - 1; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x23 && text.charCodeAt(at + 1) !== 0x0a) count++;
  }
  if (declared && count !== declared) {
    throw new Error(`segmenter dictionary: ${count} words, header declares ${declared} (truncated file?)`);
  }
  return { words: { [Symbol.iterator]: lines }, unknownCost };
}

/** Writes the dictionary text, sorted by word. */
export function serializeSegmenterData(
  data: { words: Map<string, number>; unknownCost: number },
  comment = '',
): string {
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
