import { type PinyinStyleName, stylePinyin } from '@/core/pinyin/pinyin-style';
import { numberParts } from '@/core/text/number-parts';
import type { Token } from '@/core/types';
import type { Paragraph } from '../page/paragraphs';

/** One annotated run of a text node: [start, end) in the node's data, and the reading shown above it. */
export interface Run {
  start: number;
  end: number;
  reading: string;
}

/** The runs of one text node, and the stretch [from, to) of its data the paragraph covers. */
export interface NodeRuns {
  runs: Run[];
  from: number;
  to: number;
}

/**
 * The runs of each text node that get a reading. A word split over two nodes (`<b>碳达</b>峰`) is given
 * per node the syllables of its own characters, where the count of syllables matches the characters.
 * Nodes in `skip` (Tanci's own, already under a reading) get none.
 */
export function runsByNode(
  paragraph: Paragraph,
  tokens: Token[],
  wanted: (t: Token) => boolean,
  style: PinyinStyleName,
  skip: WeakSet<Node>,
): Map<Text, NodeRuns> {
  const out = new Map<Text, NodeRuns>();
  for (const s of paragraph.segments) {
    if (!skip.has(s.node))
      out.set(s.node, { runs: [], from: s.nodeStart, to: s.nodeStart + s.end - s.start });
  }
  for (const token of tokens) {
    if (!token.zh || !token.pinyin || !wanted(token)) continue;
    const syllables = token.pinyin.split(' ');
    const chars = [...token.text];
    const perChar = syllables.length === chars.length;
    // UTF-16 offset of each character in the token, to map syllables onto a node's part of it.
    const offsets: number[] = [];
    let o = 0;
    for (const c of chars) {
      offsets.push(o);
      o += c.length;
    }
    for (const s of paragraph.segments) {
      const start = Math.max(token.start, s.start);
      const end = Math.min(token.end, s.end);
      const entry = out.get(s.node);
      if (start >= end || !entry) continue;
      let reading: string;
      if (perChar) {
        const from = offsets.findIndex((x) => x >= start - token.start);
        let to = offsets.findIndex((x) => x >= end - token.start);
        if (to < 0) to = chars.length;
        reading = stylePinyin(syllables.slice(from, to).join(' '), style, token.tones.slice(from, to));
      } else {
        // The whole reading goes on the part holding the word's start.
        if (start !== token.start) continue;
        reading = stylePinyin(token.pinyin, style, token.tones);
      }
      entry.runs.push({ start: s.nodeStart + start - s.start, end: s.nodeStart + end - s.start, reading });
    }
  }
  return out;
}

/**
 * A word's HSK level; a number compound the list does not hold (2025年, 30万吨) is as hard as its
 * hardest part (年: 1, 吨: 5). Undefined for a word in no HSK list, which counts as hard.
 */
export function levelOf(word: string, levels: ReadonlyMap<string, number | undefined>): number | undefined {
  const level = levels.get(word);
  if (level !== undefined) return level;
  const parts = numberParts(word);
  if (!parts) return undefined;
  let hardest = 1;
  for (const part of parts) {
    const l = levels.get(part);
    if (l === undefined) return undefined;
    hardest = Math.max(hardest, l);
  }
  return hardest;
}
