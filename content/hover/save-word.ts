import { sentenceAt } from '@/content/page/sentence-at';
import type { MessageData, SaveResult } from '@/protocol/messages';
import { saveTermPayload } from '@/protocol/save-term';
import type { HoverDeps, HoverReader, HoverTarget } from './hover-deps';
import { saveFailedText } from './save-failed-text';
import type { WordInfoCache } from './word-info-cache';

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
  const word = t.token.text;
  const info = await env.cache.load(word, t.paragraph.text, t.token.start);
  try {
    await env.save(
      saveTermPayload({
        term: word,
        pinyin: t.token.pinyin,
        info,
        sentence: sentenceAt(t.paragraph.text, t.token.start, t.token.end),
        pageTitle: env.sourceOf?.(t.paragraph.block) || env.win.document.title,
        url: env.win.location.href,
      }),
    );
    env.reader.markSaved(word);
    return undefined;
  } catch (error) {
    return saveFailedText(error);
  }
}
