/**
 * Annotates a paragraph: segmentation (glossary terms first) → pinyin read over the whole paragraph and
 * aligned to the tokens → glossary ids. Pure: the caller hands in the loaded data.
 */
import { createPinyinReader, type PinyinReader } from './pinyin/pinyin';
import type { PolyphoneModel } from './pinyin/polyphone-model';
import { emptyWordReadings, type WordReadings } from './pinyin/word-readings';
import type { Segmenter } from './segment/segment';
import { segmentationTerms } from './segment/segmentation-terms';
import type { Token } from './types';

export interface AnnotatorOptions {
  segmenter: Segmenter;
  /** Term → glossary id; the terms are also added to the segmenter as priority words. */
  glossaryTerms?: Map<string, string>;
  /** Word-level readings (public/data/word-readings.bin); without them pinyin-pro reads alone. */
  readings?: WordReadings;
  /** g2pM over the polyphones (public/data/g2pm.bin); without it pinyin-pro and the word readings decide. */
  polyphones?: PolyphoneModel;
  pinyinReader?: PinyinReader;
}

export interface Annotator {
  annotate(paragraph: string): Token[];
}

/** Sentences are read one at a time: pinyin-pro's context does not cross them, and long paragraphs stay cheap. */
const SENTENCE_END = /[。！？!?；;\n]+[”’」』）)]*/gu;

function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    ranges.push([start, end]);
    start = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/**
 * Tokens without readings (pinyin "", no tones), from the same segmentation as createAnnotator's: what
 * marking needs. The service worker answers a page's first paragraphs with it while the pinyin reader is
 * still loading (pinyin-pro builds its own dictionary on first use), so marks do not wait for pinyin.
 */
export function createSegmentationAnnotator({
  segmenter,
  glossaryTerms = new Map(),
}: Pick<AnnotatorOptions, 'segmenter' | 'glossaryTerms'>): Annotator {
  segmenter.addPriorityWords(segmentationTerms(glossaryTerms.keys()));
  return {
    annotate(paragraph: string): Token[] {
      return segmenter.segment(paragraph).map((segment) => {
        // Built field by field: V8's object spread that adds properties takes a slow path (~4 µs a token).
        const token: Token = {
          text: segment.text,
          start: segment.start,
          end: segment.end,
          zh: segment.zh,
          pinyin: '',
          tones: [],
        };
        const glossaryId = glossaryTerms.get(segment.text);
        if (glossaryId !== undefined) token.glossaryId = glossaryId;
        return token;
      });
    },
  };
}

export function createAnnotator({
  segmenter,
  glossaryTerms = new Map(),
  readings = emptyWordReadings(),
  polyphones,
  pinyinReader = createPinyinReader(readings, polyphones),
}: AnnotatorOptions): Annotator {
  segmenter.addPriorityWords(segmentationTerms(glossaryTerms.keys()));

  function annotate(paragraph: string): Token[] {
    const segments = segmenter.segment(paragraph);
    const tokens: Token[] = [];
    let next = 0;
    for (const [start, end] of sentenceRanges(paragraph)) {
      // Tokens never straddle a sentence end (the terminator is its own token), but guard anyway.
      const sentence: typeof segments = [];
      for (let segment = segments[next]; segment && segment.start < end; segment = segments[++next]) {
        sentence.push(segment);
      }
      const sentenceEnd = sentence.length ? (sentence[sentence.length - 1]?.end ?? end) : end;
      const offset = sentence[0]?.start ?? start;
      const text = paragraph.slice(offset, sentenceEnd);
      const local = sentence.map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
      const readingsOf = pinyinReader.readTokens(text, local);
      sentence.forEach((segment, k) => {
        const reading = readingsOf[k];
        const token: Token = {
          text: segment.text,
          start: segment.start,
          end: segment.end,
          zh: segment.zh,
          pinyin: segment.zh ? (reading?.pinyin ?? '') : '',
          tones: segment.zh ? (reading?.tones ?? []) : [],
        };
        const glossaryId = glossaryTerms.get(segment.text);
        if (glossaryId !== undefined) token.glossaryId = glossaryId;
        tokens.push(token);
      });
    }
    return tokens;
  }

  return { annotate };
}
