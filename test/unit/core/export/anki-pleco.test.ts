import { describe, expect, it } from 'vitest';
import { toAnki } from '@/core/export/anki';
import { toPleco } from '@/core/export/pleco';
import type { SavedContext } from '@/core/export/types';
import { plainTerm } from './arbitraries';

const hostile = {
  ...plainTerm(1),
  term: '双控',
  pinyin: 'shuāng kòng',
  english: 'dual control <script>alert(1)</script>',
  category: 'mechanism',
  tags: ['exam prep', 'energy'],
  note: 'line 1\nline\t2',
  contexts: [
    {
      sentence: '推动能耗双控逐步转向碳排放双控 & <b>',
      pageTitle: '国务院 "通知"',
      url: 'https://www.gov.cn/a?x=1&y=2',
      savedAt: 1,
    },
  ],
};

describe('Anki export', () => {
  const text = toAnki([hostile, { ...plainTerm(2), term: '#井', contexts: [] }]);
  const lines = text.split('\n');

  it('starts with the header lines Anki reads', () => {
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Hanzi\tPinyin\tEnglish\tSentence\tSource\tNote\tTags',
      '#tags column:7',
    ]);
  });

  it('bolds the term in the sentence and escapes everything else', () => {
    const fields = lines[4]?.split('\t') ?? [];
    expect(fields).toHaveLength(7);
    expect(fields[2]).toBe('dual control &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(fields[3]).toBe('推动能耗<b>双控</b>逐步转向碳排放<b>双控</b> &amp; &lt;b&gt;');
    expect(fields[4]).toBe('<a href="https://www.gov.cn/a?x=1&amp;y=2">国务院 &quot;通知&quot;</a>');
    expect(fields[5]).toBe('line 1<br>line 2');
    expect(fields[6]).toBe('tanci exam_prep energy tanci::mechanism');
  });

  it('keeps one note per line and never starts a note line with "#"', () => {
    expect(lines).toHaveLength(4 + 2 + 1);
    expect(lines[5]?.startsWith('&#35;井\t')).toBe(true);
  });

  it('links only web pages', () => {
    const js = {
      ...hostile,
      contexts: [{ ...(hostile.contexts[0] as SavedContext), url: 'javascript:alert(1)' }],
    };
    expect(toAnki([js])).not.toContain('<a ');
  });
});

describe('Pleco export', () => {
  it('writes a category line, then one card per line with tab-separated fields', () => {
    const text = toPleco([hostile, plainTerm(2), { ...plainTerm(3), category: 'target' }]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('//Tanci/Mechanism');
    expect(lines[1]).toBe(
      '双控\tshuāng kòng\tdual control <script>alert(1)</script>\uEAB1line 1\uEAB1line 2\uEAB1推动能耗双控逐步转向碳排放双控 & <b>',
    );
    expect(lines[2]).toBe('//Tanci/Saved');
    expect(lines[3]?.split('\t')[0]).toBe('词2');
    expect(lines[4]).toBe('//Tanci/Target');
    expect(lines).toHaveLength(6);
  });
});
