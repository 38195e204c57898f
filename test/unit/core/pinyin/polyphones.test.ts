/** Polyphones in the full pipeline (segmentation, word readings, overrides, g2pM), as hover and inline mode read them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotator } from '@/core/annotator';
import { plainCore } from '../core-setup';

let annotator: Annotator;
beforeAll(async () => {
  annotator = (await plainCore()).annotator;
}, 60_000);

const pinyinOf = (text: string) =>
  annotator
    .annotate(text)
    .map((t) => t.pinyin)
    .filter(Boolean)
    .join(' ');

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
