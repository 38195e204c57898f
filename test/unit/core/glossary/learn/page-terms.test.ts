/**
 * Terms learned from one page (core/glossary/learn/page-terms.ts) on paragraphs written here, cut into
 * reading units by hand the way the segmenter cuts a compound no lexicon knows (碳效|码).
 */
import { describe, expect, it } from 'vitest';
import {
  findPageTerms,
  pageTermMinCount,
  pageTermSteps,
  withPageTerms,
} from '@/core/glossary/learn/page-terms';
import { UNIT_FREE } from '@/core/segment/composed-units';
import { UNIT_FUNCTION, UNIT_LEXICON, UNIT_VERB } from '@/core/segment/unit-kinds';
import type { Token } from '@/core/types';
import { cutTokens as paragraph } from '../../../cut-tokens';

/** A page where 碳效|码 recurs three times among other words, and 的|是 recurs as often, in prose. */
const PAGE = [
  '湖州|推出|企业|碳效|码|，|帮助|银行|识别|高耗能|企业|。',
  '问题|的|是|资金|，|获得|碳效|码|的|企业|可以|申请|贷款|。',
  '目前|，|碳效|码|已|覆盖|全市|工业|企业|，|关键|的|是|数据|。',
  '重要|的|是|标准|，|绿色|金融|支持|低碳|转型|。',
].map(paragraph);

const terms = (paragraphs: Token[][], minCount?: number) =>
  findPageTerms(paragraphs, minCount === undefined ? {} : { minCount }).map((t) => t.term);

describe('terms learned from the page', () => {
  it('finds a compound the page repeats three times, with its words and count', () => {
    const found = findPageTerms(PAGE);
    expect(found).toContainEqual({ term: '碳效码', parts: ['碳效', '码'], count: 3 });
  });

  it('leaves out a frequent phrase of function words and runs seen fewer times', () => {
    const found = terms(PAGE);
    expect(found).not.toContain('的是');
    expect(found.some((t) => t.includes('的'))).toBe(false);
    expect(terms(PAGE.slice(0, 2))).toEqual([]); // 碳效码 twice only
  });

  it('leaves out a repeated phrase of whole words (its words explain it)', () => {
    const phrase = ['甲|项目|盲目|发展|乙', '丙|项目|盲目|发展|丁', '戊|项目|盲目|发展|己'].map(paragraph);
    expect(terms([...PAGE, ...phrase])).not.toContain('项目盲目发展');
    // The same run with a one-character part is a compound the words do not explain.
    const bound = phrase.map((p) => p.map((t) => (t.text === '发展' ? { ...t, text: '展' } : t)));
    expect(terms([...PAGE, ...bound])).toContain('项目盲目展');
  });

  it('leaves out a run always followed by the same word: a fragment of a longer phrase', () => {
    const page = ['甲|碳效|码|评价|乙', '丙|碳效|码|评价|丁', '戊|碳效|码|评价|己'].map(paragraph);
    // 碳效码 is always followed by 评价: its right neighbours never vary.
    expect(terms(page)).not.toContain('碳效码');
  });

  it('never joins a policy-glossary term into a longer one', () => {
    const page = PAGE.map((p) => p.map((t) => (t.text === '码' ? { ...t, glossaryId: '码' } : t)));
    expect(terms(page)).not.toContain('碳效码');
  });

  it('asks for more repetitions on a longer page', () => {
    expect(pageTermMinCount(2_000)).toBe(3);
    expect(pageTermMinCount(20_000)).toBe(3);
    expect(pageTermMinCount(40_000)).toBe(4);
    expect(pageTermMinCount(100_000)).toBe(5);
  });

  it('gives the same answer when it pauses after every run', () => {
    const steps = pageTermSteps(PAGE, { pause: () => true });
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(PAGE.length);
    expect(step.value).toEqual(findPageTerms(PAGE));
  });
});

describe("terms of two whole words, when the words' classes are known", () => {
  // Classes as the unit trie gives them (segmentit's tags): verbs only, function words only.
  const VERBS = new Set(['监测', '批准', '处置', '建立', '公布']);
  const FUNCTION = new Set(['其', '已经']);
  const LEXICON = new Set(['生态补偿']);
  const wordFlags = (word: string) =>
    (VERBS.has(word) ? UNIT_VERB : 0) |
    (FUNCTION.has(word) ? UNIT_FUNCTION : 0) |
    (LEXICON.has(word) ? UNIT_LEXICON : 0);
  /** Three paragraphs repeating `run` (words cut by '|') between different neighbours. */
  const repeated = (run: string) =>
    [`城市|${run}|，|每年|更新`, `各区|编制|${run}|。`, `公开|${run}|的|结果|。`].map(paragraph);
  const learned = (run: string, classes = wordFlags) =>
    findPageTerms([...PAGE, ...repeated(run)], { wordFlags: classes }).map((t) => t.term);

  it.each([
    // Two nouns the page repeats as one thing.
    ['噪声|地图', true],
    ['声环境|功能区', true],
    // A verb and its object, a noun and its verb, a function word inside, three whole words.
    ['监测|水质', false],
    // Two verbs: one coordinate compound.
    ['监测|处置', true],
    ['部门|批准', false],
    ['报告|其|数据', false],
    ['城市|噪声|地图', false],
    // A domain-lexicon term with a head put to it: the term keeps its own entry.
    ['生态补偿|机制', false],
  ])('%s on the page three times → learned: %s', (run, expected) => {
    expect(learned(run).includes(run.replaceAll('|', ''))).toBe(expected);
  });

  it('leaves out a known unit with a free head after it, which the page also uses alone (a phrase on it)', () => {
    const alone = ['治理|声环境|，|每年|检查', '改善|声环境|。', '声环境|质量|下降|。'].map(paragraph);
    const page = [...PAGE, ...repeated('声环境|规划'), ...alone];
    const free = (word: string) => wordFlags(word) | (word === '规划' ? UNIT_FREE : 0);
    expect(findPageTerms(page, { wordFlags }).map((t) => t.term)).toContain('声环境规划');
    expect(findPageTerms(page, { wordFlags: free }).map((t) => t.term)).not.toContain('声环境规划');
  });

  it('learns a noun and a verb the page uses as a noun (a head noun or a list after it), not a subject and its verb', () => {
    const free = (word: string) => wordFlags(word) | (word === '机构' ? UNIT_FREE : 0);
    const page = (paragraphs: string[]) =>
      findPageTerms([...PAGE, ...paragraphs.map(paragraph)], { wordFlags: free }).map((t) => t.term);
    // 噪声|监测 before a head noun twice and in a list once: one compound noun.
    const nominal = [
      '设立|噪声|监测|机构|。',
      '各区|噪声|监测|机构|负责|。',
      '加强|噪声|监测|和|水质|检测|。',
    ];
    expect(page(nominal)).toContain('噪声监测');
    // A subject and its verb, followed by the verb's objects.
    const clause = ['上级|部门|批准|方案|。', '各区|部门|批准|规划|。', '由|部门|批准|名录|。'];
    expect(page(clause)).not.toContain('部门批准');
    // The verb's object a head noun once only: still a clause.
    expect(page(['上级|部门|批准|机构|。', '各区|部门|批准|规划|。', '由|部门|批准|名录|。'])).not.toContain(
      '部门批准',
    );
  });

  it('learns two whole words only when the classes are known', () => {
    expect(terms([...PAGE, ...repeated('噪声|地图')])).not.toContain('噪声地图');
  });

  it('still learns a run with a one-character part, but none holding a function word', () => {
    expect(learned('碳效|码')).toContain('碳效码');
    expect(learned('建立|其|码')).not.toContain('建立其码');
  });
});

describe('names of whole words the page keeps repeating, when the classes are known', () => {
  const VERBS = new Set(['监测', '建立', '健全', '治理']);
  const LEXICON = new Set(['生态补偿', '建立健全']);
  const wordFlags = (word: string) =>
    (VERBS.has(word) ? UNIT_VERB : 0) | (LEXICON.has(word) ? UNIT_LEXICON : 0);
  const LEFT = ['城市', '各区', '公开', '山区', '沿海', '今年', '北方', '南方'];
  const RIGHT = ['年报', '名单', '范围', '清单', '总则', '细则', '附件', '目录'];
  /** `times` paragraphs repeating `run` between different neighbours. */
  const repeated = (run: string, times: number) =>
    Array.from({ length: times }, (_, i) => paragraph(`${LEFT[i]}|${run}|${RIGHT[i]}|。`));
  const learned = (run: string, times: number) =>
    findPageTerms([...PAGE, ...repeated(run, times)], { wordFlags }).map((t) => t.term);

  it.each([
    // Three whole words, and a lexicon term with a scope word or a head put to it: names, when repeated.
    ['湖滨|噪声|地图', 6, true],
    ['省域|生态补偿', 6, true],
    ['生态补偿|协调|小组', 6, true],
    // The same a few times only: a modifier or a head put to words in passing.
    ['湖滨|噪声|地图', 5, false],
    ['省域|生态补偿', 3, false],
    // A verb and its object, a subject and its verb, however often.
    ['监测|湖滨|噪声', 8, false],
    ['湖滨|噪声|治理', 8, false],
    ['水务|部门|建立健全', 8, false],
  ])('%s on the page %i times → learned: %s', (run, times, expected) => {
    expect(learned(run, times).includes(run.replaceAll('|', ''))).toBe(expected);
  });

  it('leaves out a known unit with a word put to it when the page mostly uses the unit on its own', () => {
    const alone = (run: string) =>
      ['河口', '湖心', '坝下', '桥头', '港区', '林区', '牧区', '矿区'].map((w) =>
        paragraph(`${w}|${run}|。`),
      );
    // 生态补偿 (a lexicon term) on its own eight times beside 省域|生态补偿 six times.
    const lexicon = [...PAGE, ...repeated('省域|生态补偿', 6), ...alone('生态补偿')];
    expect(findPageTerms(lexicon, { wordFlags }).map((t) => t.term)).not.toContain('省域生态补偿');
    // 噪声|地图 (a term the page learns) on its own eight times beside 湖滨|噪声|地图 six times (on a page
    // long enough that a run of 14 occurrences is not most of it).
    const page = [...PAGE, ...PAGE, ...repeated('湖滨|噪声|地图', 6), ...alone('噪声|地图')];
    const found = findPageTerms(page, {
      wordFlags,
    }).map((t) => t.term);
    expect(found).toContain('噪声地图');
    expect(found).not.toContain('湖滨噪声地图');
  });

  it('asks a name for twice the recurrence the page asks of a run', () => {
    const page = [...PAGE, ...repeated('湖滨|噪声|地图', 4)];
    expect(findPageTerms(page, { wordFlags, minCount: 2 }).map((t) => t.term)).toContain('湖滨噪声地图');
    expect(findPageTerms(page, { wordFlags, minCount: 3 }).map((t) => t.term)).not.toContain('湖滨噪声地图');
  });
});

describe('keeping the longest of nested terms', () => {
  it('keeps a term whose text is inside a longer term but not as its words', () => {
    // 碳效|码 three times on its own, 高|碳效码牌 three times (its second word holds the text 碳效码).
    const page = [...PAGE, ...['甲|高|碳效码牌|乙', '丙|高|碳效码牌|丁', '戊|高|碳效码牌|己'].map(paragraph)];
    const found = terms(page);
    expect(found).toContain('高碳效码牌');
    expect(found).toContain('碳效码');
  });
});

describe('joining page terms into reading units', () => {
  const term = { term: '碳效码', parts: ['碳效', '码'], count: 3 };

  it('makes each occurrence one unit with its words as parts, and leaves the rest', () => {
    const tokens = withPageTerms(PAGE[1] as Token[], [term]);
    const unit = tokens.find((t) => t.text === '碳效码');
    expect(unit).toMatchObject({ start: 9, end: 12, zh: true, pageTerm: true });
    expect(unit?.parts?.map((p) => p.text)).toEqual(['碳效', '码']);
    expect(tokens.map((t) => t.text).join('')).toBe((PAGE[1] as Token[]).map((t) => t.text).join(''));
    expect(tokens).toHaveLength((PAGE[1] as Token[]).length - 1);
  });

  it('is idempotent and joins only words side by side', () => {
    const once = withPageTerms(PAGE[0] as Token[], [term]);
    expect(withPageTerms(once, [term])).toEqual(once);
    const apart = paragraph('碳效|，|码');
    expect(withPageTerms(apart, [term])).toEqual(apart);
  });
});

describe('phrases a page repeats that are not terms (its drafting, amounts, modals, cut names)', () => {
  const VERBS = new Set(['可能', '处置', '排放']);
  const wordFlags = (word: string) => (VERBS.has(word) ? UNIT_VERB : 0) | (word === '部门' ? UNIT_FREE : 0);
  const learned = (paragraphs: string[]) =>
    findPageTerms([...PAGE, ...paragraphs.map(paragraph)], { wordFlags }).map((t) => t.term);
  /** Three paragraphs repeating `run` between different neighbours. */
  const repeated = (run: string) => [
    `城市|${run}|，|每年|更新`,
    `各区|编制|${run}|。`,
    `公开|${run}|的|结果|。`,
  ];

  it.each([
    // A one-character part is no term with a drafting verb, a locative or the particle 的 at an edge.
    ['证|规定', false],
    ['吨|以上', false],
    ['名录|中的', false],
    // A modal verb before a verb, an adverb at the end: whole words the classes read as a compound.
    ['可能|处置', false],
    ['园区|共同', false],
    // Controls: a one-character part and two nouns.
    ['洗舱|水', true],
    ['拆船|单位', true],
    // A one-character modal is also a bound morpheme of a term the segmenter leaves in parts; 优先 a noun.
    ['规划|纲|要', true],
    ['行业|协|会', true],
    ['公交|优先', true],
  ])('%s on the page three times → learned: %s', (run, expected) => {
    expect(learned(repeated(run)).includes(run.replaceAll('|', ''))).toBe(expected);
  });

  it('leaves out a run a numeral mostly comes before (第二|类|废水: a count, not a term)', () => {
    expect(
      learned([
        '执行|第一|类|废水|，|每年|更新',
        '各区|编制|第二|类|废水|。',
        '公开|第三|类|废水|的|结果|。',
      ]),
    ).not.toContain('类废水');
    expect(learned(repeated('类|废水'))).toContain('类废水');
  });

  it('leaves out a name cut before the head that always follows it, a policy term the learner reads as a break', () => {
    const page = [
      ...PAGE,
      ...[
        '城市|省|交通|主管部门|，|每年|更新',
        '各区|编制|省|交通|主管部门|。',
        '公开|省|交通|主管部门|的|结果|。',
      ].map(paragraph),
    ].map((words) => words.map((w) => (w.text === '主管部门' ? { ...w, glossaryId: 'g1' } : w)));
    expect(findPageTerms(page, { wordFlags }).map((t) => t.term)).not.toContain('省交通');
    const varied = ['城市|省|交通|，|每年|更新', '各区|编制|省|交通|。', '公开|省|交通|的|结果|。'];
    expect(learned(varied)).toContain('省交通');
  });

  it('leaves out a run the page also writes whole with a head, and otherwise only before a shared head (省|财政、…部门)', () => {
    const cut = ['城市|省|财政|、|价格|部门', '各区|编制|省|财政|、|税务|部门', '公开|省|财政|、|物价|部门'];
    expect(learned(cut)).toContain('省财政');
    expect(learned([...cut, '由|省财政部门|负责|。'])).not.toContain('省财政');
  });
});
