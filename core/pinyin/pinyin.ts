/**
 * Pinyin in context. pinyin-pro reads the whole sentence (it picks polyphone readings from the words around
 * them; fed one word at a time it does worse), then the segmentation corrects it: a reviewed override
 * (seeds/pinyin-overrides.tsv) or CC-CEDICT's reading of the word the segmenter chose fixes polyphonic
 * characters, erhua (哪儿 nǎr → "nǎ r") and neutral tones. Readings are aligned to tokens for display.
 *
 * Note: the overrides are also given to pinyin-pro's `customPinyin`, which is global to the pinyin-pro
 * module; they are corrections, so sharing them with other callers in the same bundle is intended.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import { boundedMemo } from '../bounded-memo';
import type { Segment } from '../segment/segment';
import { markSyllable, syllableTone } from './pinyin-marks';
import { pinyinProNumbered } from './pinyin-pro-numbered';
import type { PolyphoneModel } from './polyphone-model';
import { readRateSuffixes } from './rate-suffix';
import { emptyWordReadings, fixedSyllables, type WordReadings } from './word-readings';

export interface TokenReading {
  /** Tone-marked syllables separated by single spaces; "" when the token has no Han characters. */
  pinyin: string;
  /** Numbered syllables ("shuai4 xian1"), same spacing. */
  numbered: string;
  /** Tone of each syllable, 1–4, 5 for neutral. */
  tones: number[];
}

export interface PinyinReader {
  /** One numbered syllable per code point of `text` ("" for characters that are not Han). */
  readSentence(text: string, tokens: readonly Segment[]): string[];
  /** Readings of the tokens of `text`, in order. */
  readTokens(text: string, tokens: readonly Segment[]): TokenReading[];
}

/** Characters whose reading pinyin-pro changes by tone sandhi (一 yí/yì, 不 bú); CC-CEDICT gives the citation tone. */
const SANDHI = new Set(['一', '不']);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]/u;
const SYLLABLE = /^[a-zü:]+[0-5]$/;
/**
 * 为 opening a clause, or after a conjunction or modal (并为, 或者为, 应当为, 直接为, 有责任为), is the
 * preposition wèi ("for, in order to": 为加快推进…, 并为举报人保密); g2pM, fitted on encyclopedia text,
 * reads it as the copula wéi. Reviewed on policy prose (seeds/, ../shared/corpus/laws/ minus the domain-dev
 * documents): of the 98 such 为 where the two differed, pinyin-pro read 97 right, the model 1 (a line break
 * inside a sentence), so the model is not asked there.
 * Elsewhere (以…为基础, 划定为, 有效期为5年) the model keeps 为: of 40 other differing 为 reviewed, it read
 * 25 right, pinyin-pro 15.
 */
const PREPOSITION_WEI =
  /(?:\p{P}|第[\d零一二三四五六七八九十百千]+条|(?<![合归兼吞])并|或者|应当|直接|有责任)$/u;
/** Longest run of tokens (in characters) looked up as one word. */
const MAX_WINDOW = 6;

function normalizeSyllable(raw: string): string {
  const lower = raw.toLowerCase().replace(/ü/g, 'u:').replace(/v/g, 'u:');
  return lower.endsWith('0') ? `${lower.slice(0, -1)}5` : lower;
}

/** A numbered syllable as we keep it, or "" when it is not one (what pinyin-pro returns for what it cannot read). */
function keptSyllable(numbered: string): string {
  const normalized = normalizeSyllable(numbered);
  return SYLLABLE.test(normalized) ? normalized : '';
}

/** keptSyllable of pinyin-pro's numbered form of each marked item it returns: a page repeats few of them. */
const keptFromMarked = boundedMemo(50_000, (marked) => keptSyllable(pinyinProNumbered(marked)));

/**
 * pinyin-pro's reading of each code point, numbered; "" for what it cannot read. Asked for its tone-marked
 * output, converted to numbers by its own rule (./pinyin-pro-numbered.ts): the same as asking for numbers.
 */
function sentenceReadings(text: string, chars: string[]): string[] {
  const raw = pinyin(text, { type: 'array', nonZh: 'spaced' });
  if (raw.length === chars.length) {
    return raw.map((marked, k) => (HAN.test(chars[k] ?? '') ? keptFromMarked(marked) : ''));
  }
  return chars.map((ch) => (HAN.test(ch) ? keptSyllable(pinyin(ch, { toneType: 'num' })) : ''));
}

/** Whether chars[k] is a 为 opening its sentence or one PREPOSITION_WEI names (spaces before it skipped). */
function prepositionWei(chars: readonly string[], k: number): boolean {
  if (chars[k] !== '为') return false;
  let end = k;
  while (end > 0 && /\s/.test(chars[end - 1] as string)) end--;
  return end === 0 || PREPOSITION_WEI.test(chars.slice(Math.max(0, end - 8), end).join(''));
}

/** Which source set a character's reading: pinyin-pro's sentence reading, a CC-CEDICT word, an override. */
const FROM_SENTENCE = 0;
const FROM_WORD = 1;
const FROM_OVERRIDE = 2;

/**
 * `polyphones` (g2pM, see core/pinyin/polyphone-model.ts) reads the polyphonic characters in context. It wins
 * over pinyin-pro except for the characters its `sentenceFirst` names and 为 as PREPOSITION_WEI finds it;
 * a CC-CEDICT reading of the word the character is in wins over it (right more often on CPP), except for the
 * characters its `modelFirst` names; reviewed overrides win over both. The model runs only for the characters
 * it decides, so a sentence whose polyphones are all decided otherwise costs nothing.
 */
export function createPinyinReader(
  readings: WordReadings = emptyWordReadings(),
  polyphones?: PolyphoneModel,
): PinyinReader {
  const overrideFirst = new Set([...readings.overrides.keys()].map((word) => word.charAt(0)));
  if (readings.overrides.size > 0) {
    const config: Record<string, string> = {};
    for (const [word, syllables] of readings.overrides) config[word] = syllables.map(markSyllable).join(' ');
    customPinyin(config);
  }

  let source = new Uint8Array(64);

  // A word's fixed readings, cached: the file is searched by binary search over its sorted lines, and a page
  // asks for the same few thousand words (and windows of single characters) again and again. Null: not there.
  const fixedMemo = boundedMemo(100_000, (word) => fixedSyllables(readings, word) ?? null);
  const fixedOf = (word: string) => fixedMemo(word) ?? undefined;

  /** Applies a word's fixed readings to the characters it covers (reviewed overrides: `all`, 一/不 too). */
  function apply(
    out: string[],
    at: number,
    chars: string[],
    fixed: readonly (string | null)[],
    all: boolean,
  ) {
    for (let k = 0; k < chars.length; k++) {
      const syllable = fixed[k];
      const current = out[at + k] ?? '';
      if (!syllable || current === '') continue;
      if (!all && SANDHI.has(chars[k] ?? '')) continue;
      out[at + k] = syllable;
      source[at + k] = all ? FROM_OVERRIDE : FROM_WORD;
    }
  }

  /** The model's readings where it wins over what the sentence and the words gave. */
  function applyModel(out: string[], chars: string[], model: PolyphoneModel) {
    const wanted = (k: number) =>
      source[k] === FROM_SENTENCE
        ? !model.sentenceFirst.has(chars[k] as string) && !prepositionWei(chars, k)
        : source[k] === FROM_WORD && model.modelFirst.has(chars[k] as string);
    const read = model.read(chars, wanted);
    for (let k = 0; k < chars.length; k++) {
      const syllable = read[k];
      if (syllable && HAN.test(chars[k] as string)) out[k] = syllable;
    }
  }

  function readSentence(text: string, tokens: readonly Segment[]): string[] {
    const chars = [...text];
    const out = sentenceReadings(text, chars);
    if (source.length < chars.length) source = new Uint8Array(2 * chars.length);
    source.fill(FROM_SENTENCE, 0, chars.length);
    const starts: number[] = [];
    const lengths: number[] = [];
    let at = 0;
    for (const token of tokens) {
      starts.push(at);
      const length = token.text.length === 1 ? 1 : [...token.text].length;
      lengths.push(length);
      at += length;
    }
    // Unknown words come out as single characters; a run of them that CC-CEDICT knows as one word
    // (蛤蟆, place names) still tells how its polyphones read, and a reviewed override spanning several
    // tokens (调|峰) still applies.
    for (let x = 0; x < tokens.length; x++) {
      if (!tokens[x]?.zh) continue;
      const overrideMayStart = overrideFirst.has(tokens[x]?.text.charAt(0) ?? '');
      let word = '';
      let span = 0;
      let hasSingle = false;
      for (let y = x; y < tokens.length; y++) {
        const token = tokens[y] as Segment;
        if (!token.zh) break;
        word += token.text;
        span += lengths[y] as number;
        hasSingle ||= lengths[y] === 1;
        if (span > MAX_WINDOW) break;
        if (y === x) continue;
        const override = overrideMayStart ? readings.overrides.get(word) : undefined;
        if (override) {
          const at = starts[x] as number;
          apply(out, at, chars.slice(at, at + override.length), override, true);
          continue;
        }
        // Only characters left alone by the segmenter (single-character tokens) take a window's reading.
        if (!hasSingle || span > 4) continue;
        const fixed = fixedOf(word);
        if (!fixed) continue;
        for (let t = x; t <= y; t++) {
          if (lengths[t] !== 1) continue;
          const k = (starts[t] as number) - (starts[x] as number);
          apply(out, starts[t] as number, [chars[starts[t] as number] ?? ''], [fixed[k] ?? null], false);
        }
      }
    }
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Segment;
      if (!token.zh || (lengths[t] as number) < 2) continue;
      const tokenChars = chars.slice(starts[t], (starts[t] as number) + (lengths[t] as number));
      const override = readings.overrides.get(token.text);
      if (override) apply(out, starts[t] as number, tokenChars, override, true);
      else {
        const fixed = fixedOf(token.text);
        if (fixed) apply(out, starts[t] as number, tokenChars, fixed, false);
      }
    }
    if (polyphones) applyModel(out, chars, polyphones);
    readRateSuffixes(out, tokens, starts, (at) => source[at] === FROM_SENTENCE);
    return out;
  }

  function readTokens(text: string, tokens: readonly Segment[]): TokenReading[] {
    const syllables = readSentence(text, tokens);
    let at = 0;
    return tokens.map((token) => {
      const length = [...token.text].length;
      const own = syllables.slice(at, at + length).filter(Boolean);
      at += length;
      return {
        pinyin: own.map(markSyllable).join(' '),
        numbered: own.join(' '),
        tones: own.map(syllableTone),
      };
    });
  }

  return { readSentence, readTokens };
}
