/**
 * The page-terms part of `npm run bench`: learning a page's own terms (core/glossary/learn/page-terms.ts)
 * from a 100,000-character page's reading units, as the background does after the page's first marks.
 * Figures, not assertions: the time to learn them, as a ratio to annotating the same page in the same run
 * (what the background did for the page anyway), and the longest step when run in the scheduler's 10 ms
 * chunks (what a hover can wait behind). The page is documents of the laws corpus in the repository, cut
 * into paragraphs; run alone: `npx tsx scripts/bench/page-terms-bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { findPageTerms, pageTermSteps } from '../../core/glossary/learn/page-terms';
import type { Token } from '../../core/types';
import { readCorpus } from '../lib/corpus';
import { loadCore, loadUnitAnnotator } from '../lib/load-core';

const PAGE_CHARS = 100_000;
const CHUNK_MS = 10;

/** Paragraphs of the corpus's documents, in order, up to `chars` characters. */
function pageOf(chars: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const { text } of readCorpus()) {
    for (const line of text.split(/\r?\n/u)) {
      const paragraph = line.replace(/^#+\s*/u, '').trim();
      if (!paragraph) continue;
      if (total + paragraph.length > chars) return out;
      out.push(paragraph);
      total += paragraph.length;
    }
  }
  return out;
}

export async function pageTermsBench(): Promise<void> {
  const units = await loadUnitAnnotator(await loadCore());
  const page = pageOf(PAGE_CHARS);
  const chars = page.reduce((n, p) => n + p.length, 0);
  units.annotate(page[0] ?? ''); // the first use builds what the pinyin reader builds once
  let started = performance.now();
  const paragraphs: Token[][] = page.map((p) => units.annotate(p));
  const annotateMs = performance.now() - started;
  // With the annotator's word flags, as the background learns (background/handlers/page-terms.ts).
  const options = { wordFlags: units.wordFlags };
  findPageTerms(paragraphs, options); // warm
  const runs: number[] = [];
  let terms = findPageTerms(paragraphs, options);
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    terms = findPageTerms(paragraphs, options);
    runs.push(performance.now() - started);
  }
  const median = [...runs].sort((a, b) => a - b)[2] as number;
  // In chunks: each step is one `next()` of the scheduler's bulk work.
  let chunkStart: number | undefined;
  const pause = () => {
    const at = performance.now();
    chunkStart ??= at;
    if (at - chunkStart < CHUNK_MS) return false;
    chunkStart = undefined;
    return true;
  };
  const steps = pageTermSteps(paragraphs, { ...options, pause });
  let longest = 0;
  let count = 0;
  for (;;) {
    const at = performance.now();
    const step = steps.next();
    longest = Math.max(longest, performance.now() - at);
    count++;
    if (step.done) break;
  }
  console.log(`Page terms: a ${chars}-character page (seeds/corpus/laws, ${page.length} paragraphs)`);
  console.log(
    `  learn its terms: ${median.toFixed(1)} ms (median of 5; budget 300 ms); ` +
      `${(median / annotateMs).toFixed(3)}× annotating it (${annotateMs.toFixed(0)} ms, words + pinyin + units)`,
  );
  console.log(
    `  in ${CHUNK_MS} ms chunks: ${count} steps, longest ${longest.toFixed(1)} ms; ${terms.length} terms, ` +
      `e.g. ${terms
        .slice(0, 5)
        .map((t) => `${t.term}×${t.count}`)
        .join(' ')}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await pageTermsBench();
