import { beforeEach, describe, expect, it } from 'vitest';
import { createInlinePinyin, INLINE_RUBY_ATTRIBUTE } from '@/utils/dom/inline-pinyin';
import type { Token } from '@/utils/zh/types';

/** A tiny segmenter over a fixed word list, with readings: enough to drive the DOM code. */
const WORDS: Record<string, { pinyin: string; tones: number[]; glossaryId?: string; hsk?: number }> = {
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

function annotateText(text: string): Token[] {
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

const calls: string[][] = [];
const deps = () => ({
  annotate: async (paragraphs: string[]) => {
    calls.push(paragraphs);
    return paragraphs.map(annotateText);
  },
  hskLevels: async (words: string[]) => new Map(words.map((w) => [w, WORDS[w]?.hsk])),
});

const PAGE = `<article><h1>我们推进<b>碳达</b>峰工作</h1><p class="x">English, then 我们的工作。<a href="#">推进</a></p>
<textarea>我们的工作</textarea><p>  spaces &amp; entities &lt;kept&gt;  </p></article>`;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  calls.length = 0;
});

const rubies = () => [...document.querySelectorAll(`ruby[${INLINE_RUBY_ATTRIBUTE}]`)];

describe('inline pinyin', () => {
  it('puts a reading over every Chinese word, and restores the very same DOM when turned off', async () => {
    const before = document.body.innerHTML;
    const nodes = [...document.body.querySelectorAll('h1, p, b, a')].flatMap((e) => [...e.childNodes]);
    const inline = createInlinePinyin(deps());
    await inline.apply({ scope: 'all', minHsk: 1, style: 'marks' });
    expect(inline.active).toBe(true);
    const readings = rubies().map(
      (r) => `${r.firstChild?.textContent}:${r.querySelector('rt')?.textContent}`,
    );
    expect(readings).toContain('我们:wǒ men');
    expect(readings).toContain('推进:tuī jìn');
    // 碳达峰 spans <b>碳达</b>峰: each part carries its own syllables.
    expect(readings).toContain('碳达:tàn dá');
    expect(readings).toContain('峰:fēng');
    expect(document.querySelector('textarea')?.innerHTML).toBe('我们的工作');
    expect(document.querySelector('rt')?.getAttribute('style')).toMatch(/user-select: none/);

    inline.remove();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.body.querySelectorAll('h1, p, b, a')].flatMap((e) => [...e.childNodes]);
    expect(after).toHaveLength(nodes.length);
    for (const [i, n] of after.entries()) expect(n).toBe(nodes[i]);
    expect(inline.active).toBe(false);
  });

  it('shows readings in the chosen style', async () => {
    const inline = createInlinePinyin(deps());
    await inline.apply({ scope: 'all', minHsk: 1, style: 'numbers' });
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('wo3 men5');
    await inline.apply({ scope: 'all', minHsk: 1, style: 'zhuyin' });
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('ㄨㄛˇ ˙ㄇㄣ');
  });

  it('in the selected scope, reads out only policy terms and harder words', async () => {
    const inline = createInlinePinyin(deps());
    await inline.apply({ scope: 'selected', minHsk: 4, style: 'marks' });
    const words = rubies().map((r) => r.firstChild?.textContent);
    expect(words).toContain('推进');
    expect(words).toContain('碳达');
    expect(words).not.toContain('我们');
    expect(words).not.toContain('工作');
  });

  it('in the selected scope, leaves dates and other number + unit words as easy as their unit', async () => {
    document.body.innerHTML = '<p>2025年3月26日推进30万吨</p>';
    const inline = createInlinePinyin(deps());
    await inline.apply({ scope: 'selected', minHsk: 5, style: 'marks' });
    const words = rubies().map((r) => r.firstChild?.textContent);
    // 年, 月 and 日 are HSK 1; 吨 is HSK 5, so 30万吨 is read out.
    expect(words).toEqual(['推进', '30万吨']);
  });

  it('applies again without stacking readings, and restores after several passes', async () => {
    const before = document.body.innerHTML;
    const inline = createInlinePinyin(deps());
    await inline.apply({ scope: 'all', minHsk: 1, style: 'marks' });
    const first = rubies().length;
    await inline.apply({ scope: 'all', minHsk: 1, style: 'numbers' });
    expect(rubies()).toHaveLength(first);
    inline.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('drops a pass that was overtaken by removal while the background worked', async () => {
    const before = document.body.innerHTML;
    let release: () => void = () => undefined;
    const inline = createInlinePinyin({
      annotate: async (ps) => {
        await new Promise<void>((r) => {
          release = r;
        });
        return ps.map(annotateText);
      },
    });
    const pending = inline.apply({ scope: 'all', minHsk: 1, style: 'marks' });
    await Promise.resolve();
    inline.remove();
    release();
    await pending;
    expect(document.body.innerHTML).toBe(before);
  });
});
