/**
 * Full pinyin of a 100,000-character page (the seed corpus's paragraphs) in Node, warm, without and with the
 * polyphone model: the issue's "≥ 300 k characters/s" line. CPU time is shown beside wall time: on a shared
 * machine the wall clock also counts other processes' turns.
 */
import { join } from 'node:path';
import { createAnnotator } from '../../core/annotator';
import type { Segmenter } from '../../core/segment/segment';
import type { GlossaryEntry } from '../../core/types';
import { loadPolyphoneModel, loadWordReadings } from '../lib/load-core';
import { root } from '../lib/paths';
import { seedPage } from './bench-pages';
import { rate } from './format';

export const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

export async function pagePinyin(segmenter: Segmenter, glossary: GlossaryEntry[] | undefined): Promise<void> {
  console.log(
    '\nFull pinyin of a 100,000-character page (seed corpus paragraphs), warm, fastest of 3 passes',
  );
  const { page, chars } = seedPage(join(root, 'seeds'));
  const [readings, polyphones] = await Promise.all([loadWordReadings(), loadPolyphoneModel()]);
  const glossaryTerms = new Map((glossary ?? []).map((entry) => [entry.term, entry.id]));
  for (const [name, annotator] of [
    ['without the model', createAnnotator({ segmenter, glossaryTerms, readings })],
    ['with g2pM', createAnnotator({ segmenter, glossaryTerms, readings, polyphones })],
  ] as const) {
    for (const paragraph of page) annotator.annotate(paragraph);
    let [ms, cpu] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let pass = 0; pass < 3; pass++) {
      const [started, startedCpu] = [performance.now(), cpuMs()];
      for (const paragraph of page) annotator.annotate(paragraph);
      ms = Math.min(ms, performance.now() - started);
      cpu = Math.min(cpu, cpuMs() - startedCpu);
    }
    console.log(
      `  ${name.padEnd(20)} ${Math.round(ms)} ms, ${rate((chars / ms) * 1000)} chars/s (CPU time ${Math.round(cpu)} ms, ${rate((chars / cpu) * 1000)} chars/s)`,
    );
  }
}
