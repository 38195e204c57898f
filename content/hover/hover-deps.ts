import type { ReadParagraph } from '@/content/page/paragraph-store';
import type { UnitHighlight } from '@/content/page/unit-highlight';
import type { Token, WordInfo } from '@/core/types';
import type { MessageData, SaveResult } from '@/protocol/messages';
import type { PopupHost } from '../popup/popup-host';
import type { WordExtras } from './word-extras';

/** What the hover controller reads of the page scanner. */
export interface HoverReader {
  locate(node: Text, offset: number): { paragraph: ReadParagraph; offset: number } | null;
  tokensOf(p: ReadParagraph): Promise<Token[]>;
  rangeOf(p: ReadParagraph, start: number, end: number): Range | null;
  markSaved(word: string): void;
  isSaved(word: string): boolean;
}

export interface HoverDeps {
  win?: Window & typeof globalThis;
  reader: HoverReader;
  host: PopupHost;
  lookup: (word: string) => Promise<WordInfo | null>;
  lookupAt: (text: string, offset: number) => Promise<WordInfo[]>;
  save: (data: MessageData<'saveTerm'>) => Promise<SaveResult>;
  /** Send to Anki while it is on (null when off): saves and sends the term, resolving to the line to show. */
  sendToAnki?: () => ((data: MessageData<'saveTerm'>) => Promise<string>) | null;
  copy?: (text: string) => Promise<void>;
  /** Milliseconds the pointer rests on a word before its popup opens (a getter follows the setting). */
  delay?: number | (() => number);
  /** What opens the popup (the `trigger` setting): resting the pointer, with Shift or Alt held, or a click. */
  trigger?: () => Trigger;
  /** Milliseconds the popup stays after the pointer leaves the word (time to reach the popup). */
  grace?: number;
  /** Shows on the page which unit the open popup describes (a CSS highlight by default). */
  highlight?: UnitHighlight;
  /** Known words and lookup history (content/hover/word-extras.ts). */
  extras?: WordExtras;
  /**
   * The source (saved as the context's page title) of a word read in `block`; the page's title where it
   * gives none. Tanci's reader page names a PDF's file and page here.
   */
  sourceOf?: (block: Node) => string | null | undefined;
}

export type Trigger = 'hover' | 'shift' | 'alt' | 'click';

/** A word of a read paragraph: what a popup is about. */
export interface HoverTarget {
  paragraph: ReadParagraph;
  /** The index of the token at the point (the pointer's, or the one ←/→ moved to). */
  index: number;
  /** The unit the popup describes: the token at the point, or a unit chosen among the popup's choices. */
  token: Token;
  /** The token at the point, when a longer or shorter unit was chosen in its place. */
  point?: Token;
}
