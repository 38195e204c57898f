/**
 * The one protocol between content scripts, extension pages and the background.
 * Every message is listed here with the shape of its data (checked by the background before any
 * handler runs) and the type of its reply. Errors thrown by a handler reach the sender as errors.
 */
import { defineExtensionMessaging, type ExtensionSendMessageArgs } from '@webext-core/messaging';
import type { SendOutcome } from '../core/anki/send-notes';
import type { SavedTerm } from '../core/export/types';
import type { LookupRecord } from '../core/export/word-records';
import type { PageTerm } from '../core/glossary/learn/page-terms';
import { GRADES, type ReviewCard } from '../core/review/review-card';
import { reviewCardSchema } from '../core/review/review-card-schema';
import type { ReviewQueue } from '../core/review/review-queue';
import type { Token, WordBrief, WordInfo } from '../core/types';
import { createPortClient } from './message-port';
import type { PageVocabulary } from './page-vocabulary';
import {
  array,
  boolean,
  type Infer,
  integer,
  literal,
  number,
  object,
  optional,
  type Schema,
  string,
} from './validate';

/** Limits that keep one message from tying up the background (a 1 MB text node arrives in slices). */
export const LIMITS = {
  paragraphs: 200,
  paragraphChars: 20_000,
  words: 500,
  /**
   * Words one `define` carries. The full answer is the reader's on-demand one (a hovered word, a few
   * neighbours); ~170 bytes a word on the wire, so a paragraph's batch goes through `lookup` instead.
   */
  defineWords: 20,
  wordChars: 64,
  sentenceChars: 2_000,
  urlChars: 4_096,
  pageTitleChars: 1_000,
  /** Cards one `reviewQueue` reply carries; the page asks again when it has shown them. */
  reviewCards: 200,
  /** As many cards as a backup may hold (core/export/json.ts). */
  importCards: 200_000,
} as const;

const word = string({ min: 1, max: LIMITS.wordChars });

/** Save a term with the context it was read in; saving again adds the context. */
const saveTermSchema = object({
  term: word,
  pinyin: string({ max: 256 }),
  english: string({ max: 2_000 }),
  sentence: string({ max: LIMITS.sentenceChars }),
  pageTitle: string({ max: LIMITS.pageTitleChars }),
  url: string({ max: LIMITS.urlChars }),
  glossaryId: optional(word),
  category: optional(string({ max: 32 })),
});

export const messageSchemas = {
  /**
   * A frame says whether it holds Chinese text. `timeOrigin` (the document's `performance.timeOrigin`)
   * lets the background drop reports of frames that belonged to the tab's previous page.
   */
  reportPage: object({ hasChinese: boolean, timeOrigin: number() }),
  /** An extension page asks what the background knows of a tab (a content script, of its own tab only). */
  getTabState: object({ tabId: integer({ min: 0 }) }),
  /** Segment paragraphs (with pinyin and glossary ids); one call per paragraph group. */
  annotate: object({
    paragraphs: array(string({ max: LIMITS.paragraphChars }), { max: LIMITS.paragraphs }),
    /** Answer at once, without pinyin if the pinyin reader is still loading (a page's first marks). */
    quick: optional(boolean),
    /**
     * The page's id for a bulk group (reading ahead of the reader, not what it waits for): present, the
     * group runs after interactive requests, in short chunks, and can be cancelled (`cancelAnnotate`).
     * Absent, the request is interactive (the first viewport, the paragraph under the pointer).
     */
    bulk: optional(integer({ min: 0 })),
  }),
  /**
   * The terms this document's page repeats that no lexicon knows, learned from the paragraphs the
   * background has annotated for it so far. Bulk work: it waits for every request a reader waits for.
   */
  pageTerms: object({}),
  /** Drops bulk groups this document sent and no longer needs (they scrolled far away). */
  cancelAnnotate: object({ groups: array(integer({ min: 0 }), { max: LIMITS.paragraphs }) }),
  /** A paragraph's words at a glance (readings, first gloss, HSK level, glossary id), in one batch. */
  lookup: object({ words: array(word, { max: LIMITS.words }) }),
  /** Everything the dictionary and glossary hold for a few words: what the word popup shows. */
  define: object({ words: array(word, { max: LIMITS.defineWords }) }),
  /** The dictionary words that start at `offset` in `text`, longest first (at most 7). */
  lookupAt: object({ text: string({ max: LIMITS.paragraphChars }), offset: integer({ min: 0 }) }),
  /** Save a term with the context it was read in; saving again adds the context. */
  saveTerm: saveTermSchema,
  /** Which of these words are saved already. */
  getSaved: object({ words: array(word, { max: LIMITS.words }) }),
  /** To a tab's top frame (toolbar popup, keyboard command): its site, and whether Tanci is on there. */
  getPageSite: object({}),
  /** To the frame a context-menu click came from: its selection, the sentence around it, the page. */
  getSelectionContext: object({}),
  /** To the frame a context-menu click came from: open the word popup on the selected word. */
  showLookup: object({ text: string({ min: 1, max: LIMITS.sentenceChars }) }),
  /** Marks words known (the popup's Known, the This page tab's Known) or, `known` false, not known again (Undo). */
  setKnown: object({
    words: array(word, { max: LIMITS.words }),
    how: literal('popup', 'toolbar'),
    known: boolean,
  }),
  /** Which of these words are known: marked known, or of an HSK level the settings count as known. */
  getKnown: object({ words: array(word, { max: LIMITS.words }) }),
  /** A word's popup stayed open a while (or was opened on purpose): count it, with the page. */
  recordLookup: object({
    word,
    url: string({ max: LIMITS.urlChars }),
    pageTitle: string({ max: LIMITS.pageTitleChars }),
  }),
  /** The History tab: the most looked-up words (extension pages only). */
  getHistory: object({ limit: integer({ min: 1, max: 1_000 }) }),
  /** Forgets every lookup (extension pages only). */
  clearHistory: object({}),
  /** The This page tab: the tab's words from the segmentation already done for it (extension pages only). */
  getPageVocabulary: object({ tabId: integer({ min: 0 }) }),
  /** From an extension page: the cards to review now, and how many are due and new. */
  reviewQueue: object({ limit: integer({ min: 1, max: LIMITS.reviewCards }) }),
  /**
   * From an extension page: grade a card. `gradeId` is new for each grade the reader gives; the page sends
   * the same id again when a reply was lost, and the background then answers without grading twice.
   */
  gradeCard: object({
    term: word,
    pinyin: string({ max: 256 }),
    grade: literal(...GRADES),
    gradeId: string({ min: 1, max: 100 }),
  }),
  /** From an extension page: every review state, for the JSON backup. */
  reviewCards: object({}),
  /** From an extension page: review states from a backup, merged in (the newer history wins). */
  importReviewCards: object({ cards: array(reviewCardSchema, { max: LIMITS.importCards }) }),
  /**
   * From an extension page: what AnkiConnect offers (API version, decks, note types) and the fields of
   * `model`. The background asks Anki at 127.0.0.1:8765 only once the reader granted that permission.
   */
  ankiSetup: object({ model: optional(string({ max: 200 })) }),
  /**
   * Send to Anki: `term` from the word popup (saved first, so nothing is lost when Anki is not running), or
   * without it every saved term (the toolbar popup's Send all saved). Only when turned on in settings.
   */
  sendToAnki: object({ term: optional(saveTermSchema) }),
} satisfies Record<string, Schema<unknown>>;

export type MessageData<K extends keyof typeof messageSchemas> = Infer<(typeof messageSchemas)[K]>;

export interface TabState {
  tabId: number;
  /** `null` while no frame of the tab has reported (the content script cannot run there, or has not yet). */
  hasChinese: boolean | null;
  frames: number;
}

export interface SaveResult {
  term: string;
  pinyin: string;
  /** False when the term was saved before and this call added a context to it. */
  created: boolean;
  contexts: number;
}

export interface SelectionContext {
  text: string;
  sentence: string;
  pageTitle: string;
  url: string;
}

export interface ProtocolMap {
  reportPage(data: MessageData<'reportPage'>): void;
  getTabState(data: MessageData<'getTabState'>): TabState;
  /** `pinyin` is false when the tokens carry no pinyin yet (a `quick` answer): ask again for it. */
  annotate(data: MessageData<'annotate'>): { paragraphs: Token[][]; pinyin?: boolean };
  pageTerms(data: MessageData<'pageTerms'>): { terms: PageTerm[] };
  /** How many of the groups were still queued and are now dropped. */
  cancelAnnotate(data: MessageData<'cancelAnnotate'>): { dropped: number };
  lookup(data: MessageData<'lookup'>): { results: WordBrief[] };
  define(data: MessageData<'define'>): { results: WordInfo[] };
  lookupAt(data: MessageData<'lookupAt'>): { results: WordInfo[] };
  saveTerm(data: MessageData<'saveTerm'>): SaveResult;
  getSaved(data: MessageData<'getSaved'>): { saved: string[] };
  /** Answered only by a top frame that holds Chinese (`hasChinese` true); see protocol/page-site.ts for the rest. */
  getPageSite(data: MessageData<'getPageSite'>): {
    site: string | null;
    enabled: boolean;
    hasChinese?: boolean;
  };
  getSelectionContext(data: MessageData<'getSelectionContext'>): SelectionContext | null;
  showLookup(data: MessageData<'showLookup'>): { shown: boolean };
  setKnown(data: MessageData<'setKnown'>): { known: number };
  getKnown(data: MessageData<'getKnown'>): { known: string[] };
  /** `count` 0 when history is turned off (nothing was recorded); `saved` for the popup's "save?" hint. */
  recordLookup(data: MessageData<'recordLookup'>): { count: number; saved: boolean };
  getHistory(data: MessageData<'getHistory'>): { records: LookupRecord[]; enabled: boolean };
  clearHistory(data: MessageData<'clearHistory'>): { cleared: number };
  getPageVocabulary(data: MessageData<'getPageVocabulary'>): PageVocabulary;
  reviewQueue(data: MessageData<'reviewQueue'>): ReviewQueue<SavedTerm>;
  gradeCard(data: MessageData<'gradeCard'>): ReviewCard;
  reviewCards(data: MessageData<'reviewCards'>): { cards: ReviewCard[] };
  importReviewCards(data: MessageData<'importReviewCards'>): { imported: number };
  ankiSetup(
    data: MessageData<'ankiSetup'>,
  ): AnkiReply<{ version: number; decks: string[]; models: string[]; fields: string[] }>;
  sendToAnki(data: MessageData<'sendToAnki'>): AnkiReply<SendOutcome>;
}

/**
 * Why Anki could not be reached or used: `off` (not turned on, or no permission), `unreachable` (Anki not
 * running), `version` (AnkiConnect older than version 6), `anki` (Anki refused; `detail` has its words).
 */
export type AnkiProblem = 'off' | 'unreachable' | 'version' | 'anki';
/** A reply the reader sees as a message: success, or the problem in words the page puts in its language. */
export type AnkiReply<T> = ({ ok: true } & T) | { ok: false; problem: AnkiProblem; detail: string };

/**
 * Whether a request is bulk work (the background's scheduler runs it after interactive requests, in
 * chunks); every other request is one a reader waits for. The one place that tells them apart.
 */
export function isBulkRequest(type: string, data: unknown): boolean {
  if (type === 'pageTerms') return true;
  return type === 'annotate' && (data as MessageData<'annotate'> | undefined)?.bulk !== undefined;
}

const messenger = defineExtensionMessaging<ProtocolMap>();
export const { onMessage, removeAllListeners } = messenger;

let port: ReturnType<typeof createPortClient> | undefined;
/**
 * Sends a message of the protocol: with a tab (`arg`) to that tab's content script, otherwise to the
 * background, frequent reads through a long-lived port (see message-port.ts), the rest one-shot.
 */
export const sendMessage = ((type: keyof ProtocolMap, data: unknown, ...args: ExtensionSendMessageArgs) => {
  if (args[0] !== undefined) return messenger.sendMessage(type, data as never, ...args);
  port ??= createPortClient((t, d) => messenger.sendMessage(t, d as never));
  return port(type, data);
}) as typeof messenger.sendMessage;
