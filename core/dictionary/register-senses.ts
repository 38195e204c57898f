/**
 * Policy-register senses (seeds/register-senses.tsv): for frequent words whose first CC-CEDICT sense is
 * not the one policy prose uses (排放 "to arrange in order" where a regulation means "to emit"), the
 * English to show first. The build packs each into the dictionary row it belongs to (dictionary-pack.ts);
 * lookups put it before CC-CEDICT's own senses, which all still follow.
 *
 * File format: UTF-8, tab-separated, `#` comment lines and blank lines ignored; the first other line is
 * the header `word<TAB>english[<TAB>note]`. A word may name its reading the CC-CEDICT way (为[wei2]) when
 * the sense belongs to a reading other than the dictionary's first, and its traditional form too
 * (餘|余[yu2]) when two entries share the reading.
 *
 * A word written with a leading hyphen (-能) is a character as the last part of a compound, the head a
 * compound the dictionary lacks is read by (氢能 hydrogen energy, 用能 energy use): its English there
 * ("energy") may not be its first sense as a word (能 "can", which the modal verb of policy prose is).
 * The word keeps its own first sense; composed English and the parts of a reading unit use this one.
 */

import { HAN_PATTERN } from '../text/han';
import { isLate, isPointer } from './dictionary-senses';

export interface RegisterSense {
  /** Simplified headword. */
  word: string;
  /** The CC-CEDICT reading the sense belongs to ("wei2"); absent: the word's first common reading. */
  pinyinNumbered?: string;
  /** The traditional form of the entry meant, when two entries share the reading (餘 for 余 yú "surplus"). */
  traditional?: string;
  /** The English to show first, CC-CEDICT style ("to emit; to discharge"). */
  english: string;
  note?: string;
  /** True for a row of the character as the last part of a compound (written -能), not as a word. */
  lastPart?: true;
  /** Where the row was written ("seeds/register-senses.tsv line 12"), for build errors. */
  at: string;
}

export const REGISTER_HEADER = ['word', 'english', 'note'] as const;

const HAN_WORD = new RegExp(`^(?:${HAN_PATTERN.source})+$`, 'u');
const WORD_FIELD = /^(-)?(?:([^[\]\s|]+)\|)?([^[\]\s|-]+)(?:\[([A-Za-z:]+[1-5](?: [A-Za-z:]+[1-5])*)\])?$/;

/** Parses the table; any malformed row, empty English or repeated word is an error naming its line. */
export function parseRegisterSenses(text: string, file = 'register-senses.tsv'): RegisterSense[] {
  const senses: RegisterSense[] = [];
  const firstLine = new Map<string, number>();
  let header = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const number = index + 1;
      const at = `${file} line ${number}`;
      const line = raw.trimEnd();
      if (line === '' || line.startsWith('#')) return;
      const fields = line.split('\t').map((field) => field.trim());
      if (!header) {
        if (fields.join('\t') !== REGISTER_HEADER.slice(0, fields.length).join('\t') || fields.length < 2) {
          throw new Error(`${at}: expected the header "word<TAB>english<TAB>note", got "${line}"`);
        }
        header = true;
        return;
      }
      if (fields.length > REGISTER_HEADER.length) {
        throw new Error(`${at}: ${fields.length} columns, expected word, english and an optional note`);
      }
      const [wordField = '', english = '', note = ''] = fields;
      const match = WORD_FIELD.exec(wordField);
      const word = match?.[3] ?? '';
      const traditional = match?.[2];
      const lastPart = match?.[1] !== undefined;
      if (!match || !HAN_WORD.test(word) || (traditional !== undefined && !HAN_WORD.test(traditional))) {
        throw new Error(`${at}: "${wordField}" is not a Chinese word (optionally with a reading: 为[wei2])`);
      }
      if (lastPart && [...word].length !== 1) {
        throw new Error(
          `${at}: "${wordField}": only a single character is written as a compound's last part`,
        );
      }
      if (!english) throw new Error(`${at}: ${word} has no English`);
      // The packed dictionary separates senses with "/"; a pointer- or surname-like sense would be moved.
      if (english.includes('/')) throw new Error(`${at}: ${word}: use "; " between senses, not "/"`);
      if (isPointer(english) || isLate(english) || english.startsWith('CL:')) {
        throw new Error(`${at}: ${word}: "${english}" reads as a cross-reference or a late sense`);
      }
      const key = lastPart ? `-${word}` : word;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) throw new Error(`${at}: ${key} is already on line ${earlier}`);
      firstLine.set(key, number);
      const sense: RegisterSense = { word, english, at };
      if (lastPart) sense.lastPart = true;
      if (match[4]) sense.pinyinNumbered = match[4];
      if (traditional) sense.traditional = traditional;
      if (note) sense.note = note;
      senses.push(sense);
    });
  if (!header) throw new Error(`${file}: no header line "word<TAB>english<TAB>note"`);
  return senses;
}
