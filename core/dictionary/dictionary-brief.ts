import type { WordBrief, WordInfo } from '../types';
import { englishLine } from './english-line';

/**
 * The at-a-glance form of an answer (see WordBrief). A batch of 200 words in full is ~33 KB on the wire and
 * the browser's cost of a message grows with its size; the brief form is about a third of that.
 */
export function briefOf(info: WordInfo): WordBrief {
  const readings: WordBrief['readings'] = [];
  for (const { pinyin, tones } of info.entries) {
    if (!readings.some((r) => r.pinyin === pinyin)) readings.push({ pinyin, tones });
  }
  const brief: WordBrief = {
    word: info.word,
    readings,
    gloss: englishLine(info),
  };
  if (info.hsk) brief.hsk = info.hsk;
  if (info.glossary) brief.glossaryId = info.glossary.id;
  return brief;
}
