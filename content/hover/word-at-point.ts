import { tokenIndexAt } from '@/content/page/token-at';
import type { Token } from '@/core/types';
import { caretAt } from './caret-at';
import type { HoverReader, HoverTarget } from './hover-deps';

/**
 * Hit-testing: the Chinese word under a point of the viewport, told to `found` (or `missed` when the point
 * is on no Chinese word). A paragraph not yet segmented is segmented first; its answer counts only if the
 * pointer has not moved meanwhile (`still` says so).
 */
export function wordAtPoint(
  doc: Document,
  reader: HoverReader,
  point: { x: number; y: number },
  on: { found: (t: HoverTarget) => void; missed: () => void; still: () => boolean },
): void {
  const caret = caretAt(doc, point.x, point.y);
  const loc = caret && reader.locate(caret.node, caret.offset);
  if (!loc) {
    on.missed();
    return;
  }
  const pick = (tokens: Token[]) => {
    const index = tokenIndexAt(tokens, loc.offset);
    const token = tokens[index];
    if (!token?.zh) {
      on.missed();
      return;
    }
    on.found({ paragraph: loc.paragraph, index, token });
  };
  if (loc.paragraph.tokens) {
    pick(loc.paragraph.tokens);
    return;
  }
  void reader.tokensOf(loc.paragraph).then((tokens) => {
    if (on.still()) pick(tokens);
  });
}
