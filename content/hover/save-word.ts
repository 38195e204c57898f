import { sentenceAt } from '@/content/page/sentence-at';
import type { MessageData, SaveResult } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';
import type { HoverDeps, HoverReader, HoverTarget } from './hover-deps';
import { saveFailedText } from './save-failed-text';
import type { WordInfoCache } from './word-info-cache';

/**
 * What saving the popup's word sends: the word with its sentence, the page's title (or the source
 * `sourceOf` names, e.g. a PDF's file and page in Tanci's reader) and address.
 */
export async function termPayload(
  t: HoverTarget,
  env: { win: Window; cache: WordInfoCache; sourceOf?: HoverDeps['sourceOf'] },
): Promise<MessageData<'saveTerm'>> {
  const word = t.token.text;
  return saveTermPayload({
    term: word,
    pinyin: t.token.pinyin,
    info: await env.cache.load(word, t.paragraph.text, t.token.start),
    sentence: sentenceAt(t.paragraph.text, t.token.start, t.token.end),
    pageTitle: env.sourceOf?.(t.paragraph.block) || env.win.document.title,
    url: env.win.location.href,
  });
}

/**
 * Saves the popup's word with its sentence, the page's title (or the source `sourceOf` names) and address,
 * and marks it saved on the page.
 * Resolves to the popup's status line after: none when saved, what went wrong otherwise.
 */
export async function saveWord(
  t: HoverTarget,
  env: {
    win: Window;
    cache: WordInfoCache;
    reader: HoverReader;
    save: (data: MessageData<'saveTerm'>) => Promise<SaveResult>;
    sourceOf?: HoverDeps['sourceOf'];
  },
): Promise<string | undefined> {
  const payload = await termPayload(t, env);
  try {
    await env.save(payload);
    env.reader.markSaved(t.token.text);
    return undefined;
  } catch (error) {
    return saveFailedText(error);
  }
}
