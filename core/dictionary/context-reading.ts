import { markedToNumbered } from '../pinyin/pinyin-numbered';
import type { DictEntry } from '../types';

/** The same reading whatever the case or spacing ("Hòu" is hòu): numbered syllables, lower case. */
function readingKey(pinyin: string): string {
  try {
    return markedToNumbered(pinyin).join(' ');
  } catch {
    // Not plain pinyin (a glossary term's "1+N"): compare as written.
    return pinyin.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

/**
 * A word's dictionary entries with those of the reading it was read in first (倒 in 倒逼 is dào, so
 * "to invert" comes before dǎo "to fall"), the rest in dictionary order: the header's pinyin and the
 * first sense block then agree. With no context reading, or none that matches, the order is unchanged.
 */
export function entriesInContext(entries: readonly DictEntry[], pinyin: string | undefined): DictEntry[] {
  if (!pinyin) return [...entries];
  const key = readingKey(pinyin);
  const read = entries.filter((e) => readingKey(e.pinyin) === key);
  return read.length === 0 ? [...entries] : [...read, ...entries.filter((e) => !read.includes(e))];
}
