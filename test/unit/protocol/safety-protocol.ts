/**
 * The protocol as the hardening tests see it, written out independently of protocol/messages.ts: for every
 * message type a valid sample and each field's kind and size limit. A message type added to the protocol
 * without an entry here fails the coverage test, so no message escapes the hostile-input tests.
 */
import { LIMITS } from '@/protocol/messages';

export type Kind =
  | 'string'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'string[]'
  | 'integer[]'
  | 'choice'
  | 'object'
  | 'object[]';

export interface FieldSpec {
  kind: Kind;
  /** Most characters (strings) or items (string[]) accepted. */
  max?: number;
  /** Most characters of each item of a string[]. */
  itemMax?: number;
  /** Least value of each item of an integer[]. */
  itemMin?: number;
  min?: number;
  optional?: boolean;
  /** The strings a `choice` field takes. */
  values?: string[];
  /** An `object` field's (or each `object[]` item's) own fields, and a valid one of them. */
  fields?: Record<string, FieldSpec>;
  sample?: Record<string, unknown>;
}

export interface MessageSpec {
  /** Which side of the extension answers it. */
  side: 'background' | 'content';
  sample: Record<string, unknown>;
  fields: Record<string, FieldSpec>;
}

const W = LIMITS.wordChars;
/** The latest time a JavaScript date holds, and FSRS's 100-year ceiling on stability and intervals. */
const LAST_TIME = 8_640_000_000_000_000;
const MAX_DAYS = 36_500;

const SAVE_TERM_SAMPLE = {
  term: '双控',
  pinyin: 'shuāng kòng',
  english: 'dual control',
  sentence: '推动能耗双控向碳排放双控转变。',
  pageTitle: '通知',
  url: 'https://www.example.cn/a.html',
  glossaryId: 'shuangkong',
  category: 'mechanism',
};
const SAVE_TERM: Record<string, FieldSpec> = {
  term: { kind: 'string', max: W, min: 1 },
  pinyin: { kind: 'string', max: 256 },
  english: { kind: 'string', max: 2_000 },
  sentence: { kind: 'string', max: LIMITS.sentenceChars },
  pageTitle: { kind: 'string', max: 1_000 },
  url: { kind: 'string', max: LIMITS.urlChars },
  glossaryId: { kind: 'string', max: W, min: 1, optional: true },
  category: { kind: 'string', max: 32, optional: true },
};

/** A review card as a backup carries it: every number within what the scheduler can compute with. */
const REVIEW_CARD_SAMPLE = {
  term: '双控',
  pinyin: 'shuāng kòng',
  due: 1_700_000_000_000,
  stability: 3.2,
  difficulty: 5.1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: 1_699_700_000_000,
  lastGradeId: 'g-1',
};
const REVIEW_CARD: Record<string, FieldSpec> = {
  term: { kind: 'string', max: W, min: 1 },
  pinyin: { kind: 'string', max: 256 },
  due: { kind: 'integer', min: 0, max: LAST_TIME },
  stability: { kind: 'number', min: 0, max: MAX_DAYS },
  difficulty: { kind: 'number', min: 0, max: 10 },
  scheduledDays: { kind: 'integer', min: 0, max: MAX_DAYS },
  learningSteps: { kind: 'integer', min: 0, max: 100 },
  reps: { kind: 'integer', min: 0 },
  lapses: { kind: 'integer', min: 0 },
  state: { kind: 'integer', min: 0, max: 3 },
  lastReview: { kind: 'integer', min: 0, max: LAST_TIME },
  lastGradeId: { kind: 'string', max: 100 },
};

export const PROTOCOL: Record<string, MessageSpec> = {
  reportPage: {
    side: 'background',
    sample: { hasChinese: true, timeOrigin: 1_700_000_000_000.5 },
    fields: { hasChinese: { kind: 'boolean' }, timeOrigin: { kind: 'number' } },
  },
  getTabState: {
    side: 'background',
    sample: { tabId: 7 },
    fields: { tabId: { kind: 'integer', min: 0 } },
  },
  annotate: {
    side: 'background',
    sample: { paragraphs: ['碳达峰碳中和', '双控'] },
    fields: {
      paragraphs: { kind: 'string[]', max: LIMITS.paragraphs, itemMax: LIMITS.paragraphChars },
      quick: { kind: 'boolean', optional: true },
      bulk: { kind: 'integer', min: 0, optional: true },
    },
  },
  cancelAnnotate: {
    side: 'background',
    sample: { groups: [3, 4] },
    fields: { groups: { kind: 'integer[]', max: LIMITS.paragraphs, itemMin: 0 } },
  },
  pageTerms: { side: 'background', sample: {}, fields: {} },
  lookup: {
    side: 'background',
    sample: { words: ['两高', '双控'] },
    fields: { words: { kind: 'string[]', max: LIMITS.words, itemMax: W, min: 1 } },
  },
  define: {
    side: 'background',
    sample: { words: ['两高'] },
    fields: { words: { kind: 'string[]', max: LIMITS.defineWords, itemMax: W, min: 1 } },
  },
  lookupAt: {
    side: 'background',
    sample: { text: '坚决遏制两高项目', offset: 4 },
    fields: { text: { kind: 'string', max: LIMITS.paragraphChars }, offset: { kind: 'integer', min: 0 } },
  },
  saveTerm: { side: 'background', sample: SAVE_TERM_SAMPLE, fields: SAVE_TERM },
  getSaved: {
    side: 'background',
    sample: { words: ['双控'] },
    fields: { words: { kind: 'string[]', max: LIMITS.words, itemMax: W, min: 1 } },
  },
  getPageSite: { side: 'content', sample: {}, fields: {} },
  getSelectionContext: { side: 'content', sample: {}, fields: {} },
  showLookup: {
    side: 'content',
    sample: { text: '两高' },
    fields: { text: { kind: 'string', max: LIMITS.sentenceChars, min: 1 } },
  },
  setKnown: {
    side: 'background',
    sample: { words: ['双控'], how: 'popup', known: true },
    fields: {
      words: { kind: 'string[]', max: LIMITS.words, itemMax: W, min: 1 },
      how: { kind: 'choice', values: ['popup', 'toolbar'] },
      known: { kind: 'boolean' },
    },
  },
  getKnown: {
    side: 'background',
    sample: { words: ['双控'] },
    fields: { words: { kind: 'string[]', max: LIMITS.words, itemMax: W, min: 1 } },
  },
  recordLookup: {
    side: 'background',
    sample: { word: '双控', url: 'https://www.mee.gov.cn/', pageTitle: '生态环境部' },
    fields: {
      word: { kind: 'string', max: W, min: 1 },
      url: { kind: 'string', max: LIMITS.urlChars },
      pageTitle: { kind: 'string', max: LIMITS.pageTitleChars },
    },
  },
  getHistory: {
    side: 'background',
    sample: { limit: 50 },
    fields: { limit: { kind: 'integer', min: 1 } },
  },
  clearHistory: { side: 'background', sample: {}, fields: {} },
  getPageVocabulary: {
    side: 'background',
    sample: { tabId: 7 },
    fields: { tabId: { kind: 'integer', min: 0 } },
  },
  reviewQueue: {
    side: 'background',
    sample: { limit: 50 },
    fields: { limit: { kind: 'integer', min: 1 } },
  },
  gradeCard: {
    side: 'background',
    sample: { term: '双控', pinyin: 'shuāng kòng', grade: 'good', gradeId: 'g-1' },
    fields: {
      term: { kind: 'string', max: W, min: 1 },
      pinyin: { kind: 'string', max: 256 },
      grade: { kind: 'choice', values: ['again', 'hard', 'good', 'easy'] },
      gradeId: { kind: 'string', max: 100, min: 1 },
    },
  },
  reviewCards: { side: 'background', sample: {}, fields: {} },
  importReviewCards: {
    side: 'background',
    sample: { cards: [REVIEW_CARD_SAMPLE] },
    fields: {
      cards: { kind: 'object[]', max: LIMITS.importCards, fields: REVIEW_CARD, sample: REVIEW_CARD_SAMPLE },
    },
  },
  ankiSetup: {
    side: 'background',
    sample: { model: 'Basic' },
    fields: { model: { kind: 'string', max: 200, optional: true } },
  },
  sendToAnki: {
    side: 'background',
    sample: {},
    // Without `term`: every saved term (Send all saved); with it, a saveTerm payload, checked as one.
    fields: { term: { kind: 'object', optional: true, fields: SAVE_TERM, sample: SAVE_TERM_SAMPLE } },
  },
};

/** Values of every JSON-able kind, to put where a field expects another kind. */
export const ANY_VALUES: unknown[] = [null, 0, -1, 1.5, 'x', '', true, false, [], ['x'], {}, { a: 1 }];

export function isKind(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isInteger(v);
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'integer[]':
      return Array.isArray(v) && v.every((x) => Number.isInteger(x));
    case 'choice':
      return typeof v === 'string';
    case 'object':
      return isRecord(v);
    case 'object[]':
      return Array.isArray(v) && v.every(isRecord);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `data` has exactly these fields (no other key), each as its spec says. */
function fieldsOk(fields: Record<string, FieldSpec>, data: Record<string, unknown>): boolean {
  if (Object.keys(data).some((k) => !Object.hasOwn(fields, k))) return false;
  return Object.entries(fields).every(([k, f]) => fieldOk(f, data[k]));
}

function fieldOk(spec: FieldSpec, v: unknown): boolean {
  if (v === undefined) return !!spec.optional;
  if (!isKind(spec.kind, v)) return false;
  if (spec.kind === 'string') {
    const s = v as string;
    return s.length <= (spec.max ?? Infinity) && s.length >= (spec.min ?? 0);
  }
  // Integers past 2^53 are not exact in JSON: the protocol takes safe integers only.
  if (spec.kind === 'integer' || spec.kind === 'number') {
    const n = v as number;
    const exact = spec.kind === 'number' || Number.isSafeInteger(n);
    return exact && n >= (spec.min ?? -Infinity) && n <= (spec.max ?? Infinity);
  }
  if (spec.kind === 'object') return fieldsOk(spec.fields ?? {}, v as Record<string, unknown>);
  if (spec.kind === 'object[]') {
    const a = v as Record<string, unknown>[];
    return a.length <= (spec.max ?? Infinity) && a.every((item) => fieldsOk(spec.fields ?? {}, item));
  }
  if (spec.kind === 'string[]') {
    const a = v as string[];
    return (
      a.length <= (spec.max ?? Infinity) &&
      a.every((s) => s.length <= (spec.itemMax ?? Infinity) && s.length >= (spec.min ?? 0))
    );
  }
  if (spec.kind === 'choice') return (spec.values ?? []).includes(v as string);
  if (spec.kind === 'integer[]') {
    const a = v as number[];
    return (
      a.length <= (spec.max ?? Infinity) &&
      a.every((n) => n >= (spec.itemMin ?? -Infinity) && Number.isSafeInteger(n))
    );
  }
  return true;
}

/** Whether data fits the message's spec: the same rule the background must apply, stated separately. */
export function conforms(spec: MessageSpec, data: unknown): boolean {
  return isRecord(data) && fieldsOk(spec.fields, data);
}

/** One value just past each limit of a field (too long, too many items, item too long, too short). */
export function pastLimits(spec: FieldSpec): unknown[] {
  const out: unknown[] = [];
  if (spec.kind === 'string') {
    if (spec.max !== undefined) out.push('碳'.repeat(spec.max + 1));
    if (spec.min) out.push('');
  }
  if (spec.kind === 'string[]') {
    if (spec.max !== undefined) out.push(Array.from({ length: spec.max + 1 }, () => '碳'));
    if (spec.itemMax !== undefined) out.push(['碳'.repeat(spec.itemMax + 1)]);
    if (spec.min) out.push(['']);
  }
  if (spec.kind === 'integer') {
    out.push(-1, 2 ** 60, 1.5);
    if (spec.max !== undefined && spec.max < 2 ** 53) out.push(spec.max + 1);
  }
  if (spec.kind === 'integer[]') {
    if (spec.max !== undefined) out.push(Array.from({ length: spec.max + 1 }, () => 1));
    out.push([-1], [2 ** 60], [1.5]);
  }
  if (spec.kind === 'number') {
    out.push(Number.NaN, Number.POSITIVE_INFINITY);
    if (spec.min !== undefined) out.push(spec.min - 1);
    if (spec.max !== undefined) out.push(spec.max * 2 + 1);
  }
  // An object (or an object[] item) with one of its own fields past its limit, or missing, or one too many.
  const nested = (spec.fields && spec.sample && nestedBreaks(spec.fields, spec.sample)) || [];
  if (spec.kind === 'object') out.push(...nested);
  if (spec.kind === 'object[]') {
    out.push(...nested.map((item) => [spec.sample, item]));
    if (spec.max !== undefined) out.push(Array.from({ length: spec.max + 1 }, () => spec.sample));
  }
  if (spec.kind === 'choice') out.push('', 'nope', `${spec.values?.[0] ?? ''} `);
  return out;
}

function nestedBreaks(fields: Record<string, FieldSpec>, sample: Record<string, unknown>): unknown[] {
  const out: unknown[] = [{ ...sample, extra: 1 }];
  for (const [k, f] of Object.entries(fields)) {
    if (!f.optional) {
      const { [k]: _dropped, ...rest } = sample;
      out.push(rest);
    }
    for (const v of pastLimits(f)) out.push({ ...sample, [k]: v });
  }
  return out;
}
