// Pages for `npm run bench:browser`, written to a temporary folder: an English article (no Chinese at all)
// and a long Chinese page made of the seed corpus's paragraphs (the policy-heavy article first).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(lang: string, title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:18px/1.8 sans-serif;max-width:40em;margin:2em auto}</style></head>
<body><article><h1>${esc(title)}</h1>\n${body}\n</article></body></html>`;
}

/** A bench page's HTML (other bench files build their own pages with it). */
export const benchPageHtml = page;

/** The seed corpus as paragraphs of about 150 characters, OCR line breaks and spacing removed. */
export function seedParagraphs(seedsDir: string): string[] {
  const text = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
    .join('')
    .replace(/\s+/g, '');
  // Start at the policy article (碳达峰, 两高, 双控) so the first viewport holds glossary terms.
  const at = Math.max(0, text.indexOf('在8月17日'));
  const rotated = text.slice(at) + text.slice(0, at);
  const out: string[] = [];
  for (let i = 0; i < rotated.length; ) {
    const end = rotated.indexOf('。', i + 100);
    const stop = end < 0 || end - i > 300 ? Math.min(rotated.length, i + 150) : end + 1;
    out.push(rotated.slice(i, stop));
    i = stop;
  }
  return out;
}

/** The seed corpus's paragraphs, repeated to about `chars` characters (at least that many). */
export function seedPage(seedsDir: string, chars = 100_000): { page: string[]; chars: number } {
  const page: string[] = [];
  let total = 0;
  const paragraphs = seedParagraphs(seedsDir);
  for (let i = 0; total < chars; i++) {
    const paragraph = paragraphs[i % paragraphs.length] as string;
    page.push(paragraph);
    total += paragraph.length;
  }
  return { page, chars: total };
}

export function writeBenchPages(dir: string, seedsDir: string, chineseChars = 100_000): void {
  const english = Array.from(
    { length: 200 },
    (_, i) =>
      `Paragraph ${i + 1}. Provinces must curb energy-intensive, high-emission projects and meet the dual ` +
      'control targets for energy consumption; the commission will publish a barometer twice a year.',
  );
  writeFileSync(join(dir, 'english.html'), page('en', 'Energy policy briefing', english));
  const { page: chinese } = seedPage(seedsDir, chineseChars);
  writeFileSync(join(dir, 'chinese-100k.html'), page('zh-CN', '碳达峰碳中和 长页面', chinese));
}

/**
 * A long real page: the statutes of ../shared/corpus/laws (never shipped: the benchmark reads it beside the
 * checkout) as one page of many paragraphs, about `chars` characters. Returns false, writing nothing, when
 * the folder is absent.
 */
export function writeLawsPage(dir: string, lawsDir: string, chars = 500_000): boolean {
  if (!existsSync(lawsDir)) return false;
  const paragraphs: string[] = [];
  let total = 0;
  for (const file of readdirSync(lawsDir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCE.md')
    .sort()) {
    for (const line of readFileSync(join(lawsDir, file), 'utf8').split('\n')) {
      const text = line.replace(/^#+\s*/, '').trim();
      if (!text || text.startsWith('<!--') || total >= chars) continue;
      paragraphs.push(text);
      total += text.length;
    }
  }
  writeFileSync(join(dir, 'laws-500k.html'), page('zh-CN', '生态环境法规汇编', paragraphs));
  return true;
}
