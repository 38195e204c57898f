/** fast-check generators for saved terms full of the characters that break naive exporters. */
import fc from 'fast-check';
import { normalizeTags } from '@/core/export/tags';
import type { SavedTerm } from '@/core/export/types';

const nasty = fc.constantFrom(
  ',',
  '"',
  '""',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '😀',
  '👩‍👩‍👧',
  '𠮷',
  '𩸽',
  'שלום',
  'مرحبا',
  '\u202e',
  '=SUM(A1)',
  '+1',
  '-',
  '@cmd',
  "'",
  "'=",
  '#',
  '<b>',
  '&amp;',
  '\uFEFF',
  '碳达峰',
  'tàn zhōng hé',
  '\\',
  '//',
);

/** Strings mixing ordinary text with the characters above. */
export const messyText = (max = 6) =>
  fc
    .array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: max })
    .map((p) => p.join(''));

const time = fc.integer({ min: 1, max: 4_102_444_800_000 });

export const savedTerm: fc.Arbitrary<SavedTerm> = fc
  .record({
    term: messyText(4).filter((s) => s.length >= 1 && s.length <= 64),
    pinyin: fc.oneof(fc.constantFrom('', 'tàn zhōng hé', 'lǜ sè', 'shuāng kòng'), messyText(2)),
    english: messyText(),
    category: fc.constantFrom('', 'target', 'abbreviation', 'mechanism'),
    glossaryId: fc.constantFrom('', '碳达峰', '两高'),
    tags: fc.array(messyText(2), { maxLength: 3 }).map(normalizeTags),
    note: messyText(),
    createdAt: time,
    updatedAt: time,
    contexts: fc.array(
      fc.record({ sentence: messyText(), pageTitle: messyText(3), url: messyText(2), savedAt: time }),
      { maxLength: 3 },
    ),
  })
  .map((t) => ({
    ...t,
    // The store's canonical reading (single spaces, trimmed, NFC) and time-ordered contexts.
    pinyin: t.pinyin.normalize('NFC').replace(/\s+/g, ' ').trim(),
    contexts: [...t.contexts].sort((a, b) => a.savedAt - b.savedAt),
  }))
  .filter((t) => t.term.length <= 64);

export function plainTerm(i: number): SavedTerm {
  return {
    term: `词${i}`,
    pinyin: `cí ${i}`,
    english: `word, "number" ${i}`,
    category: i % 3 === 0 ? 'target' : '',
    glossaryId: '',
    tags: i % 5 === 0 ? ['hsk', 'week 1'] : [],
    note: i % 7 === 0 ? 'line one\nline two' : '',
    createdAt: 1_700_000_000_000 + i * 1000,
    updatedAt: 1_700_000_000_000 + i * 1000,
    contexts: [
      {
        sentence: `句子${i}，含有词${i}。`,
        pageTitle: `Page ${i}`,
        url: `https://example.org/${i}`,
        savedAt: 1_700_000_000_000 + i * 1000,
      },
    ],
  };
}
