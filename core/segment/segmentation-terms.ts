/**
 * Paired policy goals written together (碳达峰碳中和) are two terms, not one word: a reader hovers each goal and
 * gets its own entry. A glossary term that is exactly two other glossary terms of the same length (three or more
 * characters each, the parallel form of such pairs) is therefore left out of the priority words; shorter or
 * unequal joins (节能减排, 网格化环境监管) are real compounds and stay whole.
 */
export function segmentationTerms(terms: Iterable<string>): string[] {
  const all = [...terms];
  const known = new Set(all);
  return all.filter((term) => {
    const chars = [...term];
    if (chars.length < 6 || chars.length % 2 !== 0) return true;
    const half = chars.length / 2;
    return !(known.has(chars.slice(0, half).join('')) && known.has(chars.slice(half).join('')));
  });
}
