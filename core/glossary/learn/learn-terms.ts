import { type Candidate, collectCandidates, corpusSentences, MAX_LENGTH } from './candidates';
import { categorize } from './categorize';
import { domainHead, domainPrefix, STANDALONE_HEADS } from './domain-morphemes';
import type { CorpusArticle, LearnedTerm, LearnOptions, LearnReference } from './learn-types';
import { looksLikePersonName, looksLikePlace } from './name-filter';
import { collectNgrams } from './ngram-stats';
import { DEFAULT_THRESHOLD, scoreOf } from './score';
import { evidenceOf, examplesOf } from './term-evidence';
import { BOUND_PREFIXES, fieldEvidence, isCommon, malformed, runOnReason, VERB_COST } from './term-filters';
import { chunksOf } from './text-classes';

export { corpusSentences } from './candidates';

export interface LearnResult {
  terms: LearnedTerm[];
  /** Candidates rejected as names, with their frequency (for review). */
  names: string[];
}

export function learnTerms(
  articles: readonly CorpusArticle[],
  reference: LearnReference,
  options: LearnOptions = {},
): LearnResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const sentences = corpusSentences(articles);
  const stats = collectNgrams(
    sentences.flatMap((s) => chunksOf(s.text).map((c) => c.text)),
    MAX_LENGTH,
  );
  const candidates = collectCandidates(sentences, stats, reference);
  const kept: { candidate: Candidate; term: LearnedTerm; own: boolean }[] = [];
  const names: string[] = [];
  for (const candidate of candidates.values()) {
    const { term } = candidate;
    const vouched = candidate.hits.length > 0;
    const trace = (reason: string) => options.trace?.(term, reason);
    if (malformed(term, vouched, reference)) {
      trace('malformed');
      continue;
    }
    const known = reference.cost.has(term);
    const head = domainHead(term);
    const prefix = domainPrefix(term);
    const contexts = candidate.occurrences.map(({ before, after }) => ({ before, after }));
    if (!vouched && !head && !prefix && looksLikePersonName(term, known, contexts)) {
      names.push(term);
      trace('person name');
      continue;
    }
    const isKnown = (word: string) => reference.cost.has(word);
    if (!vouched && looksLikePlace(term, reference.names, isKnown, Boolean(head || prefix))) {
      names.push(term);
      trace('place name');
      continue;
    }
    if (!vouched && candidate.occurrences.length >= 2) {
      // A recurring string must be used as a unit: a string always preceded or always followed by the same
      // character is a fragment of a longer one (碳达峰碳, 君红). Found only by counting, it needs freely
      // varying neighbours on both sides.
      // Aligned with word boundaries, a string may always follow the same word (市|生态环境局): fragments of
      // that kind lose to the longer string when nested candidates are compared below.
      const h = Math.min(stats.leftEntropy(term), stats.rightEntropy(term));
      const loose = !candidate.aligned && (h < Math.log(2) - 1e-9 || candidate.occurrences.length < 3);
      if (loose || (!candidate.aligned && stats.cohesion(term) < 3)) {
        trace(`fragment (entropy ${h.toFixed(2)})`);
        continue;
      }
    }
    const words = reference.tokens(term);
    const rest = term.slice(words[0]?.length ?? 0);
    const restCount = candidates.get(rest)?.occurrences.length ?? 0;
    const restIsTerm = rest.length >= 3 || STANDALONE_HEADS.has(rest);
    const clause = words.length >= 2 && reference.verbs?.has(words[0] ?? '') && restIsTerm;
    // A common verb in front of a once-seen string is a clause (进行量化, 减少新增用能).
    const commonVerb =
      clause ||
      (words.length >= 2 && reference.verbs?.has(words[0] ?? '') && isCommon(words[0] ?? '', reference));
    if (
      !vouched &&
      commonVerb &&
      rest.length > 1 &&
      candidate.occurrences.length === 1 &&
      (restCount > 1 || !clause)
    ) {
      trace(`clause: verb before ${rest}`);
      continue;
    }
    // A once-seen string that only puts an everyday word in front of a frequent word of the field is a
    // phrase around that word (职工节能, 省份能耗), unless the front is itself a field modifier.
    const last = words[words.length - 1] ?? '';
    const front = term.slice(0, term.length - last.length);
    const aroundTerm =
      words.length >= 2 &&
      STANDALONE_HEADS.has(last) &&
      (candidates.get(last)?.occurrences.length ?? 0) >= 3 &&
      !domainPrefix(`${front}_`) &&
      !BOUND_PREFIXES.has(front);
    if (!vouched && aroundTerm && candidate.occurrences.length === 1) {
      trace(`phrase around ${last}`);
      continue;
    }
    // A once-seen string with a common verb inside is a clause (空气质量实行量化, 活动开展碳中和).
    const verbInside = words.some(
      (word, i) =>
        word.length >= 2 &&
        // a verb before a one-character suffix is a derivation, not a clause (运动|式, 管理|局)
        !(i === words.length - 2 && words[i + 1]?.length === 1) &&
        reference.verbs?.has(word) &&
        (reference.cost.get(word) ?? Number.POSITIVE_INFINITY) < (i === words.length - 1 ? 90 : VERB_COST),
    );
    // …except a verb governing a whole term of the field that the dictionary knows (应对|气候变化).
    const restWord = words.length === 2 ? (words[1] ?? '') : '';
    const fixedObject = reference.cost.has(restWord) && domainHead(restWord)?.head === restWord;
    const fieldStart = domainPrefix(term) !== undefined;
    const once = candidate.occurrences.length === 1;
    const runOn = runOnReason(candidate, words, candidates, stats);
    if (!vouched && runOn) {
      trace(runOn);
      continue;
    }
    if (!vouched && verbInside && !fixedObject && !fieldStart && words.length >= 2 && once) {
      trace('clause: common verb inside');
      continue;
    }
    const spread = new Set(candidate.occurrences.map((o) => sentences[o.sentence]?.articleIndex)).size;
    const evidence = evidenceOf(candidate, stats, reference, spread);
    if (!fieldEvidence(term, evidence, reference)) {
      trace(`no field evidence: ${evidence.map((e) => e.note).join('; ')}`);
      continue;
    }
    // Seen once, three words or more, with no field modifier in front and nobody marking it: more likely a
    // stretch of prose around a term (领导干部考核, 攻坚战成效考核) than a term; institutions' long names excepted.
    // Runs of one-character words count as one unknown word (走|航 监测 is two words, 抽|贷|断|贷 one).
    const merged = words.filter((word, i) => !(word.length === 1 && words[i - 1]?.length === 1)).length;
    const loosePhrase =
      once && !vouched && merged >= 3 && !prefix && domainHead(term)?.category !== 'institution';
    if (loosePhrase)
      evidence.push({ signal: 'loose-phrase', amount: 1, note: 'a once-seen phrase of 3+ words' });
    const score = scoreOf(evidence, term.length, candidate.words);
    if (score < threshold) {
      trace(`score ${score}: ${evidence.map((e) => e.note).join('; ')}`);
      continue;
    }
    const signalNames = new Set(evidence.map((e) => e.signal));
    kept.push({
      candidate,
      own: vouched || candidate.glossed,
      term: {
        term,
        frequency: candidate.occurrences.length,
        score,
        signals: evidence.map((e) => e.note),
        category: categorize(term, signalNames, known),
        examples: examplesOf(candidate, sentences, options.examples ?? 2),
      },
    });
  }
  // Of two nested kept strings used equally often, only the better-scored one is a term (ties go to the
  // shorter): 绿色采购 beats 优先绿色采购, 环境信用评价 beats 企业环境信用评价.
  const terms = kept
    .filter(({ term, own }) => {
      for (const other of kept) {
        const o = other.term;
        if (o.term === term.term || o.frequency !== term.frequency) continue;
        const nested = o.term.includes(term.term) || term.term.includes(o.term);
        if (!nested) continue;
        const longer = term.term.length > o.term.length;
        const [short, long] = longer ? [o.term, term.term] : [term.term, o.term];
        const extra = long.startsWith(short)
          ? long.slice(short.length)
          : long.endsWith(short)
            ? long.slice(0, -short.length)
            : '';
        if (extra) {
          // A modifier of the field in front belongs to the term (生态文明|建设示范市, 空气质量|综合指数) ...
          const front = !long.startsWith(short);
          const fieldPart = front && domainPrefix(`${extra}_`) !== undefined;
          // ... an everyday word or a place character in front of a field term does not (企业|环境信用评价,
          // 市|生态环境局).
          const loosePart =
            front &&
            (/^[省市县区]$/u.test(extra) ||
              (extra.length >= 2 && isCommon(extra, reference) && domainPrefix(short) !== undefined));
          if (fieldPart || loosePart) {
            if (fieldPart === longer) continue;
            options.trace?.(term.term, `nested in ${o.term}`);
            return false;
          }
        }
        // On a tie the shorter wins, unless the longer only adds one character in front (劣|Ⅴ类).
        const oneInFront =
          Math.abs(term.term.length - o.term.length) === 1 &&
          (longer ? term.term : o.term).endsWith(longer ? o.term : term.term);
        // An institution's full name is the term (机关|事务管理局).
        const institution = domainHead(longer ? term.term : o.term)?.category === 'institution';
        const tieLoses = oneInFront || institution ? !longer : longer;
        if ((o.score > term.score && !(own && !other.own)) || (o.score === term.score && tieLoses)) {
          options.trace?.(term.term, `subsumed by ${o.term} (${o.score})`);
          return false;
        }
      }
      return true;
    })
    .map((k) => k.term)
    .sort((a, b) => b.score - a.score || b.frequency - a.frequency || a.term.localeCompare(b.term, 'zh'));
  // Pieces of a name (君红 of 王君红) and phrases around one (请王君红) go with it.
  const nameList = [...new Set(names)].filter((name) => [...name].length >= 3);
  const clean = terms.filter(
    (t) =>
      !nameList.some(
        (name) => name.includes(t.term) || (t.term.includes(name) && t.term.length - name.length <= 2),
      ),
  );
  return { terms: clean, names: [...new Set(names)] };
}
