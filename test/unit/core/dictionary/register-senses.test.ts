import { describe, expect, it } from 'vitest';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { createDictionary } from '@/core/dictionary/dictionary';
import { addEnglish } from '@/core/dictionary/dictionary-annotate';
import { briefOf } from '@/core/dictionary/dictionary-brief';
import { createChunkedDictionary } from '@/core/dictionary/dictionary-chunked';
import { packDictionary } from '@/core/dictionary/dictionary-pack';
import { chunkOfSplit, chunkPacked, readPackHeader } from '@/core/dictionary/dictionary-source';
import { parseRegisterSenses } from '@/core/dictionary/register-senses';
import type { Token } from '@/core/types';
import { packCedict, readCedictSource, readHsk, readRegisterSenses } from '../../../../scripts/data/cedict';
import { excerptHsk, excerptText } from './excerpt';

const HEADER = 'word\tenglish\tnote';

describe('parseRegisterSenses', () => {
  it('reads rows after comments and the header, with an optional reading and note', () => {
    const text = `# a comment\n\n${HEADER}\n排放\tto emit; to discharge\tnot "to arrange"\n为[wei2]\tas; to be\n`;
    expect(parseRegisterSenses(text, 'x.tsv')).toEqual([
      { word: '排放', english: 'to emit; to discharge', note: 'not "to arrange"', at: 'x.tsv line 4' },
      { word: '为', pinyinNumbered: 'wei2', english: 'as; to be', at: 'x.tsv line 5' },
    ]);
    expect(parseRegisterSenses(`${HEADER}\n餘|余[yu2]\tmore than\n`)[0]).toMatchObject({
      word: '余',
      traditional: '餘',
      pinyinNumbered: 'yu2',
    });
  });

  it('reads a character as the last part of a compound (-能) apart from the word', () => {
    expect(
      parseRegisterSenses(`${HEADER}\n能\tcan\n-能\tenergy\tas in 氢能\n-臺|台[tai2]\tplatform\n`),
    ).toEqual([
      { word: '能', english: 'can', at: 'register-senses.tsv line 2' },
      { word: '能', english: 'energy', note: 'as in 氢能', lastPart: true, at: 'register-senses.tsv line 3' },
      {
        word: '台',
        traditional: '臺',
        pinyinNumbered: 'tai2',
        english: 'platform',
        lastPart: true,
        at: 'register-senses.tsv line 4',
      },
    ]);
  });

  it.each([
    [`${HEADER}\n-能源\tenergy\n`, /x\.tsv line 2: "-能源": only a single character/],
    [`${HEADER}\n-能\tenergy\n-能\tpower\n`, /x\.tsv line 3: -能 is already on line 2/],
    [`排放\tto emit\n`, /x\.tsv line 1: expected the header/],
    [
      `${HEADER}\n排放\tto emit\n水平\tlevel\n排放\tto discharge\n`,
      /x\.tsv line 4: 排放 is already on line 2/,
    ],
    [`${HEADER}\n排放\t\n`, /x\.tsv line 2: 排放 has no English/],
    [`${HEADER}\n排放\n`, /x\.tsv line 2: 排放 has no English/],
    [`${HEADER}\nemit\tto emit\n`, /x\.tsv line 2: "emit" is not a Chinese word/],
    [`${HEADER}\n为[wei]\tas\n`, /x\.tsv line 2: "为\[wei\]" is not a Chinese word/],
    [`${HEADER}\n# note\n排放\tto emit/discharge\n`, /x\.tsv line 3: 排放: use "; "/],
    [`${HEADER}\n排放\tsee 排[pai2]\n`, /x\.tsv line 2: 排放: "see 排\[pai2\]" reads as a cross-reference/],
    [`${HEADER}\n排放\tto emit\tnote\textra\n`, /x\.tsv line 2: 4 columns/],
    ['# only comments\n', /x\.tsv: no header line/],
  ])('refuses %j, naming the line', (text, error) => {
    expect(() => parseRegisterSenses(text, 'x.tsv')).toThrow(error);
  });
});

describe('packing register senses (excerpt)', () => {
  const entries = parseCedict(excerptText);
  const senses = (text: string) => parseRegisterSenses(`${HEADER}\n${text}`, 'x.tsv');

  it('flags a word or a reading CC-CEDICT lacks, naming the line', () => {
    expect(() => packDictionary(entries, excerptHsk, {}, senses('排放物\temissions\n'))).toThrow(
      /x\.tsv line 2: 排放物 is not a CC-CEDICT headword/,
    );
    expect(() => packDictionary(entries, excerptHsk, {}, senses('和\tand\n行[xing4]\tto go\n'))).toThrow(
      /x\.tsv line 3: CC-CEDICT has no 行\[xing4\] \(it has 行\|行\[xing2\], 行\|行\[hang2\], 行\|行\[heng2\]\)/,
    );
  });

  it('puts a named reading first and changes the release header with the table', () => {
    const plain = packDictionary(entries, excerptHsk, {});
    const packed = packDictionary(entries, excerptHsk, {}, senses('行[hang2]\tline of business\n'));
    const entry = createDictionary(packed).lookup('行').entries[0];
    expect(entry?.pinyin).toBe('háng');
    expect(entry?.senses[0]).toBe('line of business');
    expect(createDictionary(plain).lookup('行').entries[0]?.pinyin).toBe('xíng');
    const other = packDictionary(entries, excerptHsk, {}, senses('行[hang2]\tprofession\n'));
    expect(new Set([plain, packed, other].map((p) => readPackHeader(p).line)).size).toBe(3);
  });

  it('tells two entries of one reading apart by their traditional form', () => {
    // 台 tái is written 臺 (platform), 檯 (table) and 颱 (typhoon).
    const packed = packDictionary(entries, excerptHsk, {}, senses('颱|台[tai2]\ttyphoon\n'));
    const entry = createDictionary(packed).lookup('台').entries[0];
    expect(entry).toMatchObject({ traditional: '颱', pinyin: 'tái' });
    expect(entry?.senses[0]).toBe('typhoon');
    expect(() => packDictionary(entries, excerptHsk, {}, senses('臺|台[tai1]\tplatform\n'))).toThrow(
      /x\.tsv line 2: CC-CEDICT has no 臺\|台\[tai1\]/,
    );
  });

  it("gives a character's sense as a compound's last part to composed English and to a unit's last part", () => {
    const table = senses('-臺|台[tai2]\tplatform; station\n');
    const plain = createDictionary(packDictionary(entries, excerptHsk, {}));
    const dict = createDictionary(packDictionary(entries, excerptHsk, {}, table));
    // The word keeps its own entries and first sense; only the compound's head reads differently.
    expect(dict.lookup('台').entries).toEqual(plain.lookup('台').entries);
    expect(dict.english('台')).toBe(plain.english('台'));
    expect(dict.lookup('台').lastPart).toBe('platform; station');
    expect(plain.lookup('台').lastPart).toBeUndefined();
    expect(dict.english('台', true)).toBe('platform; station');
    expect(plain.english('台', true)).toBe(plain.english('台'));
    // 环境台 is no headword: its English is composed, the head read in its compound sense (short form).
    expect(dict.composeGloss('环境台')).toBe(`${plain.english('环境')} + platform`);
    expect(plain.composeGloss('环境台')).not.toContain('platform');
    // A first piece is no head: 台 before 环境 keeps its first sense.
    expect(dict.composeGloss('台环境')).toBe(plain.composeGloss('台环境'));
    const stamp = (table: ReturnType<typeof senses>) =>
      readPackHeader(packDictionary(entries, excerptHsk, {}, table)).line;
    expect(stamp(table)).not.toBe(stamp(senses('臺|台[tai2]\tplatform; station\n')));
  });

  it('skips a surname-only or variant reading when none is named', () => {
    // 和's first packed rows are an old variant and the surname He: the sense goes on the common he2 row.
    const entry = createDictionary(packDictionary(entries, excerptHsk, {}, senses('和\tand; with\n'))).lookup(
      '和',
    ).entries[0];
    expect(entry?.pinyin).toBe('hé');
    expect(entry?.senses[0]).toBe('and; with');
    expect(entry?.senses[1]).toMatch(/^\(joining two nouns\) and/);
  });
});

describe('the shipped register table', () => {
  const { packed } = packCedict();
  const dict = createDictionary(packed);
  const cedictOnly = createDictionary(
    packDictionary(parseCedict(readCedictSource()), readHsk(), {
      date: /^#! date=(\S+)/m.exec(readCedictSource())?.[1] ?? '',
    }),
  );
  const table = new Map(readRegisterSenses().map((s) => [s.word, s.english]));

  it.each([
    ['排放', /emit/, 'to arrange in order'],
    ['落实', /implement/, 'practical'],
    ['水平', /^level/, 'horizontal; level'],
    ['质量', /^quality/, '(physics) mass'],
    ['交通', /transport/, 'to be connected'],
  ])('%s: the register sense first, every CC-CEDICT sense still below it', (word, register, cedictFirst) => {
    const english = table.get(word) ?? '';
    expect(english).toMatch(register);
    const before = cedictOnly.lookup(word);
    const after = dict.lookup(word);
    expect(before.entries[0]?.senses[0]).toBe(cedictFirst);
    expect(after.entries[0]?.senses).toEqual([english, ...(before.entries[0]?.senses ?? [])]);
    expect(after.entries.slice(1)).toEqual(before.entries.slice(1));
    expect(briefOf(after).gloss).toBe(english);
    expect(dict.english(word)).toBe(english.split(';')[0]);
  });

  it('gives annotate its English and composes unknown words from register senses', () => {
    const token = (text: string): Token => ({
      text,
      start: 0,
      end: text.length,
      zh: true,
      pinyin: '',
      tones: [],
    });
    expect(addEnglish([token('排放'), token('质量')], dict).map((t) => t.english)).toEqual([
      'to emit',
      'quality',
    ]);
    expect(dict.composeGloss('排放总量')).toMatch(/^to emit \+ /);
  });

  it('answers the same from IndexedDB-style chunks as from the whole file', async () => {
    const { header, chunks, split } = chunkPacked(packed);
    const chunked = createChunkedDictionary(header, chunkOfSplit(new Set(split)), async (ids) => {
      return new Map(ids.map((id) => [id, chunks.get(id)]));
    });
    const words = ['排放', '落实', '水平', '質量', '交通', '推进'];
    expect(await chunked.lookupMany(words)).toEqual(words.map((w) => dict.lookup(w)));
    expect((await chunked.lookupMany(['質量']))[0]?.entries[0]?.senses[0]).toBe(table.get('质量'));
  });
});
