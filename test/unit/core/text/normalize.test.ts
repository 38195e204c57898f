import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, normalizeBlocks, normalizeText, toArticles } from '@/core/text/normalize';

describe('normalizeText', () => {
  it('joins column lines of one paragraph without separators', () => {
    expect(normalizeText('倡导绿色发展，肩负节能工\n作责任。带头执行节能法规标\n准。')).toEqual([
      '倡导绿色发展，肩负节能工作责任。带头执行节能法规标准。',
    ]);
  });

  it('rejoins a word broken across a blank line when the sentence has not ended', () => {
    const raw =
      '《纲要》明确，到2022年，\n全面消除城市建成区黑臭水\n\n体，建成区绿化覆盖率和绿地\n率达到40.20%。';
    expect(normalizeText(raw)).toEqual([
      '《纲要》明确，到2022年，全面消除城市建成区黑臭水体，建成区绿化覆盖率和绿地率达到40.20%。',
    ]);
    const raw2 = '提出了长江水生态修复、蓝天\n保卫战、碧水保\n\n卫战、净土保卫战等四大重点\n工程。';
    expect(normalizeText(raw2)).toEqual([
      '提出了长江水生态修复、蓝天保卫战、碧水保卫战、净土保卫战等四大重点工程。',
    ]);
  });

  it('keeps a blank line as a paragraph break after a finished sentence', () => {
    expect(normalizeText('第一段结束了。\n\n第二段开始，\n然后结束。')).toEqual([
      '第一段结束了。',
      '第二段开始，然后结束。',
    ]);
  });

  it('removes OCR spacing between characters but keeps Latin and number runs intact', () => {
    expect(collapseSpaces('组 织 在 低 碳 行 动 上 要 做 到 5 个')).toBe('组织在低碳行动上要做到5个');
    expect(collapseSpaces('召开 2021 年石家庄市')).toBe('召开2021年石家庄市');
    expect(collapseSpaces('全市 PM2.5、PM10 月均浓度')).toBe('全市PM2.5、PM10月均浓度');
    expect(collapseSpaces('“1+4”问 责 机 制（试')).toBe('“1+4”问责机制（试');
    expect(collapseSpaces('the Paris Agreement 巴黎协定')).toBe('the Paris Agreement巴黎协定');
  });

  it('joins a broken word when the line ends in a number or Latin run', () => {
    expect(
      normalizeText('前文结束。\n\n主要对各县（市、区）PM10\n\n排名情况、降尘量达标情\n况进行量化考核。'),
    ).toEqual(['前文结束。', '主要对各县（市、区）PM10排名情况、降尘量达标情况进行量化考核。']);
    expect(normalizeText('尽快出台 2030 年前碳达峰行动方案，\n坚持全国“一盘棋”。')).toEqual([
      '尽快出台2030年前碳达峰行动方案，坚持全国“一盘棋”。',
    ]);
  });

  it('keeps a wrapped subheading whole and separates headline and deck', () => {
    const raw = [
      '上一篇文章结束。',
      '',
      '尽快出台2030年前碳达峰',
      '行动方案',
      '',
      '力争2030年前实现碳达峰。',
      '',
      '上海发布公共机构低碳行动倡议书',
      '努力形成全面广泛的绿色生产生活方式',
      '',
      '◆本报记者张铭贤',
    ].join('\n');
    expect(normalizeBlocks(raw)).toEqual([
      { kind: 'body', text: '上一篇文章结束。' },
      { kind: 'heading', text: '尽快出台2030年前碳达峰行动方案' },
      { kind: 'body', text: '力争2030年前实现碳达峰。' },
      { kind: 'heading', text: '上海发布公共机构低碳行动倡议书' },
      { kind: 'heading', text: '努力形成全面广泛的绿色生产生活方式' },
      { kind: 'byline', text: '◆本报记者张铭贤' },
    ]);
  });

  it('does not mistake a short body block ending mid-sentence for a headline', () => {
    const raw = '前文结束。\n\n约谈强调，企业环境信用\n评价是社会信用体系建设的\n\n重要组成部分。';
    expect(normalizeText(raw)).toEqual([
      '前文结束。',
      '约谈强调，企业环境信用评价是社会信用体系建设的重要组成部分。',
    ]);
  });

  it('splits datelines and signatures from the text they are printed with', () => {
    expect(normalizeBlocks('本报讯青海省生态环境厅\n近日召开约谈会。')).toEqual([
      { kind: 'byline', text: '本报讯' },
      { kind: 'body', text: '青海省生态环境厅近日召开约谈会。' },
    ]);
    expect(normalizeBlocks('不断提高工作质效。 夏连琪')).toEqual([
      { kind: 'body', text: '不断提高工作质效。' },
      { kind: 'byline', text: '夏连琪' },
    ]);
  });

  it('handles Windows line ends, a BOM and empty input', () => {
    expect(normalizeText('\uFEFF第一句。\r\n\r\n第二句。\r\n')).toEqual(['第一句。', '第二句。']);
    expect(normalizeText('')).toEqual([]);
    expect(normalizeText('\n\n  \n')).toEqual([]);
  });
});

describe('normalizeText on text that is not column-set', () => {
  it('keeps one paragraph per line when lines are paragraphs (web pages, documents)', () => {
    const raw = [
      '国家发展改革委：坚决遏制“两高”项目盲目发展',
      '',
      '8月17日，国家发展改革委新闻发言人孟玮在例行发布会上指出，今年以来，各地区各部门积极推进碳达峰碳中和相关工作，取得了一定成效。',
      '但在工作中确实出现了有些地方、行业、企业的工作着力点有所“跑偏”，采取的行动措施不符合先立后破的要求。',
    ].join('\n');
    const blocks = normalizeBlocks(raw);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'body', 'body']);
    expect(blocks[2]?.text.startsWith('但在工作中')).toBe(true);
  });
});

describe('toArticles', () => {
  const page = [
    '本报记者甲北京报道 第一篇的第一段，',
    '折行继续。',
    '',
    '第一篇的小标题',
    '',
    '第一篇的第二段。',
    '',
    '第一篇的标题',
    '第一篇的副题',
    '',
    '◆本报记者乙',
    '',
    '第二篇正文。',
    '',
    '第二篇标题在后面',
    '第二篇副题',
  ].join('\n');

  it('attaches each headline printed after its article to that article', () => {
    const articles = toArticles(page, 'page.txt');
    expect(articles.map((article) => article.title)).toEqual(['第一篇的标题', '第二篇标题在后面']);
    expect(articles[0]?.paragraphs).toEqual([
      '第一篇的副题',
      '第一篇的第一段，折行继续。',
      '第一篇的小标题',
      '第一篇的第二段。',
    ]);
    expect(articles[1]).toEqual({
      title: '第二篇标题在后面',
      paragraphs: ['第二篇副题', '第二篇正文。'],
      source: 'page.txt',
    });
  });

  it('falls back to the first sentence when an article has no headline', () => {
    const [article] = toArticles('这是没有标题的文章。第二句。');
    expect(article?.title).toBe('这是没有标题的文章');
    expect(article?.source).toBe('');
  });
});

describe('the seed page', () => {
  const seed = readFileSync('seeds/000_5b13465c4fe18702.txt', 'utf8');

  it('recovers the words OCR broke across lines and blank lines', () => {
    const text = normalizeText(seed).join('\n');
    for (const word of [
      '黑臭水体',
      '碧水保卫战',
      '碳达峰行动方案',
      '组织在低碳行动',
      '异地任职交流',
      'PM2.5月均浓度',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
    expect(text).toContain('40.20%和36.15%');
  });

  it('finds the articles and gives each the headline printed after it', () => {
    const titles = toArticles(seed, 'seed').map((article) => article.title);
    expect(titles).toContain('上海发布公共机构低碳行动倡议书');
    expect(titles).toContain('各分局局长异地任职，空气质量量化问责');
    expect(titles).toContain('企业环境信用评价存在问题');
    expect(titles.at(-1)).toBe('武汉加快打造国家生态文明建设示范市');
    for (const article of toArticles(seed, 'seed')) {
      expect(article.source).toBe('seed');
      expect(article.paragraphs.length).toBeGreaterThan(0);
      expect(article.paragraphs.join('')).not.toMatch(/^◆|本报记者/u);
    }
  });
});
