/**
 * What environmental, energy and governance policy writing is made of: the heads its terms end in
 * (…保卫战, …问责, …浓度, …分局), the modifiers they start with (碳…, 绿色…, 能耗…), and the
 * closed classes a reader always needs (pollutants). These are morphemes of the field, not terms from
 * any one corpus: a term learned from new text still has to be found and scored by the learner.
 * Each head carries the category a term ending in it most often has.
 *
 * No term of an evaluation list (the seed's, ../shared/gold/seed-policy-terms.tsv) may be named here: a
 * list that names the answers makes the seed figures say nothing about text the learner has not seen.
 */
import type { GlossaryCategory } from '../../types';

/** Term endings → category. Longer endings win (…管理局 is an institution, …管理 a mechanism). */
export const DOMAIN_HEADS: ReadonlyMap<string, GlossaryCategory> = new Map<string, GlossaryCategory>([
  // targets
  ['达峰', 'target'],
  ['中和', 'target'],
  ['减排', 'target'],
  ['降碳', 'target'],
  ['减碳', 'target'],
  ['脱碳', 'target'],
  // metrics
  ['强度', 'metric'],
  ['浓度', 'metric'],
  ['指数', 'metric'],
  ['覆盖率', 'metric'],
  ['处理率', 'metric'],
  ['利用率', 'metric'],
  ['达标率', 'metric'],
  ['处置率', 'metric'],
  ['降低率', 'metric'],
  ['排放量', 'metric'],
  ['消耗量', 'metric'],
  ['总量', 'metric'],
  ['当量', 'metric'],
  ['限额', 'metric'],
  ['限值', 'metric'],
  ['排放标准', 'metric'],
  ['能效', 'metric'],
  ['优良天数', 'metric'],
  // pollutants and wastes
  ['废物', 'pollutant'],
  ['废水', 'pollutant'],
  ['废气', 'pollutant'],
  ['废渣', 'pollutant'],
  ['水体', 'pollutant'],
  ['颗粒物', 'pollutant'],
  ['污染物', 'pollutant'],
  ['烟尘', 'pollutant'],
  ['粉尘', 'pollutant'],
  ['油烟', 'pollutant'],
  ['温室气体', 'pollutant'],
  ['有机物', 'pollutant'],
  ['二氧化硫', 'pollutant'],
  ['氮氧化物', 'pollutant'],
  ['二氧化碳', 'pollutant'],
  ['污泥', 'pollutant'],
  ['恶臭', 'pollutant'],
  ['雾霾', 'pollutant'],
  ['垃圾', 'pollutant'],
  // campaigns
  ['保卫战', 'campaign'],
  ['攻坚战', 'campaign'],
  ['示范市', 'campaign'],
  ['示范区', 'campaign'],
  ['专项行动', 'campaign'],
  ['行动计划', 'campaign'],
  ['绿化', 'campaign'],
  // institutions
  ['管理局', 'institution'],
  ['生态环境部', 'institution'],
  ['分局', 'institution'],
  ['机构', 'institution'],
  ['委员会', 'institution'],
  ['改革委', 'institution'],
  ['发展改革委', 'institution'],
  ['执法大队', 'institution'],
  ['主管部门', 'institution'],
  ['能源局', 'institution'],
  // mechanisms
  ['机制', 'mechanism'],
  ['制度', 'mechanism'],
  ['责任', 'mechanism'],
  ['问责', 'mechanism'],
  ['追责', 'mechanism'],
  ['审查', 'mechanism'],
  ['评价', 'mechanism'],
  ['考核', 'mechanism'],
  ['督察', 'mechanism'],
  ['督查', 'mechanism'],
  ['许可', 'mechanism'],
  ['处罚', 'mechanism'],
  ['奖励', 'mechanism'],
  ['监管', 'mechanism'],
  ['批评', 'mechanism'],
  ['任职', 'mechanism'],
  ['监控', 'mechanism'],
  ['运维', 'mechanism'],
  ['交易', 'mechanism'],
  ['补偿', 'mechanism'],
  ['核查', 'mechanism'],
  ['备案', 'mechanism'],
  ['登记', 'mechanism'],
  // practices
  ['执法', 'practice'],
  ['监测', 'practice'],
  ['采购', 'practice'],
  ['分类', 'practice'],
  ['节能', 'practice'],
  ['节水', 'practice'],
  ['治理', 'practice'],
  ['整治', 'practice'],
  ['处置', 'practice'],
  ['修复', 'practice'],
  ['回收', 'practice'],
  ['循环利用', 'practice'],
  ['综合利用', 'practice'],
  ['改造', 'practice'],
  ['替代', 'practice'],
  ['封存', 'practice'],
  // documents
  ['行动方案', 'document'],
  ['实施方案', 'document'],
  ['工作方案', 'document'],
  ['办法', 'document'],
  ['纲要', 'document'],
  ['规划', 'document'],
  ['细则', 'document'],
  ['条例', 'document'],
  ['倡议书', 'document'],
  ['指导意见', 'document'],
  // concepts
  ['建筑', 'concept'],
  ['汽车', 'concept'],
  ['能源', 'concept'],
  ['文明', 'concept'],
  ['排放', 'concept'],
  ['单位', 'concept'],
  ['需求', 'concept'],
  ['能耗', 'concept'],
  ['耗能', 'concept'],
  ['扰民', 'concept'],
  ['廊道', 'concept'],
  ['城市', 'concept'],
  ['矿山', 'concept'],
  ['气候变化', 'concept'],
  ['企业', 'concept'],
  ['体系', 'concept'],
  ['用车', 'concept'],
  ['保护区', 'concept'],
  ['电力', 'concept'],
  ['用能', 'concept'],
  ['可再生能源', 'concept'],
  ['碳汇', 'concept'],
]);

/** Term beginnings: modifiers that mark a compound as belonging to the field. */
export const DOMAIN_PREFIXES: ReadonlySet<string> = new Set([
  '碳',
  '零碳',
  '绿色',
  '生态',
  '环境',
  '环保',
  '节能',
  '能耗',
  '能源',
  '污染',
  '排污',
  '大气',
  '新能源',
  '清洁',
  '减排',
  '气候',
  '用能',
  '空气',
  '垃圾',
  '危险',
  '资源',
  '循环',
  '超低',
  '近零',
  '信用',
  '网格',
  '第三方',
  '高耗',
  '高排放',
  '异地',
  '属地',
  '主体',
  '达标',
  '自律',
  '量化',
  '专项',
  '综合',
  '党政',
  '污水',
  '水环境',
  '土壤',
  '噪声',
  '油烟',
  '黑臭',
  '生活垃圾',
  '危废',
  '重点排污',
  '可再生',
  '化石',
  '煤电',
  '燃煤',
  '机动车',
  '非道路',
  '挥发性',
  '温室',
  '国土',
  '自动监控',
  '在线监测',
]);

/** Characters that only this field uses densely: a weaker hint than a head or prefix. */
export const DOMAIN_CHARS: ReadonlySet<string> = new Set([...'碳耗污染废尘氧硫氮煤霾垦绿毒噪']);

/** Pollutant and indicator codes written in Latin letters (PM2.5, SO2, NOx, CO2, COD, VOCs). */
export const CODE_TERM = /^(?:PM(?:2\.5|10)|SO2|NO[x2]|CO2?|COD|VOCs?|O3|NH3|BOD5?|AQI)$/u;

/** Water-quality grades (劣Ⅴ类, Ⅲ类) and other graded classes. */
export const GRADE_TERM = /^劣?[\u2160-\u216b]+类$/u;

/** One-character heads, which only count at the end of a longer compound (市生态环境局, 绿化覆盖率). */
const SHORT_HEADS: ReadonlyMap<string, GlossaryCategory> = new Map<string, GlossaryCategory>([
  ['局', 'institution'],
  ['厅', 'institution'],
  ['委', 'institution'],
  ['办', 'institution'],
  ['率', 'metric'],
  ['量', 'metric'],
  ['式', 'slogan'],
  ['化', 'mechanism'],
]);

/**
 * Heads that are terms on their own (问责, 能耗). The other heads are everyday words by themselves
 * (企业, 机制, 考核) and count only at the end of a longer compound.
 */
export const STANDALONE_HEADS: ReadonlySet<string> = new Set([
  ...['问责', '追责', '减排', '减碳', '降碳', '脱碳', '能耗', '耗能', '节能', '节水'],
  ...['能效', '废水', '废气', '废渣', '颗粒物', '污染物', '温室气体', '二氧化硫', '氮氧化物', '二氧化碳'],
  ...['雾霾', '运维', '督察', '碳汇', '油烟', '粉尘', '烟尘', '污泥', '恶臭', '封存', '排放标准', '能效'],
]);

export function domainHead(term: string): { head: string; category: GlossaryCategory } | undefined {
  for (let k = Math.min(term.length, 6); k >= 2; k--) {
    const head = term.slice(term.length - k);
    const category = DOMAIN_HEADS.get(head);
    if (category) return { head, category };
  }
  const last = term.slice(-1);
  const short = SHORT_HEADS.get(last);
  if (short && term.length >= 3) return { head: last, category: short };
  return undefined;
}

export function domainPrefix(term: string): string | undefined {
  for (let k = Math.min(term.length - 1, 5); k >= 1; k--) {
    const prefix = term.slice(0, k);
    if (DOMAIN_PREFIXES.has(prefix)) return prefix;
  }
  return undefined;
}

export function hasDomainChar(term: string): boolean {
  for (const ch of term) if (DOMAIN_CHARS.has(ch)) return true;
  return false;
}
