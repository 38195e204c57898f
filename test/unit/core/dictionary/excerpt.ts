import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { createDictionary, type DictionaryOptions } from '@/core/dictionary/dictionary';
import { type HskWord, packDictionary } from '@/core/dictionary/dictionary-pack';

export const excerptText = readFileSync(resolve(process.cwd(), 'test/fixtures/cedict-excerpt.u8'), 'utf8');

/** A few HSK 3.0 rows (from seeds/hsk30/hsk30.csv) for the words of the excerpt. */
export const excerptHsk = new Map<string, HskWord>([
  ['环境', { level: 3, readings: { huanjing24: 3 } }],
  ['行', { level: 1, readings: { hang2: 3, xing2: 1 } }],
  ['行业', { level: 4, readings: { hangye24: 4 } }],
  ['工作', { level: 1, readings: { gongzuo14: 1 } }],
]);

export function excerptDictionary(options?: DictionaryOptions) {
  return createDictionary(packDictionary(parseCedict(excerptText), excerptHsk), options);
}
