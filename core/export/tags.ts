/**
 * Tags are short labels a reader adds. They never contain commas (the CSV export lists them
 * comma-separated) and carry no stray whitespace, so every export format can hold them exactly.
 */
export const TAG_MAX = 40;

export function normalizeTag(raw: string): string {
  return raw.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, TAG_MAX).trim();
}

/** Normalised, without empties or repeats, in first-seen order. */
export function normalizeTags(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of raw) {
    const tag = normalizeTag(t);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

export function joinTags(tags: readonly string[]): string {
  return tags.join(', ');
}

export function splitTags(text: string): string[] {
  return normalizeTags(text.split(','));
}
