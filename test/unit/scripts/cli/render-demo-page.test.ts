import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../core/export/html';
import { toArticles } from '../../../../core/text/normalize';
import { renderDemoPage } from '../../../../scripts/cli/render-demo-page';

describe('demo page', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;',
    );
  });

  it('lays out the seed articles with their titles and paragraphs, untouched by markup in the text', () => {
    const seed = readFileSync(
      join(import.meta.dirname, '../../../../seeds/000_5b13465c4fe18702.txt'),
      'utf8',
    );
    const articles = toArticles(seed, 'seed');
    expect(articles.length).toBeGreaterThan(3);
    const html = renderDemoPage([
      ...articles,
      { title: '<b>标题</b>', paragraphs: ['<script>x()</script>'], source: 'hostile' },
    ]);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const shown = [...document.querySelectorAll('article')];
    expect(shown).toHaveLength(articles.length + 1);
    expect(shown[0]?.querySelector('h2')?.textContent).toBe(articles[0]?.title);
    expect(document.body.textContent).toContain('碳达峰');
    expect(document.querySelector('script')).toBeNull();
    expect(shown.at(-1)?.querySelector('h2')?.textContent).toBe('<b>标题</b>');
  });
});
