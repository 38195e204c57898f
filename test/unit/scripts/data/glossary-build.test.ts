/** The shipped glossary: every entry complete, reviewed English where the team wrote it, composed otherwise. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY_CATEGORIES, type GlossaryEntry } from '@/core/types';
import { buildGlossary, readRejects, readReviewed, seedFiles } from '../../../../scripts/data/glossary-build';

let entries: GlossaryEntry[] = [];

beforeAll(async () => {
  entries = (await buildGlossary(seedFiles())).entries;
}, 120_000);

describe('the shipped glossary', () => {
  it('has pinyin, English, an explanation, a category and an example for every entry', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      expect(entry.id).toBe(entry.term);
      expect(entry.pinyin, entry.term).not.toBe('');
      expect(entry.english.trim(), entry.term).not.toBe('');
      expect(entry.explanation.trim(), entry.term).not.toBe('');
      expect(GLOSSARY_CATEGORIES).toContain(entry.category);
      expect(entry.examples.length, entry.term).toBeGreaterThan(0);
      if (entry.category === 'abbreviation') expect(entry.expansion, entry.term).toBeTruthy();
    }
  });

  it('uses the reviewed English where there is one and marks the rest as machine-glossed', () => {
    const byTerm = new Map(entries.map((e) => [e.term, e]));
    expect(byTerm.get('碳达峰')).toMatchObject({
      english: 'carbon peaking',
      reviewed: true,
      pinyin: 'tàn dá fēng',
    });
    expect(byTerm.get('两高')).toMatchObject({ expansion: '高耗能、高排放', category: 'abbreviation' });
    expect(byTerm.get('能耗双控')?.english).toBe('dual control of energy consumption');
    const machine = entries.filter((e) => !e.reviewed);
    for (const entry of machine) expect(entry.explanation).toMatch(/not yet reviewed/);
  });

  it('leaves reviewed rejects out', () => {
    const rejects = readRejects();
    expect(entries.filter((e) => rejects.has(e.term))).toEqual([]);
  });
});

describe('the reviewed English file', () => {
  it('is well formed: a category from the list, English and an explanation, an expansion for abbreviations', () => {
    const reviewed = readReviewed(join(__dirname, '../../../../seeds/glossary-reviewed.tsv'));
    expect(reviewed.size).toBeGreaterThan(100);
    expect(reviewed.get('1+N')?.expansionEnglish).toBe('one overarching guideline plus N sectoral plans');
  });
});
