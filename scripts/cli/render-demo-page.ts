/**
 * The demo page `npm start` opens: the seed articles laid out as a Chinese news site would show them,
 * so a newcomer sees Tanci on realistic text. Generated from seeds/ at start time, never hand-edited.
 */
import { escapeHtml } from '../../core/export/html';
import type { Article } from '../../core/text/normalize';

const STYLE = `
body { margin: 0; font: 17px/1.8 "Noto Serif SC", "Songti SC", "WenQuanYi Micro Hei", serif; color: #222; background: #f6f5f1; }
header { background: #1a6b3f; color: #fff; padding: 14px 24px; }
header h1 { margin: 0; font-size: 26px; letter-spacing: 2px; }
header p { margin: 2px 0 0; font-size: 13px; opacity: .85; }
nav { background: #fff; border-bottom: 1px solid #ddd; padding: 8px 24px; font-size: 14px; }
nav a { color: #1a6b3f; margin-right: 18px; text-decoration: none; }
main { max-width: 760px; margin: 24px auto; padding: 0 16px; }
article { background: #fff; padding: 20px 28px; margin-bottom: 24px; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
article h2 { font-size: 23px; line-height: 1.4; margin: 0 0 12px; }
article p { margin: 0 0 1em; text-indent: 2em; }
footer { text-align: center; font-size: 13px; color: #777; padding: 24px; }
`;

export function renderDemoPage(articles: Article[], { title = '中国环境报 · 演示' } = {}): string {
  const body = articles
    .map(
      (a, i) => `<article id="a${i + 1}">
  <h2>${escapeHtml(a.title)}</h2>
${a.paragraphs.map((p) => `  <p>${escapeHtml(p)}</p>`).join('\n')}
</article>`,
    )
    .join('\n');
  const nav = articles.map((a, i) => `<a href="#a${i + 1}">${escapeHtml(a.title.slice(0, 14))}</a>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>中国环境报</h1><p>Tanci demo · the seed corpus (OCR'd page, August 2021) laid out as a news site</p></header>
<nav>${nav}</nav>
<main>
${body}
</main>
<footer>Hover a word to read it with Tanci. Text: 中国环境报, 2021 (seed corpus of the Tanci project).</footer>
</body>
</html>
`;
}
