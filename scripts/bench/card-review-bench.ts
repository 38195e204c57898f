/**
 * The Review tab's figures for bench-review.ts: with every saved term in the queue, the time from a grade
 * key (3, Good) to the next card painted (the grade stored through the background first), and the tab's
 * first card after opening the vocabulary page. Measured inside the page (performance.now to the frame after
 * the front changed), so no protocol round trip of the test driver is counted.
 */
import type { Harness } from '../../test/e2e/harness';

export async function measureCardReview(
  h: Harness,
  grades: number,
): Promise<{ open: number; next: number[] }> {
  const page = await h.openExtensionPage('vocabulary.html#review');
  // Strings, not functions: tsx would wrap named helpers in a `__name` the page does not have.
  const open = (await page.evaluate(`(async () => {
    while (!document.querySelector('article.card')) await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  })()`)) as number;
  const next = (await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const front = () => document.querySelector('article.card > p')?.textContent ?? '';
    const times = [];
    for (let i = 0; i < ${grades}; i++) {
      const before = front();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      while (!document.querySelector('.card-answer')) await frame();
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
      while (front() === before || document.querySelector('.card-answer')) await frame();
      times.push(performance.now() - t0);
    }
    return times;
  })()`)) as number[];
  await page.close();
  return { open, next };
}
