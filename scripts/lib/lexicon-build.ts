/**
 * Builds the domain lexicon (core/segment/domain-lexicon.ts) from the policy corpus (seeds/corpus/laws/)
 * and the seed: segments every document into words with the project's segmenter (policy-glossary terms
 * as priority words) and its pinyin reader, runs the lexicon learner, and gives each term its English:
 * CC-CEDICT's, else the reviewed file's, else composed from the parts. Shared by the data step and bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotator } from '../../core/annotator';
import { createDictionary, type Dictionary } from '../../core/dictionary/dictionary';
import type { LexiconEntry } from '../../core/segment/domain-lexicon';
import { type LexiconDocument, learnLexicon } from '../../core/segment/learn-lexicon';
import { buildUnitTrie } from '../../core/segment/reading-unit-data';
import { createUnitGrouper } from '../../core/segment/reading-units';
import { createUnitAnnotator } from '../../core/segment/unit-annotator';
import { normalizeText } from '../../core/text/normalize';
import type { GlossaryEntry } from '../../core/types';
import { root } from '../data/build-data';
import { loadPackedDictionary } from '../data/cedict';
import { loadLearnReference } from '../data/learn-reference';
import { readCedictHeadwords } from '../data/segmenter-dict';
import { CORPUS_DIR, readCorpus } from './corpus';
import { loadCore, loadGlossary } from './load-core';

export { CORPUS_DIR, readCorpus };
export const SEED_FILE = 'seeds/000_5b13465c4fe18702.txt';
export const LEXICON_REVIEWED_FILE = 'seeds/lexicon-reviewed.tsv';

/**
 * Words that cannot begin or end a term beyond what segmentit tags as function words: modal and
 * copular verbs, the legal drafting's fixed connectives, which recur with everything (应当, 不得), and the
 * light verbs of policy prose that take any object (进行|核查, 加强|监督管理, 推进|绿色金融).
 */
const EDGE_WORDS = new Set(
  '应当 应 须 必须 可以 可 能 能够 不得 不 没有 未 是 为 有 无 由 对 向 从 在 于 以 把 将 被 给 并 及 和 与 或 或者 等 其 之 所 其他 有关 相关 本 该 各 每 此 这 那 上 下 中 内 外 后 前 时 第 依法 依照 按照 根据 通过 关于 进行 加强 推进 推动 实施 开展 做好 促进 鼓励 支持 采取 组织 落实 加快 严格 予以 给予 依据 据 经 报 按 作为 属于 包括 符合 达到 超过 违反 取得 申请 办理 提交 提供'.split(
    ' ',
  ),
);
/**
 * Particles, conjunctions and coverbs: a run holding one is a list or a clause, not a term (禁止|在|长江,
 * 制定|本|行政区域, 分解|落实|到, 主管部门|会同|国务院, 排放|含).
 */
const LINK_WORDS = new Set(
  '的 地 得 了 着 过 和 与 及 或 或者 以及 及其 并 并且 而 等 应当 应 须 必须 可以 不得 由 对 向 按照 依照 负责 在 到 本 会同 含 将 把 被 从 自 于 至'.split(
    ' ',
  ),
);

/** English `-` in seeds/lexicon-reviewed.tsv: the reviewer found a clause or a fragment, not a term; left out. */
export const REJECTED = '-';

/** seeds/lexicon-reviewed.tsv: term → English (or REJECTED); a row without English is an error naming it. */
export function readLexiconReviewed(path = join(root, LEXICON_REVIEWED_FILE)): Map<string, string> {
  const out = new Map<string, string>();
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [term = '', english = ''] = line.split('\t');
    if (!term.trim() || !english.trim())
      throw new Error(`${path}:${i + 1}: a row needs a term and its English`);
    out.set(term.trim(), english.trim());
  });
  return out;
}

/** Markdown headings and list marks are layout, not text. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/^#+\s*/u, '').trim())
    .filter(Boolean);
}

export function toDocuments(
  files: readonly { name: string; text: string }[],
  annotator: Pick<Annotator, 'annotate'>,
): LexiconDocument[] {
  return files.map(({ name, text }) => ({
    name,
    sentences: paragraphsOf(text).map((paragraph) => annotator.annotate(paragraph)),
  }));
}

export function englishOf(
  term: string,
  parts: readonly string[],
  dictionary: Dictionary,
  reviewed: ReadonlyMap<string, string>,
): Pick<LexiconEntry, 'english' | 'source'> {
  if (dictionary.lookup(term).entries.length > 0)
    return { english: dictionary.english(term), source: 'cedict' };
  const english = reviewed.get(term);
  if (english) return { english, source: 'reviewed' };
  return { english: parts.map((part) => dictionary.english(part)).join(' + '), source: 'composed' };
}

export async function buildDomainLexicon({
  files = readCorpus(),
  glossary = loadGlossary() ?? [],
  reviewed = readLexiconReviewed(),
}: {
  files?: { name: string; text: string }[];
  glossary?: GlossaryEntry[];
  reviewed?: ReadonlyMap<string, string>;
} = {}): Promise<LexiconEntry[]> {
  // Learned over words already grouped into CC-CEDICT units (可|再生 → 可再生): a term's parts are then the
  // units a reader knows (可再生 + 能源), and a function word inside a dictionary word (可, 再) stops nothing.
  const core = await loadCore({ glossary });
  const annotator = createUnitAnnotator(
    core.annotator,
    createUnitGrouper(buildUnitTrie(readCedictHeadwords(), []), {
      standalone: (char) => core.segmenter.has(char),
    }),
  );
  const reference = await loadLearnReference();
  const seed = {
    name: SEED_FILE,
    text: normalizeText(readFileSync(join(root, SEED_FILE), 'utf8')).join('\n'),
  };
  const documents = toDocuments([...files, seed], annotator);
  const governing = reference.governing ?? new Set<string>();
  const terms = learnLexicon(documents, {
    isFunctionWord: (word) => governing.has(word) || EDGE_WORDS.has(word),
    isLinkWord: (word) => LINK_WORDS.has(word),
    isVerb: (word) => reference.verbs?.has(word) ?? false,
  });
  const dictionary = createDictionary(await loadPackedDictionary(), { glossary: [] });
  const glossaryTerms = new Set(glossary.map((entry) => entry.term));
  return terms
    .filter((term) => !glossaryTerms.has(term.term) && reviewed.get(term.term) !== REJECTED)
    .map((term) => ({
      term: term.term,
      parts: term.parts,
      pinyin: term.pinyin,
      ...englishOf(term.term, term.parts, dictionary, reviewed),
      frequency: term.frequency,
      documents: term.documents,
    }));
}
