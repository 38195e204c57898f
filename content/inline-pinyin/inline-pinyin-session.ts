import { sendMessage } from '@/protocol/messages';
import type { Settings } from '@/protocol/settings/settings';
import type { PageReader } from '../page/page-scanner';
import { createInlinePinyin, type InlinePinyin, type InlinePinyinOptions } from './inline-pinyin';

export interface InlinePinyinSessionEnv {
  win?: Window & typeof globalThis;
  /** Makes the inline pinyin over a reader's paragraphs (tests pass their own). */
  create?: (reader: PageReader) => InlinePinyin;
}

export interface InlinePinyinSession {
  /** The reader's settings, as the reading session follows them (the one settings follow of a frame). */
  setSettings(settings: Settings): void;
  /** The frame's page reader, or null while Tanci is off for the site (inline pinyin is then off too). */
  setReader(reader: PageReader | null): void;
}

function optionsOf(s: Settings): InlinePinyinOptions | null {
  if (!s.inlinePinyin.enabled) return null;
  return { scope: s.inlinePinyin.scope, minHsk: s.inlinePinyin.minHsk, style: s.pinyinStyle };
}

/**
 * Keeps a frame's inline pinyin in step with the settings and the page reader it is given (by the reading
 * session, start-reading.ts, which follows both): on, off, or redone when its scope or the pinyin style
 * changes. It takes its paragraphs and tokens from the reader, which runs while Tanci is on for the site,
 * so turning it off (or Tanci off for the site) restores the page.
 */
export function startInlinePinyin(env: InlinePinyinSessionEnv = {}): InlinePinyinSession {
  const win = env.win ?? window;
  const create =
    env.create ??
    ((reader: PageReader) =>
      createInlinePinyin({
        win,
        source: {
          paragraphs: () => reader.store.paragraphs(),
          onParagraph: reader.store.onAdd,
          tokensOf: reader.tokensOf,
        },
        hskLevels: async (words) =>
          new Map((await sendMessage('lookup', { words })).results.map((r) => [r.word, r.hsk])),
      }));
  let inline: InlinePinyin | null = null;
  let wanted: InlinePinyinOptions | null = null;
  let applied = '';

  function sync(): void {
    const target = inline ? wanted : null;
    const key = target ? JSON.stringify(target) : '';
    if (key === applied) return;
    applied = key;
    if (target) inline?.apply(target);
    else inline?.remove();
  }

  return {
    setSettings(s) {
      wanted = optionsOf(s);
      sync();
    },
    setReader(reader) {
      inline?.remove();
      applied = '';
      inline = reader ? create(reader) : null;
      sync();
    },
  };
}
