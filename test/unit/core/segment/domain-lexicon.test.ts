/**
 * The domain lexicon: the learner (core/segment/learn-lexicon.ts) on small documents, the corpus reader's
 * errors (a file that is not UTF-8 or is empty is named), the shipped file's parser, and the dictionary
 * answering for lexicon terms.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCedict } from '@/core/dictionary/cedict-parse';
import { createDictionary } from '@/core/dictionary/dictionary';
import { packDictionary } from '@/core/dictionary/dictionary-pack';
import { CorpusFileError, decodeCorpusText } from '@/core/segment/corpus-text';
import { type LexiconEntry, parseDomainLexicon } from '@/core/segment/domain-lexicon';
import { type LexiconDocument, learnLexicon } from '@/core/segment/learn-lexicon';
import { isEdgeWord } from '@/core/segment/lexicon-words';
import type { Token } from '@/core/types';
import { readCorpus } from '../../../../scripts/lib/corpus';

function sentence(line: string): Token[] {
  let at = 0;
  return line.split('|').map((text) => {
    const start = at;
    at += text.length;
    return { text, start, end: at, zh: /\p{Script=Han}/u.test(text), pinyin: '', tones: [] };
  });
}

/** Documents where 温室|气体 recurs with varied neighbours, 排放|权|交易 only ever after 碳, 的 links words. */
function documents(count: number): LexiconDocument[] {
  const heads = ['控制', '减少', '监测', '报告', '核算', '削减'];
  const tails = ['排放', '浓度', '总量', '清单', '数据', '来源'];
  return Array.from({ length: count }, (_, d) => ({
    name: `doc${d}`,
    sentences: heads.flatMap((head, i) => [
      sentence(`${head}|温室|气体|${tails[(i + d) % tails.length]}`),
      sentence(`${tails[i]}|，|碳|排放|权|交易|。`),
      sentence(`${heads[(i + 1) % heads.length]}|碳|排放|权|交易|${tails[(i + 2) % tails.length]}`),
      sentence(`生态|的|保护|${tails[(i + 3) % tails.length]}`),
    ]),
  }));
}

describe('learning the domain lexicon', () => {
  const learned = (docs: LexiconDocument[]) =>
    learnLexicon(docs, { isLinkWord: (w) => w === '的', minCohesion: 0, minEntropy: 0.5 });

  it('finds terms that hold together across documents, with their words', () => {
    const terms = new Map(learned(documents(3)).map((t) => [t.term, t]));
    expect(terms.get('温室气体')?.parts).toEqual(['温室', '气体']);
    expect(terms.get('温室气体')?.documents).toBe(3);
    expect(terms.has('碳排放权交易')).toBe(true);
  });

  it('leaves out fragments, links and what one document alone repeats', () => {
    const terms = new Set(learned(documents(3)).map((t) => t.term));
    expect(terms.has('排放权交易')).toBe(false); // always after 碳
    expect(terms.has('生态的保护')).toBe(false);
    expect(learned(documents(1))).toEqual([]);
  });

  it('tells an event noun after light verbs (现场|检查) from a subject and its verb (部门|批准)', () => {
    const verbs = new Set(['检查', '批准']);
    const light = new Set(['进行', '开展']);
    // Each document: 现场|检查 twice after a light verb and once elsewhere, 部门|批准 three times after nouns.
    const docs = ['甲', '乙', '丙'].map((name, d) => ({
      name,
      sentences: [
        `依法|进行|现场|检查|，|规定|${d}`,
        `开展|现场|检查|工作|。`,
        `组织|现场|检查|的|结果`,
        `企业|申请|，|部门|批准|后|实施`,
        `项目|经|部门|批准|的`,
        `方案|报|部门|批准|，`,
      ].map(sentence),
    }));
    const withLight = (isLightVerb: (w: string) => boolean) =>
      new Set(
        learnLexicon(docs, {
          isLinkWord: (w) => w === '的',
          isVerb: (w) => verbs.has(w),
          isLightVerb,
          minCohesion: 0,
          minEntropy: 0.5,
        }).map((t) => t.term),
      );
    expect(withLight((w) => light.has(w)).has('现场检查')).toBe(true);
    expect(withLight((w) => light.has(w)).has('部门批准')).toBe(false);
    // Without light verbs a noun and a verb are read as a clause, as before.
    expect(withLight(() => false).has('现场检查')).toBe(false);
  });

  it('tells an attribute before a verb (清洁|生产) from an adverb with its verb (合理|利用)', () => {
    const verbs = new Set(['生产', '利用', '使用', '开发', '处理']);
    const nouns = new Set(['能源', '燃料', '技术', '资源', '土地', '措施']);
    const modifiers = new Set(['清洁', '合理']);
    // 清洁 goes before three nouns and one verb; 合理 before one noun and four verbs. Both runs with a verb
    // recur with varied neighbours in every document.
    const docs = ['甲', '乙', '丙'].map((name, d) => ({
      name,
      sentences: [
        `推行|清洁|生产|，|规定|${d}`,
        `企业|清洁|生产|审核|。`,
        `清洁|生产|技术`,
        `使用|清洁|能源|和|清洁|燃料|及|清洁|技术`,
        `应当|合理|利用|土地|，|条例|${d}`,
        `并|合理|利用|。`,
        `合理|利用|资源`,
        `合理|使用|、|合理|开发|、|合理|处理|、|合理|措施`,
      ].map(sentence),
    }));
    const learnedWith = (isModifier: (w: string) => boolean) =>
      new Set(
        learnLexicon(docs, {
          isFunctionWord: (w) => w === '应当' || w === '并',
          isLinkWord: (w) => w === '和' || w === '及',
          isVerb: (w) => verbs.has(w),
          isNoun: (w) => nouns.has(w),
          isModifier,
          minCohesion: 0,
          minEntropy: 0.5,
        }).map((t) => t.term),
      );
    const learned = learnedWith((w) => modifiers.has(w));
    expect(learned.has('清洁生产')).toBe(true);
    expect(learned.has('合理利用')).toBe(false);
    // Without word classes a modifier and a verb are read as a clause, as before.
    expect(learnedWith(() => false).has('清洁生产')).toBe(false);
  });

  it('lets a light verb that is also a noun end a term (社会|组织), never begin one (组织|编制)', () => {
    const docs = ['甲', '乙', '丙'].map((name, d) => ({
      name,
      sentences: [
        `鼓励|社会|组织|参与|，|规定|${d}`,
        `支持|社会|组织|。`,
        `社会|组织|依法|登记`,
        `负责|组织|编制|规划|，|条例|${d}`,
        `应当|组织|编制|。`,
        `政府|组织|编制|方案`,
      ].map(sentence),
    }));
    const terms = new Set(
      learnLexicon(docs, { isFunctionWord: isEdgeWord, minCohesion: 0, minEntropy: 0.5 }).map((t) => t.term),
    );
    expect(terms.has('社会组织')).toBe(true);
    expect(terms.has('组织编制')).toBe(false);
    expect(isEdgeWord('组织', 'start')).toBe(true);
    expect(isEdgeWord('应当', 'end')).toBe(true);
  });
});

describe('reading the corpus', () => {
  it('names a file that is not UTF-8', () => {
    expect(() => decodeCorpusText('laws/gbk.md', new Uint8Array([0xb5, 0xe7, 0xc1, 0xa6]))).toThrow(
      /corpus file laws\/gbk\.md: is not UTF-8/,
    );
  });

  it('names an empty file', () => {
    expect(() => decodeCorpusText('laws/empty.md', new TextEncoder().encode(' \n'))).toThrow(CorpusFileError);
    expect(() => decodeCorpusText('laws/empty.md', new Uint8Array())).toThrow(/laws\/empty\.md: is empty/);
  });

  it('reads a directory and stops at the bad file, by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanci-corpus-'));
    writeFileSync(join(dir, 'a.md'), '# 条例\n排污单位应当申请排污许可证。');
    writeFileSync(join(dir, 'SOURCE.md'), 'not a document');
    expect(readCorpus(dir).map((f) => f.name)).toEqual(['a.md']);
    writeFileSync(join(dir, 'b.md'), Buffer.from([0xc5, 0xc5, 0xce, 0xdb]));
    expect(() => readCorpus(dir)).toThrow(`corpus file ${join(dir, 'b.md')}: is not UTF-8`);
  });
});

describe('the shipped lexicon', () => {
  const entry: LexiconEntry = {
    term: '排污许可证',
    parts: ['排污', '许可证'],
    pinyin: 'pái wū xǔ kě zhèng',
    english: 'pollutant discharge permit',
    source: 'reviewed',
    frequency: 145,
    documents: 12,
  };

  it('parses, and refuses a malformed entry with its index', () => {
    expect(parseDomainLexicon(JSON.stringify([entry]))).toEqual([entry]);
    expect(() => parseDomainLexicon(JSON.stringify([entry, { term: 1 }]))).toThrow(/entry 1 is malformed/);
  });

  it('answers for its terms in the dictionary: reviewed as an entry, composed as composed', () => {
    const cedict = [
      '排污 排污 [pai2 wu1] /to discharge pollutants/',
      '許可證 许可证 [xu3 ke3 zheng4] /license/',
    ];
    const packed = packDictionary(parseCedict(cedict.join('\n')));
    const composed: LexiconEntry = {
      ...entry,
      term: '排污单位',
      english: 'discharge + unit',
      source: 'composed',
    };
    const dictionary = createDictionary(packed, { lexicon: [entry, composed] });
    expect(dictionary.lookup('排污许可证').entries[0]?.senses).toEqual(['pollutant discharge permit']);
    expect(dictionary.english('排污许可证')).toBe('pollutant discharge permit');
    expect(dictionary.lookup('排污单位').composed).toBe('discharge + unit');
    expect(dictionary.lookupAt('排污许可证的', 0).map((w) => w.word)).toEqual(['排污许可证', '排污']);
  });
});
