/**
 * The learner on the seed corpus, checked against the evaluation list copied from
 * /work/shared/gold/seed-policy-terms.tsv into test/fixtures/ (evaluation data: never an input of the
 * learner or of the shipped glossary) and against the team's reviewed rejects (seeds/glossary-rejects.tsv).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnTerms } from '@/core/glossary/learn/learn-terms';
import type { LearnedTerm } from '@/core/glossary/learn/learn-types';
import { toArticles } from '@/core/text/normalize';
import { GLOSSARY_CATEGORIES } from '@/core/types';
import { loadLearnReference } from '../../../../../scripts/data/learn-reference';

const root = join(__dirname, '../../../../..');
const SEED = 'seeds/000_5b13465c4fe18702.txt';

function gold(): { term: string; tier: string }[] {
  return readFileSync(join(root, 'test/fixtures/seed-policy-terms.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [term = '', , tier = ''] = line.split('\t');
      return { term, tier };
    });
}

function rejects(): Map<string, string> {
  const rows = readFileSync(join(root, 'seeds/glossary-rejects.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
  return new Map(rows.map(([term = '', kind = '']) => [term, kind]));
}

let terms: LearnedTerm[] = [];

beforeAll(async () => {
  const reference = await loadLearnReference();
  const articles = toArticles(readFileSync(join(root, SEED), 'utf8'), SEED);
  terms = learnTerms(articles, reference).terms;
}, 60_000);

describe('learning the seed corpus', () => {
  // The learner's tuning lists no longer name the evaluation's own terms (issue 17, item 5: 扬尘, 臭氧,
  // 约谈, 低碳, 两高 were field words or prefixes in domain-morphemes.ts). Without them it misses these
  // core terms; they are listed so that a change either way (found again, or more missed) fails here. A term
  // ending in a word the policy corpus uses across its statutes is found again (field-words.ts).
  const MISSED_SINCE_UNLISTED = ['臭氧', '约谈'];

  it('finds every core term but the known misses, and at least 85% of the should terms', () => {
    const learned = new Set(terms.map((t) => t.term));
    const list = gold();
    const missing = (tier: string) =>
      list.filter((g) => g.tier === tier && !learned.has(g.term)).map((g) => g.term);
    const should = list.filter((g) => g.tier === 'should');
    const shouldFound = should.length - missing('should').length;
    console.info(
      `seed gold: core missing [${missing('core').join(' ')}]; should ${shouldFound}/${should.length} ` +
        `(missing ${missing('should').join(' ')})`,
    );
    expect(missing('core')).toEqual(MISSED_SINCE_UNLISTED);
    expect(shouldFound / should.length).toBeGreaterThanOrEqual(0.85);
  });

  it('reports its precision against the reviewed rejects', () => {
    const judged = rejects();
    const bad = terms.filter((t) => judged.has(t.term));
    const names = bad.filter((t) => judged.get(t.term) === 'name');
    const share = bad.length / terms.length;
    console.info(
      `seed precision: ${terms.length} learned, ${bad.length} reviewed rejects (${(share * 100).toFixed(1)}%; ` +
        `${names.length} names)`,
    );
    // The raw learner's figure (acceptance: at most 15%); the shipped glossary also leaves reviewed rejects out.
    expect(share).toBeLessThanOrEqual(0.15);
  });

  it('keeps ordinary words and reporters out', () => {
    const learned = new Set(terms.map((t) => t.term));
    for (const word of [
      '工作',
      '记者',
      '今年',
      '进行',
      '相关',
      '张铭贤',
      '本报记者',
      '刘晓星',
      '孟玮',
      '王君红',
    ]) {
      expect(learned.has(word), word).toBe(false);
    }
    expect(terms.some((t) => /记者|本报/u.test(t.term))).toBe(false);
  });

  it('finds terms used only once when the writing marks them', () => {
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    for (const term of ['结构节能', '一刀切', '标准煤', '蓝天保卫战', '垂直管理']) {
      expect(byTerm.get(term)?.frequency, term).toBe(1);
    }
  });

  it('gives every term its evidence, a category and an example sentence with its article', () => {
    for (const term of terms) {
      expect(term.signals.length, term.term).toBeGreaterThan(0);
      expect(GLOSSARY_CATEGORIES).toContain(term.category);
      expect(term.examples[0]?.sentence, term.term).toContain(term.term.replace(/\s/gu, ''));
      expect(term.examples[0]?.source, term.term).not.toBe('');
    }
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    expect(byTerm.get('两高')?.category).toBe('abbreviation');
    expect(byTerm.get('PM2.5')?.category).toBe('pollutant');
    expect(byTerm.get('蓝天保卫战')?.category).toBe('campaign');
  });
});
