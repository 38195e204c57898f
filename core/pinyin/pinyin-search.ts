/**
 * Matching a reader's query against pinyin however they type it: with tone marks (tàn zhōng hé), with
 * tone numbers (tan4 zhong1 he2), or bare and run together (tanzhonghe, tan zhong he). Pure functions;
 * the review list precomputes `searchKeys` once per term so a query is a few `includes` calls per term.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, tone marks and tone numbers removed, ü written v (as pinyin keyboards do), no spaces. */
export function tonelessCompact(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\u0308|u:/g, 'v')
    .replace(COMBINING, '')
    .replace(/[1-5]/g, '')
    .replace(/[\s'’·-]+/g, '');
}

/** Lower-case with tone marks kept (NFC), no spaces: "tàn zhōng hé" → "tànzhōnghé". */
export function tonedCompact(pinyin: string): string {
  return pinyin
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s'’·-]+/g, '');
}

export function hasToneMarks(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD').replace(/u\u0308/gi, 'u'));
}

export interface SearchKeys {
  /** Characters, English, note and tags, lower-cased. */
  text: string;
  toned: string;
  toneless: string;
}

export function searchKeys(fields: { term: string; pinyin: string; text: readonly string[] }): SearchKeys {
  return {
    text: [fields.term, ...fields.text].join('\n').toLowerCase(),
    toned: tonedCompact(fields.pinyin),
    toneless: tonelessCompact(fields.pinyin),
  };
}

export interface Query {
  raw: string;
  text: string;
  toned: string;
  toneless: string;
  tones: boolean;
}

export function parseQuery(input: string): Query {
  const raw = input.trim();
  return {
    raw,
    text: raw.toLowerCase(),
    toned: tonedCompact(raw),
    toneless: tonelessCompact(raw),
    tones: hasToneMarks(raw),
  };
}

/**
 * True when the query is found in the characters or English, or as pinyin. A query written with tone
 * marks must match the tones; one without matches any tone.
 */
export function matches(keys: SearchKeys, q: Query): boolean {
  if (q.raw === '') return true;
  if (keys.text.includes(q.text)) return true;
  if (q.tones) return q.toned !== '' && keys.toned.includes(q.toned);
  return q.toneless !== '' && keys.toneless.includes(q.toneless);
}
