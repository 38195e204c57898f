import { describe, expect, it } from 'vitest';
import {
  enumerationTerms,
  formulaTerms,
  glossedTerms,
  measuredTerms,
  quotedTerms,
  reformedTerms,
  type SignalContext,
  titleSpans,
} from '@/core/glossary/learn/policy-signals';

// A tiny word list stands in for the segmenter: longest match, single characters otherwise.
const WORDS = [
  '做好',
  '结构',
  '技术',
  '管理',
  '节能',
  '依法',
  '严格',
  '问责',
  '终身',
  '追责',
  '标准',
  '执法',
  '垂直',
  '制度',
  '交流',
  '原则',
  '范围',
];
function tokens(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const word = WORDS.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
    out.push(word ?? text.charAt(i));
    i += word?.length ?? 1;
  }
  return out;
}
const context: SignalContext = { tokens, common: (word) => word === '交流' };

describe('policy-writing signals', () => {
  it('finds quoted terms and tells numbered formulas apart', () => {
    const hits = quotedTerms('坚决遏制“两高”项目，坚持全国“一盘棋”，热线“12345”，按照“优秀、良好”等次');
    expect(hits.filter((h) => h.signal === 'quoted').map((h) => h.term)).toEqual(['两高', '一盘棋']);
    expect(hits.filter((h) => h.signal === 'numbered').map((h) => h.term)).toEqual(['两高']);
    expect(quotedTerms('石家庄市“五个机制”').map((h) => h.signal)).toEqual(['quoted', 'numbered']);
  });

  it('finds formulas written without quotes', () => {
    expect(formulaTerms('碳达峰碳中和1+N政策体系').map((h) => h.term)).toEqual(['1+N']);
  });

  it('finds enumerated term families, cutting the first item at a word boundary', () => {
    const hits = enumerationTerms('没有扎实做好结构节能、技术节能、管理节能，而是', context);
    const enumerated = hits.filter((h) => h.signal === 'enumerated').map((h) => h.term);
    expect(enumerated).toEqual(['结构节能', '技术节能', '管理节能']);
  });

  it('sees a family in items that share the head after a trimmed item (严格问责、终身追责)', () => {
    const hits = enumerationTerms('对造成破坏的依纪依法严格问责、终身追责。', context);
    expect(hits.map((h) => h.term)).toContain('终身追责');
  });

  it('treats siblings sharing an everyday word as a plain list', () => {
    const hits = enumerationTerms('提出了交流原则、交流范围、交流条件', context);
    expect(hits.some((h) => h.signal === 'enumerated')).toBe(false);
    expect(new Set(hits.filter((h) => h.signal === 'parallel-list').map((h) => h.term))).toEqual(
      new Set(['交流原则', '交流范围', '交流条件']),
    );
  });

  it('splits items that share a middle and a head (超低能耗、近零能耗建筑)', () => {
    const terms = enumerationTerms('探索超低能耗、近零能耗建筑建设。', context).map((h) => h.term);
    expect(terms).toContain('超低能耗');
    expect(terms).toContain('近零能耗');
  });

  it('finds measured quantities, reformed systems, glosses and titles', () => {
    expect(measuredTerms('减少新增用能需求2.7亿吨标准煤，', context).map((h) => h.term)).toEqual(['标准煤']);
    expect(reformedTerms('在监测监察执法垂直管理制度改革中', context).map((h) => h.term)).toEqual([
      '垂直管理',
    ]);
    const glossed = glossedTerms('生态环境状况指数（EI）提升，出台《纲要》（以下简称《纲要》）');
    expect(glossed.endsBefore).toEqual(['生态环境状况指数'.length]);
    expect(glossed.hits.map((h) => h.term)).toEqual(['纲要']);
    const sentence = '发布《上海市公共机构低碳行动倡议书》。';
    const [span] = titleSpans(sentence);
    expect(span && sentence.slice(span.start, span.end)).toBe('上海市公共机构低碳行动倡议书');
  });
});
