import { beforeEach, describe, expect, it } from 'vitest';
import { ALL, everythingInView, PAGE, pageSource, rubies, startedInView } from './fake-page-source';

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('inline pinyin', () => {
  it('puts a reading over every Chinese word, and restores the very same DOM when turned off', async () => {
    const before = document.body.innerHTML;
    const nodes = [...document.body.querySelectorAll('h1, p, b, a')].flatMap((e) => [...e.childNodes]);
    const { inline } = await everythingInView(ALL);
    expect(inline.active).toBe(true);
    const readings = rubies().map((r) => `${r.lastChild?.textContent}:${r.querySelector('rt')?.textContent}`);
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
    const { inline, idle } = await everythingInView({ ...ALL, style: 'numbers' });
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('wo3 men5');
    inline.apply({ ...ALL, style: 'zhuyin' });
    await idle.flush();
    expect(rubies().map((r) => r.querySelector('rt')?.textContent)).toContain('ㄨㄛˇ ˙ㄇㄣ');
  });

  it('in the selected scope, reads out only policy terms and harder words', async () => {
    await everythingInView({ scope: 'selected', minHsk: 4, style: 'marks' });
    const words = rubies().map((r) => r.lastChild?.textContent);
    expect(words).toContain('推进');
    expect(words).toContain('碳达');
    expect(words).not.toContain('我们');
    expect(words).not.toContain('工作');
  });

  it('in the selected scope, leaves dates and other number + unit words as easy as their unit', async () => {
    document.body.innerHTML = '<p>2025年3月26日推进30万吨</p>';
    await everythingInView({ scope: 'selected', minHsk: 5, style: 'marks' });
    const words = rubies().map((r) => r.lastChild?.textContent);
    // 年, 月 and 日 are HSK 1; 吨 is HSK 5, so 30万吨 is read out.
    expect(words).toEqual(['推进', '30万吨']);
  });

  it('applies again without stacking readings, and restores after several passes', async () => {
    const before = document.body.innerHTML;
    const { inline, idle } = await everythingInView(ALL);
    const first = rubies().length;
    inline.apply({ ...ALL, style: 'numbers' });
    await idle.flush();
    expect(rubies()).toHaveLength(first);
    inline.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('drops tokens that come back after it was turned off', async () => {
    const before = document.body.innerHTML;
    const source = pageSource();
    let release: () => void = () => undefined;
    source.holdTokens(new Promise<void>((r) => (release = r)));
    const { inline, idle } = await startedInView(source);
    await idle.flush();
    expect(source.asked.length).toBeGreaterThan(0);
    inline.remove();
    release();
    await idle.flush();
    expect(document.body.innerHTML).toBe(before);
  });

  it('copies the Chinese text without the readings', async () => {
    await everythingInView(ALL);
    const h1 = document.querySelector('h1') as HTMLElement;
    getSelection()?.selectAllChildren(h1);
    const data = new DataTransfer();
    const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true });
    document.dispatchEvent(event);
    expect(data.getData('text/plain')).toBe('我们推进碳达峰工作');
    expect(event.defaultPrevented).toBe(true);
  });
});
