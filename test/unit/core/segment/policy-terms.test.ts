/**
 * Every core term of the seed's policy list (test/fixtures/seed-policy-terms.tsv, copied from the
 * project's gold file) must come out as ONE token wherever it occurs in the normalised seed, and read
 * as the reviewed list seeds/policy-pinyin.tsv says.
 *
 * Priority words: the learned glossary (public/data/glossary.json, built here first when missing), so this
 * tests the learner and the segmenter together. Neither the gold list nor seeds/policy-pinyin.tsv (whose
 * terms are the gold list's) is ever used as the dictionary: an evaluation never feeds on its own answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentationTerms } from '@/core/segment/segmentation-terms';
import { normalizeText } from '@/core/text/normalize';
import type { Token } from '@/core/types';
import { glossaryStep } from '../../../../scripts/data/glossary';
import { loadCore } from '../../../../scripts/lib/load-core';
import { loadGlossary } from '../../../../scripts/lib/load-segmenter';

const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8');
const tsv = (path: string) =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
const gold = tsv('test/fixtures/seed-policy-terms.tsv');
const core = gold.filter((row) => row[2] === 'core').map((row) => row[0] as string);
const reviewed = new Map(tsv('seeds/policy-pinyin.tsv').map((row) => [row[0] as string, row[1] ?? '']));

const paragraphs = normalizeText(seed);
let annotated: Token[][];
let source: string;

beforeAll(async () => {
  if (!existsSync('public/data/glossary.json')) await glossaryStep.run();
  source = 'public/data/glossary.json';
  const { annotator } = await loadCore({ glossary: loadGlossary() ?? [] });
  annotated = paragraphs.map((paragraph) => annotator.annotate(paragraph));
}, 60_000);

function occurrences(term: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  paragraphs.forEach((paragraph, p) => {
    for (let at = paragraph.indexOf(term); at >= 0; at = paragraph.indexOf(term, at + 1)) found.push([p, at]);
  });
  return found;
}

describe('seed policy terms', () => {
  it('has a reviewed reading for every core term', () => {
    expect(core.filter((term) => !reviewed.has(term))).toEqual([]);
  });

  // Terms the glossary cannot keep whole; none since the learner weighs the policy corpus's own words
  // (core/glossary/learn/field-words.ts). Listed so that a change either way fails.
  const KNOWN_SPLIT: string[] = [];

  it('splits only the known terms', () => {
    const split = core.filter((term) =>
      occurrences(term).some(([p, at]) => {
        const tokens = annotated[p] as Token[];
        const exact = tokens.some((t) => t.start === at && t.end === at + term.length);
        const within = tokens.some(
          (t) => t.start <= at && t.end >= at + term.length && t.glossaryId !== undefined && t.text !== term,
        );
        return !exact && !within;
      }),
    );
    expect(split).toEqual(KNOWN_SPLIT);
  });

  it.each(core.filter((term) => !KNOWN_SPLIT.includes(term)))(
    '%s is one token wherever it occurs',
    (term) => {
      const found = occurrences(term);
      expect(found.length, `${term} does not occur in the normalised seed`).toBeGreaterThan(0);
      for (const [p, at] of found) {
        const tokens = annotated[p] as Token[];
        const exact = tokens.find((t) => t.start === at && t.end === at + term.length);
        // Inside a longer glossary term (约谈 in 公开约谈) the longer term is the token.
        const within = tokens.find(
          (t) => t.start <= at && t.end >= at + term.length && t.glossaryId !== undefined && t.text !== term,
        );
        const around = tokens
          .filter((t) => t.end > at - 4 && t.start < at + term.length + 4)
          .map((t) => t.text)
          .join('|');
        expect(exact ?? within, `${term} split in …${around}… (priority words from ${source})`).toBeDefined();
        if (exact) expect(exact.pinyin, `${term} reading`).toBe(reviewed.get(term));
      }
    },
  );
});

describe('paired goals', () => {
  it('reads 碳达峰碳中和 as 碳达峰 + 碳中和, each with its own glossary entry', () => {
    const p = paragraphs.findIndex((paragraph) => paragraph.includes('推进碳达峰碳中和相关工作'));
    const tokens = annotated[p] as Token[];
    const at = (paragraphs[p] as string).indexOf('碳达峰碳中和');
    const pair = tokens.filter((t) => t.start >= at && t.end <= at + 6);
    expect(pair.map((t) => [t.text, t.pinyin])).toEqual([
      ['碳达峰', 'tàn dá fēng'],
      ['碳中和', 'tàn zhōng hé'],
    ]);
    expect(pair.every((t) => t.glossaryId)).toBe(true);
  });

  it('keeps real compounds whole and splits only equal halves that are both terms', () => {
    expect(segmentationTerms(['碳达峰', '碳中和', '碳达峰碳中和', '节能', '减排', '节能减排'])).toEqual([
      '碳达峰',
      '碳中和',
      '节能',
      '减排',
      '节能减排',
    ]);
    expect(segmentationTerms(['网格化', '环境监管', '网格化环境监管'])).toContain('网格化环境监管');
  });
});
