/**
 * Turns CC-CEDICT's raw senses into what a reader sees: "CL:個|个[ge4]" becomes the classifier "个 gè",
 * "variant of 臺|台[tai2]" becomes "variant of 台 tái", and surnames and archaic senses go last.
 */
import { numberedToMarked } from '../pinyin/pinyin-marks';

/** A pointer to another headword, as CC-CEDICT writes it: 臺|台[tai2] or 新北市[Xin1 bei3 shi4]. */
export interface Reference {
  traditional: string;
  simplified: string;
  pinyinNumbered: string;
}

export interface FormattedSenses {
  senses: string[];
  classifiers: string[];
  /** Readable pointer senses ("variant of 台 tái", "see 七台河市 Qī tái hé Shì"). */
  references: string[];
  /** The headword each pointer sense points at, in order. */
  targets: Reference[];
}

const HEAD = '[^\\s\\[\\]|,;/()（）"“”]+';
const SYLLABLES = '[A-Za-z:]+[1-5]?(?: [A-Za-z:]+[1-5]?)*';
const PIPED = new RegExp(`(${HEAD})\\|(${HEAD})\\[(${SYLLABLES})\\]`, 'g');
const SINGLE = new RegExp(`(${HEAD})\\[(${SYLLABLES})\\]`, 'g');
const BARE = new RegExp(`\\[(${SYLLABLES})\\]`, 'g');
const POINTER =
  /^(?:\(old\) |old |archaic |erhua |Japanese |unofficial |ancient )?(?:variant of|see also|see|used in|also written|same as)\b/i;
const LATE = /^surname\b|\(archaic\)|^\(old\)|\(obsolete\)|^archaic\b/i;

/** Every cross-reference in a sense, in order. */
export function referencesIn(sense: string): Reference[] {
  const found: Reference[] = [];
  const piped = new RegExp(PIPED.source, 'g');
  for (const match of sense.matchAll(piped)) {
    found.push({ traditional: match[1] ?? '', simplified: match[2] ?? '', pinyinNumbered: match[3] ?? '' });
  }
  if (found.length) return found;
  for (const match of sense.matchAll(new RegExp(SINGLE.source, 'g'))) {
    found.push({ traditional: match[1] ?? '', simplified: match[1] ?? '', pinyinNumbered: match[2] ?? '' });
  }
  return found;
}

/** Cross-references written for people: "臺|台[tai2]" → "台 tái"; a bare "[han4]" → "[hàn]". */
export function readableSense(sense: string): string {
  if (!sense.includes('[')) return sense;
  return sense
    .replace(
      PIPED,
      (_all, _trad: string, simp: string, pinyin: string) => `${simp} ${numberedToMarked(pinyin)}`,
    )
    .replace(SINGLE, (_all, word: string, pinyin: string) => `${word} ${numberedToMarked(pinyin)}`)
    .replace(BARE, (_all, pinyin: string) => `[${numberedToMarked(pinyin)}]`);
}

/** "個|个[ge4],份[fen4]" → ["个 gè", "份 fèn"]. */
function classifiersOf(list: string): string[] {
  return list
    .split(',')
    .map((item) => readableSense(item.trim()))
    .filter(Boolean);
}

export function isPointer(sense: string): boolean {
  return POINTER.test(sense);
}

export function isLate(sense: string): boolean {
  return LATE.test(sense);
}

export function formatSenses(raw: readonly string[]): FormattedSenses {
  const common: string[] = [];
  const late: string[] = [];
  const classifiers: string[] = [];
  const references: string[] = [];
  const targets: Reference[] = [];
  for (const sense of raw) {
    const cl = /^CL:(.*)$/.exec(sense);
    if (cl) classifiers.push(...classifiersOf(cl[1] ?? ''));
    else if (isPointer(sense)) {
      references.push(readableSense(sense));
      targets.push(...referencesIn(sense).slice(0, 1));
    } else (isLate(sense) ? late : common).push(readableSense(sense));
  }
  return { senses: [...common, ...late], classifiers, references, targets };
}

/** A short English rendering for composing glosses: the first plain sense, without notes in brackets. */
export function shortGloss(senses: readonly string[]): string | undefined {
  for (const sense of senses) {
    if (isPointer(sense) || isLate(sense) || /^classifier\b/i.test(sense)) continue;
    const plain = sense
      .replace(/\([^()]*\)/g, '')
      .split(';')[0]
      ?.replace(/\s+/g, ' ')
      .trim();
    if (plain) return plain;
  }
  return undefined;
}

/**
 * How early an entry's reading comes among a headword's: common readings (0), then proper nouns (1), then
 * entries that are only surnames, variants or archaic (2). Given the headword (`simplified`), a row of one
 * of its traditional variants whose every sense says so (效 under 傚: "to imitate (variant of 效[xiao4])")
 * is a variant too: the headword's own row ("effect/efficacy/to imitate") comes first, where CC-CEDICT's
 * order, by traditional form, would put the variant's narrower sense first.
 */
export function readingRank(senses: readonly string[], pinyinNumbered: string, simplified?: string): number {
  const own = senses.filter((s) => !isPointer(s) && !isLate(s) && !s.startsWith('CL:'));
  if (own.length === 0) return 2;
  if (simplified !== undefined && own.every((sense) => variantOfHeadword(sense, simplified))) return 2;
  return /^[A-Z]/.test(pinyinNumbered) ? 1 : 0;
}

/** Whether a sense notes that its row is a variant of `simplified` itself: "(variant of 效[xiao4])". */
function variantOfHeadword(sense: string, simplified: string): boolean {
  const at = sense.search(/\bvariant of\b/i);
  return at >= 0 && referencesIn(sense.slice(at)).some((target) => target.simplified === simplified);
}
