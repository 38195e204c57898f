import { createInlinePinyin, type InlinePinyinOptions } from '@/content/inline-pinyin/inline-pinyin';
import { INLINE_RUBY_ATTRIBUTE } from '@/content/inline-pinyin/ruby-element';
import { type Paragraph, paragraphsIn } from '@/content/page/paragraphs';
import type { Token } from '@/core/types';
import { fakeViewport, manualIdle } from '../page/fake-viewport';

/** A tiny segmenter over a fixed word list, with readings: enough to drive the DOM code. */
export const WORDS: Record<string, { pinyin: string; tones: number[]; glossaryId?: string; hsk?: number }> = {
  碳达峰: { pinyin: 'tàn dá fēng', tones: [4, 2, 1], glossaryId: '碳达峰' },
  我们: { pinyin: 'wǒ men', tones: [3, 5], hsk: 1 },
  推进: { pinyin: 'tuī jìn', tones: [1, 4], hsk: 5 },
  工作: { pinyin: 'gōng zuò', tones: [1, 4], hsk: 1 },
  的: { pinyin: 'de', tones: [5], hsk: 1 },
  '2025年': { pinyin: 'nián', tones: [2] },
  '3月': { pinyin: 'yuè', tones: [4] },
  '26日': { pinyin: 'rì', tones: [4] },
  '30万吨': { pinyin: 'wàn dūn', tones: [4, 1] },
  年: { pinyin: 'nián', tones: [2], hsk: 1 },
  月: { pinyin: 'yuè', tones: [4], hsk: 1 },
  日: { pinyin: 'rì', tones: [4], hsk: 1 },
  万: { pinyin: 'wàn', tones: [4], hsk: 2 },
  吨: { pinyin: 'dūn', tones: [1], hsk: 5 },
};

export function annotateText(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const word = Object.keys(WORDS).find((w) => text.startsWith(w, i));
    if (word) {
      const w = WORDS[word] as (typeof WORDS)[string];
      tokens.push({
        text: word,
        start: i,
        end: i + word.length,
        zh: true,
        pinyin: w.pinyin,
        tones: w.tones,
        ...(w.glossaryId ? { glossaryId: w.glossaryId } : {}),
      });
      i += word.length;
    } else {
      const zh = /\p{Script=Han}/u.test(text[i] ?? '');
      tokens.push({
        text: text[i] ?? '',
        start: i,
        end: i + 1,
        zh,
        pinyin: zh ? 'x' : '',
        tones: zh ? [5] : [],
      });
      i += 1;
    }
  }
  return tokens;
}

/** The page's paragraphs as the page reader would hand them over, with a way to announce re-read ones. */
export function pageSource(maxChars = 4_000) {
  const listeners = new Set<(p: Paragraph) => void>();
  const asked: string[] = [];
  let hold: Promise<void> | null = null;
  return {
    asked,
    paragraphs: () => [...paragraphsIn(document.body, { maxChars })],
    onParagraph(listener: (p: Paragraph) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async tokensOf(p: Paragraph): Promise<Token[]> {
      asked.push(p.text);
      if (hold) await hold;
      return annotateText(p.text);
    },
    /** What the reader does after the DOM changed: reads the block again and announces its paragraphs. */
    reread(block: Element) {
      for (const p of paragraphsIn(block, { maxChars })) for (const l of listeners) l(p);
    },
    holdTokens(until: Promise<void>) {
      hold = until;
    },
  };
}

export const hskLevels = async (words: string[]) => new Map(words.map((w) => [w, WORDS[w]?.hsk]));

/** Inline pinyin over the page with everything on screen, run until its idle work is done. */
export async function everythingInView(options: InlinePinyinOptions, source = pageSource()) {
  const viewport = fakeViewport(() => 'view');
  const idle = manualIdle();
  const inline = createInlinePinyin({
    source,
    hskLevels,
    schedule: idle.schedule,
    observe: viewport.observe,
  });
  inline.apply(options);
  await idle.flush();
  return { inline, idle, viewport, source };
}

export const PAGE = `<article><h1>我们推进<b>碳达</b>峰工作</h1><p class="x">English, then 我们的工作。<a href="#">推进</a></p>
<textarea>我们的工作</textarea><p>  spaces &amp; entities &lt;kept&gt;  </p></article>`;

export const rubies = (within: ParentNode = document) => [
  ...within.querySelectorAll(`[${INLINE_RUBY_ATTRIBUTE}]`),
];
export const ALL: InlinePinyinOptions = { scope: 'all', minHsk: 1, style: 'marks' };

/** Inline pinyin turned on with everything on screen, its tokens in and no idle slice run yet. */
export async function startedInView(source = pageSource()) {
  const idle = manualIdle();
  const inline = createInlinePinyin({
    source,
    schedule: idle.schedule,
    observe: fakeViewport(() => 'view').observe,
  });
  inline.apply(ALL);
  await idle.settle();
  return { inline, idle };
}
