import type { AnkiSource } from '@/core/anki/anki-fields';

const GUESSES: [RegExp, AnkiSource][] = [
  [/pinyin|reading|pronunciation/i, 'pinyin'],
  [/sentence|example|context/i, 'sentence'],
  [/source|url|page/i, 'source'],
  [/note|remark/i, 'note'],
  [/english|meaning|definition|gloss|back|translation/i, 'english'],
  [/hanzi|chinese|simplified|word|term|front|expression|vocab/i, 'term'],
];

/** A first field mapping for a note type, from its field names ("Front" gets the term, "Back" the English). */
export function guessAnkiFields(fields: readonly string[]): Record<string, AnkiSource> {
  const out: Record<string, AnkiSource> = {};
  for (const name of fields) {
    const hit = GUESSES.find(([re]) => re.test(name));
    if (hit) out[name] = hit[1];
  }
  // A note type whose names say nothing still gets the term in its first field.
  const first = fields[0];
  if (first && Object.keys(out).length === 0) out[first] = 'term';
  return out;
}
