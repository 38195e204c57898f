import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  numberedToMarked,
  numberedTones,
  parseCedict,
  parseCedictLine,
} from '@/core/dictionary/cedict-parse';

const excerpt = readFileSync(resolve(process.cwd(), 'test/fixtures/cedict-excerpt.u8'), 'utf8');

describe('parseCedictLine', () => {
  it('reads traditional, simplified, numbered pinyin and senses in order', () => {
    expect(
      parseCedictLine(
        '環境 环境 [huan2 jing4] /environment/circumstances/surroundings/CL:個|个[ge4]/ambient/',
      ),
    ).toEqual({
      traditional: '環境',
      simplified: '环境',
      pinyinNumbered: 'huan2 jing4',
      senses: ['environment', 'circumstances', 'surroundings', 'CL:個|个[ge4]', 'ambient'],
    });
  });

  it('skips comments, blank and malformed lines', () => {
    expect(parseCedictLine('# CC-CEDICT')).toBeNull();
    expect(parseCedictLine('#! entries=125049')).toBeNull();
    expect(parseCedictLine('')).toBeNull();
    expect(parseCedictLine('環境 环境 huan2 jing4 /environment/')).toBeNull();
    expect(parseCedictLine('環境 环境 [huan2 jing4] //')).toBeNull();
  });

  it('tolerates Windows line ends and extra spaces in the reading', () => {
    expect(parseCedictLine('碳 碳 [tan4 ] /carbon (chemistry)/\r')).toMatchObject({
      pinyinNumbered: 'tan4',
      senses: ['carbon (chemistry)'],
    });
  });

  it('parses the fixture excerpt: one entry per reading', () => {
    const entries = parseCedict(excerpt);
    expect(entries.length).toBe(73);
    const xing = entries.filter((entry) => entry.simplified === '行').map((entry) => entry.pinyinNumbered);
    expect(xing).toEqual(['hang2', 'heng2', 'xing2']);
    const tai = entries.filter((entry) => entry.simplified === '台').map((entry) => entry.traditional);
    expect(new Set(tai)).toEqual(new Set(['台', '檯', '臺', '颱']));
  });
});

describe('numberedToMarked', () => {
  it.each([
    ['huan2 jing4', 'huán jìng'],
    ['hang2 ye4', 'háng yè'],
    ['zhong1 he2', 'zhōng hé'],
    ['Zhong1 he2', 'Zhōng hé'],
    ['nu:3', 'nǚ'],
    ['lu:4 se4', 'lǜ sè'],
    ['le5', 'le'],
    ['gou3', 'gǒu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['xue2', 'xué'],
    ['er2', 'ér'],
    ['zi4 ge3 r5', 'zì gě r'],
    ['san1 C', 'sān C'],
    ['Er4', 'Èr'],
    ['Ou1', 'Ōu'],
  ])('%s → %s', (numbered, marked) => {
    expect(numberedToMarked(numbered)).toBe(marked);
  });

  it('reads tones, 5 for neutral and for letters', () => {
    expect(numberedTones('tan4 zhong1 he2')).toEqual([4, 1, 2]);
    expect(numberedTones('zi4 ge3 r5')).toEqual([4, 3, 5]);
    expect(numberedTones('san1 C')).toEqual([1, 5]);
  });
});
