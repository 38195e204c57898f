/** Polyphones in the full pipeline (segmentation, word readings, overrides, g2pM), as hover and inline mode read them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { plainCore } from '../core-setup';

let annotator: Annotator;
// Not a wait for slowness: run alone after an edit, this hook first builds the data files it reads
// (public/data, the lexicon step alone 7-46 s); under `npm test` the data step has built them already.
beforeAll(async () => {
  annotator = (await plainCore()).annotator;
}, 60_000);

const pinyinOf = (text: string) =>
  annotator
    .annotate(text)
    .map((t) => t.pinyin)
    .filter(Boolean)
    .join(' ');

/** The tone-marked syllable of every occurrence of `char` in `text`, in order. */
const readingsOf = (text: string, char: string) =>
  annotator.annotate(text).flatMap((t) => {
    const syllables = t.pinyin.split(' ');
    return [...t.text].flatMap((c, k) => (c === char ? [syllables[k]] : []));
  });

describe('pinyin with the polyphone model', () => {
  it.each([
    ['银行行长', 'yín háng háng zhǎng'],
    ['长大', 'zhǎng dà'],
    ['重庆', 'chóng qìng'],
    ['行不行', 'xíng bù xíng'],
  ])('%s → %s', (text, expected) => {
    expect(pinyinOf(text)).toBe(expected);
  });

  it('reads polyphones from their sentence where no word decides', () => {
    expect(pinyinOf('他为人民服务。')).toBe('tā wèi rén mín fú wù');
    expect(pinyinOf('这个计划的目的是什么？')).toContain('mù dì');
  });

  it('reads 为 as wèi where it opens a clause or follows 并/或者/应当 (policy prose), else leaves it to the model', () => {
    const text =
      '为进一步提升生态环境质量，为民办实事。以煤为主的能源结构。为加快推进绿色低碳发展，特制定本办法。' +
      '本办法所称重点排放单位为年排放量达到标准的单位。';
    expect(readingsOf(text, '为')).toEqual(['wèi', 'wèi', 'wéi', 'wèi', 'wéi']);
    expect(readingsOf('有关部门应当为举报人保密，并为企业提供服务。', '为')).toEqual(['wèi', 'wèi']);
    expect(readingsOf('第一条 为保护和改善环境，制定本条例。', '为')).toEqual(['wèi']);
    expect(readingsOf('以绿色发展为导向，许可证有效期为五年，两个机构合并为一个。', '为')).toEqual([
      'wéi',
      'wéi',
      'wéi',
    ]);
  });

  it('keeps reviewed overrides above the model (news words g2pM, trained on encyclopedia text, misreads)', () => {
    expect(pinyinOf('能耗强度同比不降反升')).toContain('bù jiàng fǎn shēng');
    expect(pinyinOf('能耗强度降低率未达到进度要求')).toContain('jiàng dī lǜ');
  });

  it('keeps erhua, neutral tones, tone sandhi and non-Chinese text', () => {
    expect(pinyinOf('你去哪儿了？')).toBe('nǐ qù nǎ r le');
    expect(pinyinOf('我的朋友')).toBe('wǒ de péng you');
    expect(pinyinOf('一个不对')).toBe('yí gè bú duì');
    const tokens = annotator.annotate('PM2.5浓度下降了20%');
    expect(tokens.filter((t) => !t.zh).map((t) => t.pinyin)).toEqual(
      tokens.filter((t) => !t.zh).map(() => ''),
    );
    expect(tokens.map((t) => t.text).join('')).toBe('PM2.5浓度下降了20%');
  });
});
