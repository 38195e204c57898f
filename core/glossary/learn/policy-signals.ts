/**
 * The signals policy writing gives away about its own terms:
 *  - quoted terms: a new or coined term is put in quotation marks (“两高”, “跑偏”, “一盘棋”);
 *  - numbered formulas: 1+N, 1+4, 五个机制, 两高, 双控 — a numeral packs a list into a name;
 *  - enumerations: 结构节能、技术节能、管理节能 — items sharing an affix are members of one term family;
 *    lists of equal-length items (通报批评、公开约谈、组织处理) are lists of set phrases;
 *  - book-title marks: 《…》 names a document, and the words inside it are the field's vocabulary;
 *  - glosses: a Latin abbreviation in brackets (生态环境状况指数（EI）) or 以下简称 defines the term before it.
 * Each detector returns the strings it vouches for; the scorer decides how much each is worth.
 */
import { BOUNDARY_CHARS, isTermChar } from './text-classes';

export type PolicySignal =
  | 'quoted'
  | 'numbered'
  | 'enumerated'
  | 'parallel-list'
  | 'glossed'
  | 'measured'
  | 'reformed';

/** What the detectors may ask about general Chinese: word boundaries and how common a word is. */
export interface SignalContext {
  tokens(text: string): string[];
  /** True for an everyday general word (a shared affix like 交流 or 节约 says nothing). */
  common(word: string): boolean;
}

export interface SignalHit {
  term: string;
  signal: PolicySignal;
  /** Why, for the entry's evidence list ("enumerated with 技术节能"). */
  note: string;
  /** For an enumeration: the affix the siblings share (节能 of 结构节能、技术节能). */
  affix?: string;
}

const QUOTE = /[“"‘「『]([^“”"‘’「」『』]{1,6})[”"’」』]/gu;
const NUMBERED =
  /^(?:[0-9]+\+[0-9A-Za-z]+|[一二三四五六七八九十两双][个项条大化高低控][\u4e00-\u9fff]{0,4})$/u;
const ITEM_TAIL = /(等|和|及|以及|的|之).*$/u;
const CLAUSE = /[，。；：！？,;:!?（）()《》“”"‘’「」『』【】\s]+/u;

function termOnly(text: string): boolean {
  return [...text].every(isTermChar);
}

/** Quoted strings that are terms in form (no punctuation inside, not a bare number). */
export function quotedTerms(sentence: string): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const match of sentence.matchAll(QUOTE)) {
    const inner = match[1] ?? '';
    if (/[、，,]/u.test(inner)) continue; // a quoted list is handled as an enumeration
    if (!termOnly(inner) || /^[0-9.]+$/u.test(inner) || [...inner].length < 2) continue;
    hits.push({ term: inner, signal: 'quoted', note: `quoted “${inner}”` });
    if (NUMBERED.test(inner)) hits.push({ term: inner, signal: 'numbered', note: 'numbered formula' });
  }
  return hits;
}

/** Numbered formulas written without quotes (1+N政策体系). */
export function formulaTerms(sentence: string): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const match of sentence.matchAll(/(?<![0-9A-Za-z.])[0-9]+\+[0-9A-Za-z]+(?![0-9A-Za-z])/gu)) {
    hits.push({ term: match[0], signal: 'numbered', note: 'numbered formula' });
  }
  return hits;
}

function commonSuffix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * The items of a 、-separated list inside one clause. The first item starts wherever the clause starts,
 * so it is cut at a word boundary to the length of the second (做好结构节能 → 结构节能, 采用体检式执法 →
 * 体检式执法); the last stops at 等/和/的.
 */
function listItems(clause: string, context: SignalContext): string[] {
  const raw = clause.split('、').filter((item) => item !== '');
  if (raw.length < 2) return [];
  const items = raw.map((item, i) => (i === raw.length - 1 ? item.replace(ITEM_TAIL, '') : item));
  // An item longer than the next one carries words of the clause before it: keep its tail, cut at a
  // word boundary, at least as long as the next item (做好结构节能 → 结构节能, 严格问责、终身追责).
  for (let i = 0; i < items.length - 1; i++) {
    const item = items[i] ?? '';
    const next = items[i + 1] ?? '';
    if (item.length <= next.length || next.length < 2) continue;
    let cut = item.length;
    let offset = 0;
    for (const token of context.tokens(item)) {
      if (item.length - offset >= next.length) cut = item.length - offset;
      offset += token.length;
    }
    items[i] = item.slice(item.length - cut);
  }
  return items.filter((item) => item.length >= 2 && termOnly(item) && !/^[0-9]/u.test(item));
}

/** List members that share an affix, or lists of three or more items of one length. */
export function enumerationTerms(sentence: string, context: SignalContext): SignalHit[] {
  const hits: SignalHit[] = [];
  const lists = sentence.split(CLAUSE).map((clause) => listItems(clause, context));
  // Runs of short comma-separated clauses read as a list too (科学用电，节约用水，绿色出行，…).
  const clauses = sentence.split(/[，,]/u).map((c) => c.replace(/[。；！？]+$/u, ''));
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) lists.push(run);
    run = [];
  };
  for (const clause of clauses) {
    if (clause.length === 4 && termOnly(clause)) run.push(clause);
    else flush();
  }
  flush();
  const add = (term: string, other: string, affix: string) => {
    // Siblings that share only an everyday word (交流原则、交流范围) are a list, not a term family.
    const signal = context.common(affix) ? 'parallel-list' : 'enumerated';
    const note = `${signal === 'enumerated' ? 'enumerated' : 'listed'} with ${other}`;
    hits.push({ term, signal, note, affix });
  };
  for (const items of lists) {
    if (items.length < 2) continue;
    const lengths = new Set(items.map((item) => item.length));
    const parallel = items.length >= 3 && lengths.size === 1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] ?? '';
      // A list of plain dictionary words (密度、力度、广度、深度) is just a list.
      if (parallel && !(context.common(item) || context.tokens(item).length === 1)) {
        hits.push({
          term: item,
          signal: 'parallel-list',
          note: `listed with ${items.length - 1} parallel items`,
        });
      }
      for (let j = 0; j < items.length; j++) {
        const other = items[j] ?? '';
        if (i === j) continue;
        const suffix = commonSuffix(item, other);
        const prefix = commonPrefix(item, other);
        const sameLength = item.length === other.length;
        const oneCharFamily = suffix === 1 && sameLength && item.length >= 3;
        if ((suffix >= 2 || oneCharFamily) && suffix < item.length && suffix < other.length) {
          add(item, other, item.slice(item.length - suffix));
          break;
        }
        if (prefix >= 2 && sameLength && prefix < item.length) {
          add(item, other, item.slice(0, prefix));
          break;
        }
        // 超低能耗、近零能耗建筑: the second item shares the first's ending, then a common head follows.
        if (j === i + 1 && item.length >= 3) {
          const tail = item.slice(-2);
          const at = other.indexOf(tail);
          if (at >= 1 && at + 2 < other.length && at + 2 <= item.length) {
            const cut = other.slice(0, at + 2);
            const trimmed = item.slice(item.length - cut.length);
            add(trimmed, cut, tail);
            add(cut, trimmed, tail);
          }
        }
      }
    }
  }
  return hits;
}

/** Units of measurement written after a number: the word after them is a measured quantity (吨标准煤). */
const MEASURE = /[0-9０-９.]+(?:万|亿)?(?:吨|千克|公斤|立方米|千瓦时|千瓦|兆瓦|微克)([\u4e00-\u9fff]{2,6})/gu;

/** Quantities measured in the text: 2.7亿吨标准煤 → 标准煤. */
export function measuredTerms(sentence: string, context: SignalContext): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const match of sentence.matchAll(MEASURE)) {
    const words = context.tokens(match[1] ?? '');
    let term = '';
    for (const word of words) {
      if (word.length === 1 && BOUNDARY_CHARS.has(word)) break;
      term += word;
      if (term.length >= 3) break;
    }
    if (term.length >= 2) hits.push({ term, signal: 'measured', note: `measured quantity (${match[0]})` });
  }
  return hits;
}

/** "X制度改革" / "X体制改革": the reform of a named system; X (its last two words) is that system. */
export function reformedTerms(sentence: string, context: SignalContext): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const match of sentence.matchAll(/([\u4e00-\u9fff]{2,12})(?:制度|体制)改革/gu)) {
    const words = context.tokens(match[1] ?? '').slice(-2);
    const term = words.join('');
    if (words.length === 2 && term.length >= 3)
      hits.push({ term, signal: 'reformed', note: `reformed system (${match[0]})` });
  }
  return hits;
}

/** Terms defined in place: a Latin abbreviation in brackets after them, or 以下简称X. */
export function glossedTerms(sentence: string): { endsBefore: number[]; hits: SignalHit[] } {
  const endsBefore: number[] = [];
  for (const match of sentence.matchAll(/[（(][A-Z][A-Za-z0-9.]{0,9}[）)]/gu))
    endsBefore.push(match.index ?? 0);
  const hits: SignalHit[] = [];
  for (const match of sentence.matchAll(/以下简称[“《]?([\u4e00-\u9fff0-9A-Za-z+]{2,8})[”》]?/gu)) {
    const term = match[1] ?? '';
    hits.push({ term, signal: 'glossed', note: 'defined with 以下简称' });
  }
  return { endsBefore, hits };
}

/** Character ranges of 《…》 titles in a sentence (the marks excluded). */
export function titleSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of sentence.matchAll(/《([^《》]{1,80})》/gu)) {
    const start = (match.index ?? 0) + 1;
    spans.push({ start, end: start + (match[1]?.length ?? 0) });
  }
  return spans;
}
