/**
 * Reads CC-CEDICT's text format, one line at a time:
 *   傳統 传统 [chuan2 tong3] /tradition/traditional/
 * Comment lines (#) and blank or malformed lines give `null`, so a caller can stream the file.
 */
export { numberedToMarked, numberedTones } from '../pinyin/pinyin-marks';

export interface CedictLine {
  traditional: string;
  simplified: string;
  /** The reading as CC-CEDICT writes it: numbered syllables separated by spaces ("huan2 jing4"). */
  pinyinNumbered: string;
  /** Senses in file order, raw (classifiers and cross-references not yet made readable). */
  senses: string[];
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

export function parseCedictLine(line: string): CedictLine | null {
  if (line.startsWith('#')) return null;
  const match = LINE.exec(line);
  if (!match) return null;
  const [, traditional = '', simplified = '', pinyin = '', body = ''] = match;
  const senses = body
    .split('/')
    .map((sense) => sense.trim())
    .filter(Boolean);
  if (senses.length === 0) return null;
  return { traditional, simplified, pinyinNumbered: pinyin.trim().replace(/\s+/g, ' '), senses };
}

/** Every entry of a CC-CEDICT text, in file order. */
export function parseCedict(text: string): CedictLine[] {
  const entries: CedictLine[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = parseCedictLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}
