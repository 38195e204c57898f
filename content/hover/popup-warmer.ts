import type { ReadParagraph } from '@/content/page/paragraph-store';
import { timed } from '@/core/perf';
import type { PopupHost } from '../popup/popup-host';
import type { WordPopupProps } from '../popup/word-popup';
import type { HoverTarget } from './hover-deps';
import { partsOf } from './popup-view';
import type { WordInfoCache } from './word-info-cache';

/**
 * Lays out, unseen, the popup of one more kind of word from these paragraphs (a policy term, then a
 * dictionary word), with its dictionary data. The first popup of each kind otherwise pays for the
 * browser's font lookups of every size and weight it uses: 10–20 ms more on the first hovers of a page.
 * Each call resolves to whether it did something (then the caller may ask for the next kind in its next
 * idle time).
 */
export function createPopupWarmer(env: {
  win: Window;
  host: PopupHost;
  cache: WordInfoCache;
  propsOf: (t: HoverTarget) => WordPopupProps;
  /** Whether a popup is shown or about to be: warming then would lay out over it. */
  busy: () => boolean;
}) {
  // Which kinds of popup have been laid out unseen: each has sections, font sizes and weights of its own.
  const warmed = new Set<'policy' | 'word'>();
  return async function warm(paragraphs: readonly ReadParagraph[]): Promise<boolean> {
    for (const kind of ['policy', 'word'] as const) {
      if (warmed.has(kind)) continue;
      for (const paragraph of paragraphs) {
        const tokens = paragraph.tokens ?? [];
        const index = tokens.findIndex((t) =>
          kind === 'policy' ? t.zh && t.glossaryId !== undefined : t.zh && !t.glossaryId && t.text.length > 1,
        );
        const token = tokens[index];
        if (!token) continue;
        warmed.add(kind);
        await env.cache.load(token.text, paragraph.text, token.start, partsOf(token));
        if (!env.busy())
          timed(env.win, 'popup-warm', env.host.prepare)(env.propsOf({ paragraph, index, token }));
        return true;
      }
    }
    return false;
  };
}
