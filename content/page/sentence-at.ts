import { LIMITS } from '@/protocol/messages';

// Line breaks are not sentence ends: in HTML source they are only whitespace.
const ENDS = '。！？!?；;';
const CLOSERS = '”’」』）)"\'';

/**
 * The sentence of `text` that holds the span [start, end): from after the previous sentence end to
 * the next one (closing quotes kept), trimmed, at most `maxChars` long around the span.
 */
export function sentenceAt(
  text: string,
  start: number,
  end: number,
  maxChars: number = LIMITS.sentenceChars,
): string {
  let from = start;
  while (from > 0 && !ENDS.includes(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !ENDS.includes(text[to] as string)) to++;
  if (to < text.length) to++;
  while (to < text.length && CLOSERS.includes(text[to] as string)) to++;
  if (to - from > maxChars) {
    const half = Math.floor((maxChars - (end - start)) / 2);
    from = Math.max(from, start - half);
    to = Math.min(to, from + maxChars);
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
