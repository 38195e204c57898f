import { describe, expect, it } from 'vitest';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { createDictionary } from '@/core/dictionary/dictionary';
import { createChunkedDictionary } from '@/core/dictionary/dictionary-chunked';
import { createLineIndex } from '@/core/dictionary/dictionary-index';
import { hskFromRows, PACK_MAGIC, packDictionary } from '@/core/dictionary/dictionary-pack';
import { chunkOfSplit, chunkPacked, chunkPackedSteps } from '@/core/dictionary/dictionary-source';
import { excerptText } from './excerpt';

describe('hskFromRows', () => {
  it('keeps the lowest level, and the level of each reading', () => {
    const hsk = hskFromRows([
      { Simplified: '行', Pinyin: 'xíng', Level: '1' },
      { Simplified: '行', Pinyin: 'háng', Level: '3' },
      { Simplified: '爸爸|爸', Pinyin: 'bàba|bà', Level: '1' },
      { Simplified: '阿拉伯语', Pinyin: 'Ālābóyǔ', Level: '7-9' },
      { Simplified: '坏', Pinyin: 'huài', Level: 'x' },
    ]);
    expect(hsk.get('行')).toEqual({ level: 1, readings: { xing2: 1, hang2: 3 } });
    expect(hsk.get('爸爸')).toEqual({ level: 1, readings: { baba4: 1 } });
    expect(hsk.get('爸')?.readings).toEqual({ ba4: 1 });
    expect(hsk.get('阿拉伯语')).toEqual({ level: 7, readings: { alaboyu1123: 7 } });
    expect(hsk.has('坏')).toBe(false);
  });
});

describe('packDictionary', () => {
  const packed = packDictionary(parseCedict(excerptText), new Map(), { date: '2026-09-10' });

  it('writes a header, headwords in code-unit order, then the traditional forms', () => {
    const lines = packed.trimEnd().split('\n');
    expect(lines[0]).toBe(`${PACK_MAGIC}\tentries=73\tmaxlen=3\tdate=2026-09-10`);
    const split = lines.indexOf('#traditional');
    const heads = lines.slice(1, split).map((line) => line.split('\t')[0] ?? '');
    expect(heads).toEqual([...heads].sort());
    expect(lines.slice(split + 1)).toContain('環境\t环境');
    expect(lines.slice(split + 1).some((line) => line.startsWith('环'))).toBe(false);
  });

  it('refuses text that is not a packed dictionary', () => {
    expect(() => createDictionary('hello\n')).toThrow(/npm run data/);
  });

  it('keeps tabs and newlines in the source from breaking a line', () => {
    const odd = packDictionary([
      {
        traditional: '甲',
        simplified: '甲',
        pinyinNumbered: 'jia3',
        senses: ['first\tof ten', 'armour\nshell'],
      },
    ]);
    expect(createDictionary(odd).lookup('甲').entries[0]?.senses).toEqual(['first of ten', 'armour shell']);
  });
});

describe('createLineIndex', () => {
  const text = 'a\t1\nab\t2\nab\t3\nb\t4\n';
  const index = createLineIndex(text, 0, text.length);

  it('finds every line of a key, and only whole keys', () => {
    expect(index.find('ab')).toEqual(['ab\t2', 'ab\t3']);
    expect(index.find('a')).toEqual(['a\t1']);
    expect(index.has('abc')).toBe(false);
    expect(index.has('')).toBe(false);
    expect(index.find('c')).toEqual([]);
  });
});

describe('chunkPacked', () => {
  const packed = packDictionary(parseCedict(excerptText));

  it('cuts the big first characters by two characters, and a chunked lookup matches the whole text', async () => {
    const { header, chunks, split } = chunkPacked(packed, 200);
    expect(split).toContain('中');
    expect(
      chunks
        .get('s中')
        ?.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['中', '中', '中']);
    expect([...chunks.keys()].filter((id) => id.startsWith('s中')).length).toBeGreaterThan(1);
    const chunked = createChunkedDictionary(
      header,
      chunkOfSplit(new Set(split)),
      async (ids) => new Map(ids.map((id) => [id, chunks.get(id)])),
    );
    const whole = createDictionary(packed);
    const words = ['中', '中和', '中和剂', '環境', '台', '着', '两高', '碳达峰'];
    expect(await chunked.lookupMany(words)).toEqual(words.map((w) => whole.lookup(w)));
    expect(await chunked.lookupAt('中和', 0)).toEqual(whole.lookupAt('中和', 0));
  });

  it('can be run in steps of a few lines (the worker answers readers between them), to the same chunks', () => {
    const steps = chunkPackedSteps(packed, 200, 5);
    let paused = 0;
    let step = steps.next();
    while (!step.done) {
      paused++;
      step = steps.next();
    }
    const lines = packed.split('\n').length;
    // Two passes over the lines and one over the chunks, five lines a step.
    expect(paused).toBeGreaterThanOrEqual(Math.floor((2 * (lines - 10)) / 5));
    expect(step.value).toEqual(chunkPacked(packed, 200));
  });
});
