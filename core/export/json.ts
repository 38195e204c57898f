/**
 * The complete backup: every field of every term, versioned so a later Tanci can read an older file.
 * Keys are written in a fixed order and the export time comes from the caller, so the same terms always
 * give the same bytes.
 */
import { array, integer, literal, object, optional, string, ValidationError } from '../../protocol/validate';
import type { ReviewCard } from '../review/review-card';
import { reviewCardSchema } from '../review/review-card-schema';
import { normalizeTags } from './tags';
import { ImportError, type SavedTerm, savedTermOf, termKey } from './types';
import {
  type KnownWord,
  knownWordsSchema,
  type LookupRecord,
  lookupRecordsSchema,
  orderedKnown,
  orderedLookup,
} from './word-records';

export const BACKUP_FORMAT = 'tanci-vocab';
/**
 * 2 added known words, lookup history and review states (each term's place on the memory schedule); a
 * version-1 file (terms only) still imports.
 */
export const BACKUP_VERSION = 2;
/** Far above any real collection; stops a hostile file from exhausting memory in the checker. */
export const BACKUP_MAX_TERMS = 200_000;

const contextSchema = object({
  sentence: string({ max: 20_000 }),
  pageTitle: string({ max: 4_000 }),
  url: string({ max: 8_192 }),
  savedAt: integer({ min: 0 }),
});

const termSchema = object({
  term: string({ min: 1, max: 64 }),
  pinyin: string({ max: 256 }),
  english: string({ max: 20_000 }),
  category: string({ max: 32 }),
  glossaryId: string({ max: 64 }),
  tags: array(string({ max: 200 }), { max: 100 }),
  note: string({ max: 100_000 }),
  createdAt: integer({ min: 0 }),
  updatedAt: integer({ min: 0 }),
  contexts: array(contextSchema, { max: 10_000 }),
});

const backupSchema = object({
  format: literal(BACKUP_FORMAT),
  version: literal(1, BACKUP_VERSION),
  exportedAt: string({ max: 40 }),
  count: integer({ min: 0 }),
  terms: array(termSchema, { max: BACKUP_MAX_TERMS }),
  known: optional(knownWordsSchema),
  history: optional(lookupRecordsSchema),
  reviews: optional(array(reviewCardSchema, { max: BACKUP_MAX_TERMS })),
});

/** Known words and lookup history: what a backup holds beside the saved terms and their review states. */
export interface BackupWords {
  known: KnownWord[];
  history: LookupRecord[];
}

export interface Backup extends BackupWords {
  terms: SavedTerm[];
  reviews: ReviewCard[];
}

/** What an export may add to the terms (each part empty when not given). */
export interface BackupExtras {
  known?: readonly KnownWord[];
  history?: readonly LookupRecord[];
  reviews?: readonly ReviewCard[];
}

function orderedCard(c: ReviewCard): ReviewCard {
  return {
    term: c.term,
    pinyin: c.pinyin,
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.lastReview,
    lastGradeId: c.lastGradeId,
  };
}

/** `reviews` are kept only for the terms exported, in the terms' order. */
export function toJsonBackup(
  terms: readonly SavedTerm[],
  exportedAt: Date,
  { known = [], history = [], reviews = [] }: BackupExtras = {},
): string {
  const byWord = (a: { word: string }, b: { word: string }) =>
    a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
  const cards = new Map(reviews.map((c) => [termKey(c), c]));
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    count: terms.length,
    terms: terms.map(savedTermOf),
    known: [...known].sort(byWord).map(orderedKnown),
    history: [...history].sort(byWord).map(orderedLookup),
    reviews: terms.flatMap((t) => {
      const c = cards.get(termKey(t));
      return c ? [orderedCard(c)] : [];
    }),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export function parseJsonBackup(text: string): SavedTerm[] {
  return readJsonBackup(text).terms;
}

/** The whole backup: saved terms, known words, history and review states (empty lists from a version-1 file). */
export function readJsonBackup(text: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    // JSON.parse's own description stays in the engine's words in every interface language.
    throw new ImportError('importErrorJsonInvalid', [(e as Error).message]);
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== BACKUP_FORMAT) {
    throw new ImportError('importErrorJsonNotBackup');
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new ImportError('importErrorJsonNewer', [head.version]);
  }
  let backup: ReturnType<typeof backupSchema>;
  try {
    backup = backupSchema(value, 'backup');
  } catch (e) {
    // The checker's path and reason ("backup.terms[0].term: shorter than 1 characters") stay English:
    // they name fields of the file, and the checker is shared with code that has no interface language.
    if (e instanceof ValidationError) throw new ImportError('importErrorJsonDamaged', [e.message]);
    throw e;
  }
  if (backup.count !== backup.terms.length) {
    throw new ImportError('importErrorJsonIncomplete', [backup.count, backup.terms.length]);
  }
  return {
    terms: backup.terms.map((t) => ({ ...savedTermOf(t), tags: normalizeTags(t.tags) })),
    known: (backup.known ?? []).map(orderedKnown),
    history: (backup.history ?? []).map(orderedLookup),
    reviews: (backup.reviews ?? []).map(orderedCard),
  };
}
