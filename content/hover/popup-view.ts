import { sentenceAt } from '@/content/page/sentence-at';
import { englishLine } from '@/core/dictionary/english-line';
import type { Token, WordInfo } from '@/core/types';
import type { PopupView } from '../popup/word-popup';
import type { HoverReader, HoverTarget } from './hover-deps';
import { unitChoices } from './unit-choice';
import type { WordExtras } from './word-extras';
import type { WordInfoCache } from './word-info-cache';

/** The words of a reading unit (温室气体: 温室, 气体), whose English the popup lists; none for one word. */
export const partsOf = (token: Token): string[] => token.parts?.map((part) => part.text) ?? [];

/** What the popup shows for a word, from what the cache holds now (`info` null while it is looked up). */
export function popupView(
  t: HoverTarget,
  cache: WordInfoCache,
  reader: HoverReader,
  status: string | undefined,
  extras?: WordExtras,
): PopupView {
  const word = t.token.text;
  const info = cache.info(word);
  const parts = t.token.parts?.map((part, i, all) => {
    const known = cache.info(part.text);
    // The last part of a unit is its head: 能 of 氢能 reads "energy" there, not "can" (WordInfo.lastPart).
    const english = known ? englishLine(known, i > 0 && i === all.length - 1) : undefined;
    return { text: part.text, pinyin: part.pinyin, tones: part.tones, ...(english ? { english } : {}) };
  });
  return {
    word,
    ...(parts ? { parts } : {}),
    pinyin: t.token.pinyin,
    tones: t.token.tones,
    info: info === undefined ? null : (info ?? { word, entries: [] }),
    nearby: choicesAt(t, cache),
    saved: reader.isSaved(word),
    ...extras?.view(word, reader.isSaved(word)),
    ...(t.token.pageTerm ? { pageTerm: true } : {}),
    sentence: sentenceAt(t.paragraph.text, t.token.start, t.token.end),
    status,
  };
}

/** The units the popup offers at its point (the one it describes among them), longest first. */
export function choicesAt(t: HoverTarget, cache: WordInfoCache): WordInfo[] {
  const point = t.point ?? t.token;
  const nearby = cache.nearby(t.paragraph.text, point.start);
  return nearby ? unitChoices(point, nearby, cache.info(point.text)) : [];
}

/** Whether the cache holds all the popup shows for a word: then it opens complete, in one render. */
export function viewComplete(t: HoverTarget, cache: WordInfoCache): boolean {
  return (
    cache.info(t.token.text) !== undefined &&
    cache.nearby(t.paragraph.text, t.token.start) !== undefined &&
    partsOf(t.token).every((part) => cache.info(part) !== undefined)
  );
}
