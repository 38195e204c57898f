/**
 * The words the lexicon learner (learn-lexicon.ts) keeps out of a term's edges and inside: the same for
 * the domain lexicon learned at build time (scripts/lib/lexicon-build.ts) and the terms learned from a
 * page in the background (core/glossary/learn/page-terms.ts).
 */

/**
 * Words that cannot begin or end a term beyond what segmentit tags as function words: modal and
 * copular verbs, the legal drafting's fixed connectives, which recur with everything (应当, 不得), and the
 * light verbs of policy prose that take any object (进行|核查, 加强|监督管理, 推进|绿色金融).
 */
export const EDGE_WORDS: ReadonlySet<string> = new Set(
  '应当 应 须 必须 可以 可 能 能够 不得 不 没有 未 是 为 有 无 由 对 向 从 在 于 以 把 将 被 给 并 及 和 与 或 或者 等 其 之 所 其他 有关 相关 本 该 各 每 此 这 那 上 下 中 内 外 后 前 时 第 依法 依照 按照 根据 通过 关于 进行 加强 推进 推动 实施 开展 做好 促进 鼓励 支持 采取 组织 落实 加快 严格 予以 给予 依据 据 经 报 按 作为 属于 包括 符合 达到 超过 违反 取得 申请 办理 提交 提供'.split(
    ' ',
  ),
);
/**
 * Among EDGE_WORDS, the ones that are nouns as well as light verbs: one may end a term as its head noun
 * (社会|组织, 集体经济|组织, 地方|金融|组织), never begin one (组织|实施 is the verb and its object).
 */
const TERM_FINAL_EDGE_WORDS: ReadonlySet<string> = new Set(['组织']);

/** True when the word cannot be at that edge of a term (EDGE_WORDS, but for a term-final noun at its end). */
export function isEdgeWord(word: string, edge: 'start' | 'end'): boolean {
  return EDGE_WORDS.has(word) && !(edge === 'end' && TERM_FINAL_EDGE_WORDS.has(word));
}

/**
 * Particles, conjunctions and coverbs: a run holding one is a list or a clause, not a term (禁止|在|长江,
 * 制定|本|行政区域, 分解|落实|到, 主管部门|会同|国务院, 排放|含).
 */
export const LINK_WORDS: ReadonlySet<string> = new Set(
  '的 地 得 了 着 过 和 与 及 或 或者 以及 及其 并 并且 而 等 应当 应 须 必须 可以 不得 由 对 向 按照 依照 负责 在 到 本 会同 含 将 把 被 从 自 于 至'.split(
    ' ',
  ),
);

/**
 * Light verbs: their object is an event noun (进行|现场检查, 开展|技术审核, 推行|清洁生产, 实行|信息披露), so a
 * noun and a verb they take are a term, not a subject with its predicate (lexicon learner's clauseLike).
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  '进行 开展 实施 实行 推行 组织 加强 做好 接受 负责 从事 完成 参与 予以 给予'.split(' '),
);

/*
 * The page learner's extra word classes (core/glossary/learn/page-terms.ts only: the domain lexicon's learner
 * does not read them, so the build's lexicon is unchanged). segmentit's tags leave these out of the unit trie's
 * classes (UNIT_VERB, UNIT_FUNCTION), and a page repeats its drafting phrases with them often enough to pass
 * the recurrence test (第二款|规定, 五十吨|以上, 可能|造成, 浙江省|共同).
 */

/**
 * Locatives (方位词) that close a phrase of amount, place or time: one at a term's edge makes a phrase (吨|以上,
 * 之间|发生, 淹没线|以下), never a term.
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(
  '以上 以下 以内 以外 之上 之下 之间 之内 之外 之中 之前 之后 以前 以后 以来 期间 左右'.split(' '),
);

/**
 * Modal verbs: one takes a verb phrase (可能|造成, 需要|采伐), a term never begins or ends with one. Two
 * characters only: a one-character modal is also a bound morpheme of terms the segmenter leaves in parts
 * (行业|协|会 "trade association", 规划|纲|要 "planning outline"), which the page learner exists to join.
 */
export const MODAL_VERBS: ReadonlySet<string> = new Set('可能 需要 应该 得以 值得 愿意 务必'.split(' '));

/**
 * Adverbs of manner and scope that go before a verb (浙江省|共同 制定, 直接|遭受): a term never ends with one, and
 * one with a verb after it is that verb modified, not a compound. Not 优先: policy names end with it as a
 * noun, "priority" (公交优先, 节约优先, 保护优先).
 */
export const ADVERBS: ReadonlySet<string> = new Set(
  '共同 直接 适时 及时 分别 逐步 另行 一律 统一 均 都 也 还 又 即 已 已经 仍 尚 就 才 立即 相互 依次 一并 主动 切实 认真 积极'.split(
    ' ',
  ),
);

/**
 * Verbs the dictionary lists as nouns too that make a phrase at a run's edge, never a term: after a noun they
 * are its predicate, the drafting's 规定 (前款|规定 "the preceding paragraph provides", 法律|规定) and the verbs
 * of an event (之间|发生, 活动|开始); before a word, the adverbial 规定 "as prescribed" (按|规定|安装, 规定|期限).
 */
export const PREDICATE_VERBS: ReadonlySet<string> = new Set('规定 发生 开始'.split(' '));
