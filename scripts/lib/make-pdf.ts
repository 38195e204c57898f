import type { BrowserContext } from 'playwright-core';

/**
 * A PDF of Chinese paragraphs, printed by Chromium (`page.pdf()`, headless only) from a plain page: A4,
 * a narrow serif column so lines wrap mid-sentence (and sometimes mid-word), as in a ministry's PDF. The
 * page is written in place (no request); `html` replaces the paragraphs (e.g. a page with no text).
 */
export async function makeChinesePdf(
  context: BrowserContext,
  paragraphs: readonly string[],
  opts: { html?: string } = {},
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    const body =
      opts.html ??
      paragraphs.map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`).join('');
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
        body { font: 14pt serif; width: 30em; margin: 2cm auto; } p { text-indent: 2em; margin: 0 0 1em; }
      </style><body>${body}</body></html>`,
    );
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}
