/**
 * Composed reading units (core/segment/composed-units.ts): word roles learned from a lexicon's parts, and
 * the grouper joining a modifier chain with its head. Terms and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { UNIT_FREE, UNIT_HEAD, UNIT_INNER, UNIT_MODIFIER, wordRoles } from '@/core/segment/composed-units';
import { buildUnitTrie } from '@/core/segment/reading-unit-data';
import { createUnitGrouper } from '@/core/segment/reading-units';
import { fakeWords } from './fake-words';

const lexicon = [
  ['重点', '区域'],
  ['重点', '行业'],
  ['重点', '企业'],
  ['排放', '标准'],
  ['排放', '总量'],
  ['排放', '许可'],
  ['排污', '单位'],
  ['使用', '单位'],
  ['建设', '单位'],
  ['保护', '规划'],
  ['保护', '措施'],
  ['保护', '范围'],
].map((parts) => ({ parts }));
const verbs = new Set(['排放', '保护', '规定']);
const roles = wordRoles(lexicon, { isVerb: (word) => verbs.has(word) });

const words = (line: string) => fakeWords(line);
const grouper = createUnitGrouper(buildUnitTrie(['重点', '排放', '单位', '保护', '环境'], [], roles));
const texts = (line: string) => grouper.group(words(line)).map((t) => t.text);

describe('word roles from the lexicon', () => {
  it("takes a term's first word as a modifier and its last as a head, at three terms", () => {
    expect(roles.get('重点')).toBe(UNIT_MODIFIER);
    // A head also ends terms freely (UNIT_FREE, for the page-term learner).
    expect(roles.get('单位')).toBe(UNIT_HEAD | UNIT_FREE);
    // A verb may go on a unit but not begin it.
    expect(roles.get('排放')).toBe(UNIT_INNER);
    // Two terms are not enough.
    expect(roles.has('区域')).toBe(false);
  });

  it('marks a word ending three terms as free even where it is no head (a verb, or mostly a modifier)', () => {
    const more = wordRoles([...lexicon, ...['大气', '废水', '噪声'].map((w) => ({ parts: [w, '排放'] }))], {
      isVerb: (word) => verbs.has(word),
    });
    expect(more.get('排放')).toBe(UNIT_INNER | UNIT_FREE);
  });
});

describe('composed units', () => {
  it.each([
    ['重点|排放|单位|应当|报告', ['重点排放单位', '应当', '报告']],
    ['重点|单位', ['重点单位']],
    // A verb never begins one: 排放|单位 is a clause as often as a term.
    ['排放|单位', ['排放', '单位']],
    // No head: nothing composed.
    ['重点|排放', ['重点', '排放']],
    // At most three words.
    ['重点|重点|排放|单位', ['重点', '重点排放单位']],
  ])('%s → %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it('gives no entry kind to a word that only has a role', () => {
    expect(grouper.kind('单位')).toBe(1);
    expect(grouper.kind('重点排放单位')).toBe(0);
  });
});
